import type { DetectedEnvironment } from '@batchpay/react';

/** A terminal the developer panel can emulate; `auto` lets the hooks detect it from the user agent. */
export interface TerminalChoice {
  id: string;
  label: string;
  env: DetectedEnvironment | undefined;
}

export const terminalChoices: readonly TerminalChoice[] = [
  { id: 'auto', label: 'Detect from this browser', env: undefined },
  { id: 'WEB', label: 'Desktop browser (WEB)', env: { terminalType: 'WEB' } },
  { id: 'WAP-IOS', label: 'Phone browser on iOS (WAP)', env: { terminalType: 'WAP', osType: 'IOS' } },
  { id: 'WAP-ANDROID', label: 'Phone browser on Android (WAP)', env: { terminalType: 'WAP', osType: 'ANDROID' } },
  { id: 'APP-IOS', label: 'Shop app on iOS (APP)', env: { terminalType: 'APP', osType: 'IOS' } },
  { id: 'APP-ANDROID', label: 'Shop app on Android (APP)', env: { terminalType: 'APP', osType: 'ANDROID' } },
];

export function findTerminalChoice(id: string): TerminalChoice {
  return terminalChoices.find((choice) => choice.id === id) ?? (terminalChoices[0] as TerminalChoice);
}
