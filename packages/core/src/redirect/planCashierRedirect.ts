import type { CashierUrls } from '../results/interpretBatchPayResponse.js';
import type { OsType, TerminalType } from '../wire/terminalTypes.js';
import { isAndroidPackageName } from './isAndroidPackageName.js';
import { parseUrl } from './parseUrl.js';
import { toAndroidIntentUrl } from './toAndroidIntentUrl.js';

export type RedirectKind = 'applink' | 'scheme' | 'normal';

/**
 * The kind of browser that decides how a wallet app can be opened (see the table in the package README); the client's
 * `detectEnvironment` reads it from the user agent:
 * - `desktop`: no wallet app; the hosted cashier page.
 * - `android-browser`: Chrome or Firefox for Android, which open an `intent://` URL and load its fallback themselves.
 * - `android-webview`: an Android WebView or an in-app browser (`; wv`, WeChat, Facebook, Instagram, LINE), where an
 *   unknown scheme at the top level replaces the page with an error; schemes go through a hidden iframe.
 * - `ios-browser`: Safari and the other iOS browsers, and a merchant's own iOS app.
 * - `ios-in-app`: a third-party iOS in-app browser that blocks custom schemes (WeChat).
 */
export type RedirectBrowser = 'desktop' | 'android-browser' | 'android-webview' | 'ios-browser' | 'ios-in-app';

/**
 * How an attempt is fired. `location`: the page navigates (`location.assign`). `iframe`: a hidden iframe's `src`,
 * which fails silently and never replaces the page (an unknown scheme in an Android WebView would otherwise replace
 * the checkout with `net::ERR_UNKNOWN_URL_SCHEME`). `anchor`: a synthetic click on a hidden link (iOS schemes).
 */
export type RedirectFire = 'location' | 'iframe' | 'anchor';

export interface RedirectAttempt {
  kind: RedirectKind;
  /** The URL Antom returned. */
  url: string;
  /** How to fire it on this browser. */
  fire: RedirectFire;
  /**
   * What to navigate to: `url`, or on Android Chrome and Firefox a scheme's `intent://` form, whose
   * `S.browser_fallback_url` (the applink, else the normal URL) the browser loads by itself when the app is missing.
   */
  href: string;
}

/** A usable URL that the plan does not fire by itself, but that the buyer can open by hand (a tap is a gesture). */
export interface ManualOnlyUrl {
  kind: RedirectKind;
  url: string;
}

export interface RejectedUrl {
  kind: RedirectKind;
  url: string;
  /**
   * `unsafe`: refused (a hostile or malformed URL, plain http, a host outside `allowedHosts`): never shown, never
   * opened. `not-used`: a good URL that this device does not use (a scheme on a desktop): a neutral word for the buyer.
   */
  why: 'unsafe' | 'not-used';
  reason: string;
}

export interface CashierRedirectPlan {
  /** The URLs to fire, in order: the next one when the previous did not open the app. */
  attempts: RedirectAttempt[];
  /** Usable URLs that are not fired on this browser, kept as manual links ("Open the app"). */
  manualOnly: ManualOnlyUrl[];
  /** URLs that came back but are not used or must not be opened, each with why. */
  rejected: RejectedUrl[];
  /** Why the answer's `appIdentifier` was not put into the intent, when it was dropped. */
  appIdentifierDropped?: string;
}

/** One step of a merchant's own order: which URL, and optionally how to fire it. */
export interface RedirectOrderStep {
  kind: RedirectKind;
  fire?: RedirectFire | undefined;
}

export interface PlanCashierRedirectOptions {
  /** Let `http:` through for localhost / 127.0.0.1 / [::1] only (the offline sandbox). Off by default. */
  allowInsecureLocalhost?: boolean | undefined;
  /**
   * Hosts that `normalUrl` and `applinkUrl` may point at: exact host names, or `.example.com` for any subdomain of it.
   * Default: any https host.
   */
  allowedHosts?: readonly string[] | undefined;
  /** Android package of the wallet (the answer's `appIdentifier`), put into an `intent://` when it is valid. */
  appIdentifier?: string | undefined;
  /** The merchant's own order and firing methods, replacing the kit's default for this browser. */
  order?: readonly RedirectOrderStep[] | undefined;
}

/** What the plan knows of the buyer's device: Antom's `env`, and the browser when it was detected. */
export interface RedirectEnvironment {
  terminalType: TerminalType;
  osType?: OsType | undefined;
  /** From the client's `detectEnvironment`; when absent, the default browser of the terminal and OS. */
  browser?: RedirectBrowser | undefined;
}

/**
 * Schemes that a `schemeUrl` may never use: script and data URLs, web URLs (not an app), the Android `intent:` and
 * `market:` forms (the kit builds intents itself), phone, message and mail handlers, and browser-internal pages.
 */
const forbiddenSchemes = new Set([
  'javascript:',
  'data:',
  'vbscript:',
  'file:',
  'blob:',
  'filesystem:',
  'about:',
  'http:',
  'https:',
  'ws:',
  'wss:',
  'ftp:',
  'intent:',
  'market:',
  'tel:',
  'sms:',
  'smsto:',
  'mms:',
  'mailto:',
  'facetime:',
  'facetime-audio:',
  'callto:',
  'view-source:',
  'chrome:',
  'chrome-extension:',
  'chrome-untrusted:',
  'chrome-search:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'firefox:',
  'moz-extension:',
  'resource:',
  'content:',
  'jar:',
]);
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

const urlKey: Record<RedirectKind, keyof CashierUrls> = {
  applink: 'applinkUrl',
  scheme: 'schemeUrl',
  normal: 'normalUrl',
};

function hostAllowed(hostname: string, allowedHosts: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return allowedHosts.some((entry) => {
    const allowed = entry.toLowerCase();
    return allowed.startsWith('.') ? host.endsWith(allowed) && host.length > allowed.length : host === allowed;
  });
}

/** Why a URL must not be opened, or null when it is safe for its kind. */
export function unsafeUrlReason(
  kind: RedirectKind,
  raw: string,
  options: PlanCashierRedirectOptions = {},
): string | null {
  if (raw.length > 2048) return 'is over 2048 characters';
  // A URL with whitespace or control characters is not what Antom sends; refuse rather than guess.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we refuse here.
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return 'contains whitespace';
  const url = parseUrl(raw);
  if (!url) return 'does not parse as an absolute URL';
  if (url.username || url.password) return 'carries credentials (user:password@)';
  const scheme = url.protocol.toLowerCase();
  if (kind === 'scheme') {
    if (forbiddenSchemes.has(scheme)) return `uses ${scheme} where a wallet app's scheme is expected`;
    if (!/^[a-z][a-z0-9+.-]*:$/.test(scheme)) return 'has an invalid scheme';
    return null;
  }
  const local = scheme === 'http:' && options.allowInsecureLocalhost === true && localHosts.has(url.hostname);
  if (scheme !== 'https:' && !local) {
    if (scheme === 'http:') return 'must be https (plain http only for localhost, when allowed)';
    return `uses ${scheme}: https is required`;
  }
  if (options.allowedHosts && !local && !hostAllowed(url.hostname, options.allowedHosts)) {
    return `points at ${url.hostname}, which is not in allowedHosts`;
  }
  return null;
}

/** The browser a terminal and OS stand for when no user agent was read. */
function defaultBrowser(env: RedirectEnvironment): RedirectBrowser | 'unknown-mobile' {
  if (env.browser) return env.browser;
  if (env.terminalType === 'WEB') return 'desktop';
  if (env.osType === 'ANDROID') return env.terminalType === 'APP' ? 'android-webview' : 'android-browser';
  if (env.osType === 'IOS') return 'ios-browser';
  return 'unknown-mobile';
}

interface Step {
  kind: RedirectKind;
  fire: RedirectFire;
}

const location = (kind: RedirectKind): Step => ({ kind, fire: 'location' });

/**
 * The kit's order per terminal and browser, given which usable URLs came back. It follows what Antom's own web SDK
 * does per browser (measured), except where that is less safe or dead-ends (see the package README).
 */
function defaultSteps(env: RedirectEnvironment, has: (kind: RedirectKind) => boolean): Step[] {
  if (env.terminalType === 'WEB') {
    // A desktop has no wallet app: the hosted cashier (a QR or login page); an applink only stands in for it.
    return [location(has('normal') ? 'normal' : 'applink')];
  }
  // A mini program cannot leave its host for another app: the cashier page first.
  if (env.terminalType === 'MINI_APP') return [location('normal'), location('applink')];
  const browser = defaultBrowser(env);
  // A third-party in-app browser that blocks custom schemes (WeChat on iOS): whatever the terminal says.
  if (browser === 'ios-in-app') return [location('applink'), location('normal')];
  if (env.terminalType === 'APP') {
    // The merchant's own app on iOS hands schemes to the OS; on Android its WebView is a WebView.
    if (browser === 'ios-browser') return [location('scheme'), location('applink'), location('normal')];
    return [{ kind: 'scheme', fire: 'iframe' }, location('applink'), location('normal')];
  }
  switch (browser) {
    case 'android-browser':
      // One intent:// inside the click's task, its fallback URL being the applink (else the normal URL); then the
      // normal URL after the timeout, if the page is still visible. Without a scheme: applink, then normal.
      return has('scheme') ? [location('scheme'), location('normal')] : [location('applink'), location('normal')];
    case 'android-webview':
      return [{ kind: 'scheme', fire: 'iframe' }, location('applink'), location('normal')];
    case 'ios-browser':
      // A universal link opens the app or its page by itself; a scheme after it only adds a wait and, with no app
      // installed, Safari's "address is invalid". The scheme is fired only when there is no applink.
      return has('applink')
        ? [location('applink'), location('normal')]
        : [{ kind: 'scheme', fire: 'anchor' }, location('normal')];
    case 'desktop':
      return [location(has('normal') ? 'normal' : 'applink')];
    default:
      return [location('applink'), location('scheme'), location('normal')];
  }
}

/**
 * The order in which a client tries the cashier URLs on the buyer's browser, with every unsafe URL refused and every
 * URL that is not used explained. A plan with no attempt is a failed outcome for the caller (`NO_SAFE_CASHIER_URL`),
 * not a crash.
 */
export function planCashierRedirect(
  urls: CashierUrls,
  env: RedirectEnvironment,
  options: PlanCashierRedirectOptions = {},
): CashierRedirectPlan {
  const rejected: RejectedUrl[] = [];
  const usable = new Map<RedirectKind, string>();
  for (const kind of ['applink', 'scheme', 'normal'] as const) {
    const url = urls[urlKey[kind]];
    if (url === undefined || url === '') continue;
    const reason = unsafeUrlReason(kind, url, options);
    if (reason) rejected.push({ kind, url, why: 'unsafe', reason: `${urlKey[kind]} ${reason}` });
    else usable.set(kind, url);
  }
  const has = (kind: RedirectKind) => usable.has(kind);
  const steps = options.order
    ? options.order.map((step) => ({ kind: step.kind, fire: step.fire ?? 'location' }))
    : defaultSteps(env, has);

  let appIdentifierDropped: string | undefined;
  let packageName: string | undefined;
  if (options.appIdentifier !== undefined && options.appIdentifier !== '') {
    if (isAndroidPackageName(options.appIdentifier)) packageName = options.appIdentifier;
    else appIdentifierDropped = 'appIdentifier is not an Android package name (such as "com.eg.android.AlipayGphone")';
  }

  const attempts: RedirectAttempt[] = [];
  const intentBrowser = env.terminalType === 'WAP' && defaultBrowser(env) === 'android-browser';
  for (const step of steps) {
    const url = usable.get(step.kind);
    if (url === undefined || attempts.some((a) => a.kind === step.kind)) continue;
    let href = url;
    if (step.kind === 'scheme' && intentBrowser && step.fire === 'location') {
      const fallbackUrl = usable.get('applink') ?? usable.get('normal');
      href = toAndroidIntentUrl(url, {
        ...(packageName ? { packageName } : {}),
        ...(fallbackUrl ? { fallbackUrl } : {}),
      });
    }
    attempts.push({ kind: step.kind, url, fire: step.fire, href });
  }

  const manualOnly: ManualOnlyUrl[] = [];
  const device =
    env.terminalType === 'WEB'
      ? 'a desktop browser'
      : env.terminalType === 'MINI_APP'
        ? 'a mini program'
        : 'this browser';
  for (const [kind, url] of usable) {
    if (attempts.some((a) => a.kind === kind)) continue;
    // A scheme on a desktop or in a mini program, or in a browser that blocks schemes, cannot open anything.
    const schemeUseless =
      kind === 'scheme' &&
      (env.terminalType === 'WEB' || env.terminalType === 'MINI_APP' || defaultBrowser(env) === 'ios-in-app');
    if (schemeUseless) {
      rejected.push({
        kind,
        url,
        why: 'not-used',
        reason: `${urlKey[kind]} is not used on ${device} (${env.terminalType})`,
      });
    } else {
      manualOnly.push({ kind, url });
    }
  }
  return { attempts, manualOnly, rejected, ...(appIdentifierDropped ? { appIdentifierDropped } : {}) };
}
