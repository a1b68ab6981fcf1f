import type { OsType, RedirectBrowser, TerminalType } from '@batchpay/core';

export interface EnvironmentHints {
  /** Set by a native host app (`APP`) or a mini program container (`MINI_APP`); a user agent cannot tell reliably. */
  hostApp?: 'APP' | 'MINI_APP' | undefined;
  /** Touch points of the device; iPadOS reports a desktop Safari user agent, this tells it apart. */
  maxTouchPoints?: number | undefined;
}

/** Where the buyer is: Antom's `terminalType` and `osType`, and the browser (which decides how an app URL fires). */
export interface DetectedEnvironment {
  terminalType: TerminalType;
  osType?: OsType;
  /**
   * How a wallet app opens on this browser (core's `RedirectBrowser`). Always set by `detectEnvironment`; an
   * environment given by hand may leave it out (then the plan takes the default browser of the terminal and OS).
   */
  browser?: RedirectBrowser;
}

// With Android and iOS (osType), the rule of Antom's plugins for WAP: Mobile|Android|iPhone|iPad|iPod|Windows Phone|
// Opera Mini|IEMobile (IEMobile contains Mobile).
const OTHER_MOBILE = /Mobile|Windows Phone|Opera Mini/i;
const ANDROID_IN_APP = /; wv\)|WebView|MicroMessenger|FBAN|FBAV|Instagram|Line\//i;
// WeChat blocks custom schemes in its iOS browser; other iOS in-app browsers hand them to the OS.
const IOS_BLOCKS_SCHEMES = /MicroMessenger/i;

function browserOf(userAgent: string, osType: OsType | undefined): RedirectBrowser {
  if (osType === 'ANDROID') {
    return !ANDROID_IN_APP.test(userAgent) && /Chrome\/|Firefox\//i.test(userAgent)
      ? 'android-browser'
      : 'android-webview';
  }
  if (osType === 'IOS') return IOS_BLOCKS_SCHEMES.test(userAgent) ? 'ios-in-app' : 'ios-browser';
  return 'desktop';
}

/**
 * The buyer's environment, from a user agent (default: the browser's `navigator`; none on a server gives WEB): WEB
 * or WAP by the rule Antom's own plugins use, APP or MINI_APP when the host app says so; `osType` for Android and
 * iOS (an iPad that reports a desktop Safari is told apart by its touch points, read from the navigator only for its
 * own user agent); the browser family. The one place the kit reads a user agent; inject the result to override it.
 */
export function detectEnvironment(userAgent?: string, hints: EnvironmentHints = {}): DetectedEnvironment {
  const nav = globalThis.navigator as { userAgent?: string; maxTouchPoints?: number } | undefined;
  const ua = userAgent ?? nav?.userAgent ?? '';
  const touchPoints = hints.maxTouchPoints ?? (userAgent === undefined ? nav?.maxTouchPoints : undefined) ?? 0;
  const iPadAsDesktop = /Macintosh/i.test(ua) && touchPoints > 1;
  let osType: OsType | undefined;
  if (/Android/i.test(ua)) osType = 'ANDROID';
  else if (/iPhone|iPad|iPod/i.test(ua) || iPadAsDesktop) osType = 'IOS';
  const terminalType: TerminalType = hints.hostApp ?? (osType || OTHER_MOBILE.test(ua) ? 'WAP' : 'WEB');
  const browser = browserOf(ua, osType);
  return osType ? { terminalType, osType, browser } : { terminalType, browser };
}

/** Antom's `env` of an environment: only `terminalType` and `osType` go to the server. */
export function antomEnv(environment: Pick<DetectedEnvironment, 'terminalType' | 'osType'>): {
  terminalType: TerminalType;
  osType?: OsType;
} {
  const { terminalType, osType } = environment;
  return osType ? { terminalType, osType } : { terminalType };
}
