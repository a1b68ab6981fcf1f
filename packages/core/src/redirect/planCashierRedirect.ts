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
const forbiddenSchemes = new Set(
  'javascript data vbscript file blob filesystem about http https ws wss ftp intent market tel sms smsto mms mailto facetime facetime-audio callto view-source chrome chrome-extension chrome-untrusted chrome-search devtools edge brave opera vivaldi firefox moz-extension resource content jar'.split(
    ' ',
  ),
);
const localHosts = ['localhost', '127.0.0.1', '[::1]'];

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
  // The WHATWG parser lower-cases the scheme and only yields the form `[a-z][a-z0-9+.-]*:`.
  const scheme = url.protocol;
  if (kind === 'scheme') {
    return forbiddenSchemes.has(scheme.slice(0, -1)) ? `uses ${scheme} where a wallet app's scheme is expected` : null;
  }
  const local = scheme === 'http:' && options.allowInsecureLocalhost && localHosts.includes(url.hostname);
  if (scheme !== 'https:' && !local) {
    return scheme === 'http:'
      ? 'must be https (plain http only for localhost, when allowed)'
      : `uses ${scheme}: https is required`;
  }
  return options.allowedHosts && !local && !hostAllowed(url.hostname, options.allowedHosts)
    ? `points at ${url.hostname}, which is not in allowedHosts`
    : null;
}

/**
 * The kit's order per browser (the table in the package README). It follows what Antom's own web SDK does per
 * browser (measured), except where that is less safe or dead-ends. Steps are separated by spaces; `kind@fire` names
 * how a step is fired (`location` when not named); `a|b` is one step, the first of a and b that came back usable.
 */
const defaultOrders = {
  // A desktop has no wallet app: the hosted cashier (a QR or login page); an applink only stands in for it.
  desktop: 'normal|applink',
  // One intent:// inside the click's task, its fallback URL being the applink (else the normal URL); then the
  // normal URL after the timeout, if the page is still visible. Without a scheme: applink, then normal.
  'android-browser': 'scheme|applink normal',
  // Also the merchant's own app on Android: its WebView is a WebView.
  'android-webview': 'scheme@iframe applink normal',
  // A universal link opens the app or its page by itself; a scheme after it only adds a wait and, with no app
  // installed, Safari's "address is invalid". The scheme is fired only when there is no applink.
  'ios-browser': 'applink|scheme@anchor normal',
  // A third-party in-app browser that blocks custom schemes (WeChat on iOS): whatever the terminal says.
  'ios-in-app': 'applink normal',
  // The merchant's own app on iOS hands schemes to the OS.
  'ios-app': 'scheme applink normal',
  // A mini program cannot leave its host for another app: the cashier page first.
  'mini-program': 'normal applink',
  'unknown-mobile': 'applink scheme normal',
};

/** The buyer's device as a row of `defaultOrders`; a browser that was not detected comes from the terminal and OS. */
function deviceOf(env: RedirectEnvironment): keyof typeof defaultOrders {
  const { terminalType, osType } = env;
  if (terminalType === 'WEB') return 'desktop';
  if (terminalType === 'MINI_APP') return 'mini-program';
  const browser =
    env.browser ?? (osType === 'ANDROID' ? 'android-browser' : osType === 'IOS' ? 'ios-browser' : 'unknown-mobile');
  if (terminalType !== 'APP' || browser === 'ios-in-app') return browser;
  // In an app, any browser but iOS's is a WebView (Android's, or one whose OS is unknown).
  return browser === 'ios-browser' ? 'ios-app' : 'android-webview';
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
    const url = urls[`${kind}Url`];
    if (!url) continue;
    const reason = unsafeUrlReason(kind, url, options);
    if (reason) rejected.push({ kind, url, why: 'unsafe', reason: `${kind}Url ${reason}` });
    else usable.set(kind, url);
  }
  const device = deviceOf(env);
  const steps =
    options.order ??
    defaultOrders[device].split(' ').flatMap((step) => {
      // The first choice of the step whose URL came back usable, as [kind, fire].
      const choice = step
        .split('|')
        .map((text) => text.split('@') as [RedirectKind, RedirectFire?])
        .find(([kind]) => usable.has(kind));
      return choice ? [{ kind: choice[0], fire: choice[1] }] : [];
    });

  const attempts: RedirectAttempt[] = [];
  // The usable URLs not fired yet: each kind is fired once, and what is left is kept or explained below.
  const left = new Map(usable);
  for (const { kind, fire = 'location' } of steps) {
    const url = left.get(kind);
    if (url === undefined) continue;
    left.delete(kind);
    // On Android Chrome and Firefox (WAP), a scheme fired by navigation goes as an intent that falls back by itself.
    const href =
      kind === 'scheme' && device === 'android-browser' && fire === 'location'
        ? toAndroidIntentUrl(url, {
            packageName: options.appIdentifier,
            fallbackUrl: usable.get('applink') ?? usable.get('normal'),
          })
        : url;
    attempts.push({ kind, url, fire, href });
  }

  // A scheme on a desktop or in a mini program, or in a browser that blocks schemes, cannot open anything.
  const { terminalType } = env;
  const schemeNotUsedOn =
    terminalType === 'WEB'
      ? 'a desktop browser'
      : terminalType === 'MINI_APP'
        ? 'a mini program'
        : device === 'ios-in-app' && 'this browser';
  const manualOnly: ManualOnlyUrl[] = [];
  for (const [kind, url] of left) {
    if (kind === 'scheme' && schemeNotUsedOn) {
      rejected.push({
        kind,
        url,
        why: 'not-used',
        reason: `schemeUrl is not used on ${schemeNotUsedOn} (${terminalType})`,
      });
    } else {
      manualOnly.push({ kind, url });
    }
  }
  const plan: CashierRedirectPlan = { attempts, manualOnly, rejected };
  const appIdentifier = options.appIdentifier;
  if (appIdentifier && !isAndroidPackageName(appIdentifier)) {
    plan.appIdentifierDropped = 'appIdentifier is not an Android package name (such as "com.eg.android.AlipayGphone")';
  }
  return plan;
}
