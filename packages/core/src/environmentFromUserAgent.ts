import type { OsType, TerminalType } from './batchPaySchemas.js';

export interface EnvironmentHints {
  /** Set by a native host app (`APP`) or a mini program container (`MINI_APP`); a user agent cannot tell reliably. */
  hostApp?: 'APP' | 'MINI_APP' | undefined;
  /** Touch points of the device; iPadOS reports a desktop Safari user agent, this tells it apart. */
  maxTouchPoints?: number | undefined;
}

export interface DetectedEnvironment {
  terminalType: TerminalType;
  osType?: OsType;
}

const MOBILE = /Mobile|Android|iPhone|iPad|iPod|Windows Phone|Opera Mini|IEMobile/i;

/**
 * Antom's `env` for a user agent: WEB or WAP (the rule Antom's own plugins use), APP or MINI_APP when the host app
 * says so; `osType` for Android and iOS (an iPad that reports a desktop Safari is told apart by its touch points).
 */
export function environmentFromUserAgent(userAgent: string, hints: EnvironmentHints = {}): DetectedEnvironment {
  const iPadAsDesktop = /Macintosh/i.test(userAgent) && (hints.maxTouchPoints ?? 0) > 1;
  let osType: OsType | undefined;
  if (/Android/i.test(userAgent)) osType = 'ANDROID';
  else if (/iPhone|iPad|iPod/i.test(userAgent) || iPadAsDesktop) osType = 'IOS';
  const terminalType: TerminalType = hints.hostApp ?? (MOBILE.test(userAgent) || iPadAsDesktop ? 'WAP' : 'WEB');
  return osType ? { terminalType, osType } : { terminalType };
}
