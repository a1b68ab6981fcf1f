import type { OsType, TerminalType } from '@batchpay/core';

export interface DetectEnvironmentOptions {
  /** Set by a native host app (`APP`) or a mini program container (`MINI_APP`); a user agent cannot tell reliably. */
  hostApp?: 'APP' | 'MINI_APP';
  /** Touch points of the device; iPadOS reports a desktop Safari user agent, this tells it apart. */
  maxTouchPoints?: number;
}

export interface DetectedEnvironment {
  terminalType: TerminalType;
  osType?: OsType;
}

const MOBILE = /Mobile|Android|iPhone|iPad|iPod|Windows Phone|Opera Mini|IEMobile/i;

/**
 * Antom's `env` for this buyer: WEB or WAP from the user agent (the rule Antom's own plugins use), APP or MINI_APP
 * when the host app says so. Without arguments it reads `navigator`; on a server it answers WEB.
 */
export function detectEnvironment(userAgent?: string, options: DetectEnvironmentOptions = {}): DetectedEnvironment {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  const ua = userAgent ?? nav?.userAgent ?? '';
  const touchPoints = options.maxTouchPoints ?? (userAgent === undefined ? nav?.maxTouchPoints : undefined) ?? 0;
  const iPadAsDesktop = /Macintosh/i.test(ua) && touchPoints > 1;
  let osType: OsType | undefined;
  if (/Android/i.test(ua)) osType = 'ANDROID';
  else if (/iPhone|iPad|iPod/i.test(ua) || iPadAsDesktop) osType = 'IOS';
  const terminalType: TerminalType = options.hostApp ?? (MOBILE.test(ua) || iPadAsDesktop ? 'WAP' : 'WEB');
  return osType ? { terminalType, osType } : { terminalType };
}
