import { type DetectedEnvironment, type EnvironmentHints, environmentFromNavigator } from '@batchpay/core';

export type { DetectedEnvironment } from '@batchpay/core';
export type DetectEnvironmentOptions = EnvironmentHints;

/**
 * Antom's `env` for this buyer: WEB or WAP from the user agent (the rule Antom's own plugins use), APP or MINI_APP
 * when the host app says so. Without arguments it reads `navigator`; on a server it answers WEB.
 */
export function detectEnvironment(userAgent?: string, options?: DetectEnvironmentOptions): DetectedEnvironment {
  return environmentFromNavigator(globalThis.navigator, userAgent, options);
}
