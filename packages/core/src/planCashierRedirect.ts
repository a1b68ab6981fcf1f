import type { OsType, TerminalType } from './batchPaySchemas.js';
import type { CashierUrls } from './interpretBatchPayResponse.js';
import { parseUrl } from './parseUrl.js';

export type RedirectKind = 'applink' | 'scheme' | 'normal';

export interface RedirectAttempt {
  kind: RedirectKind;
  url: string;
}

export interface RejectedUrl {
  kind: RedirectKind;
  url: string;
  reason: string;
}

export interface CashierRedirectPlan {
  /** The URLs to try, in order: the next one when the previous did not open the app. */
  attempts: RedirectAttempt[];
  /** URLs that came back but must not be opened, each with why. */
  rejected: RejectedUrl[];
}

export interface PlanCashierRedirectOptions {
  /** Let `http:` through for localhost / 127.0.0.1 / [::1] only (the offline sandbox). Off by default. */
  allowInsecureLocalhost?: boolean;
}

const orderByTerminal: Record<TerminalType, readonly RedirectKind[]> = {
  // A desktop browser has no wallet app: the hosted cashier (a QR or login page). Never a scheme on a desktop.
  WEB: ['normal', 'applink'],
  // A mobile browser: the app link first (opens the app or its web page), then the scheme, then the cashier page.
  // This is the order of Antom's web SDK on iOS and of its `redirect_utils` path; on Android Chrome the SDK fires
  // the scheme first as an intent:// URL, which @batchpay/react does for the scheme attempt itself.
  WAP: ['applink', 'scheme', 'normal'],
  // A merchant's native app whose WebView hands custom schemes to the OS: the scheme opens the wallet directly.
  APP: ['scheme', 'applink', 'normal'],
  // A mini program cannot leave its host for another app: the cashier page first.
  MINI_APP: ['normal', 'applink'],
};

const forbiddenSchemes = new Set(['javascript:', 'data:', 'vbscript:', 'file:', 'blob:', 'about:', 'http:', 'https:']);
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

const urlKey: Record<RedirectKind, keyof CashierUrls> = {
  applink: 'applinkUrl',
  scheme: 'schemeUrl',
  normal: 'normalUrl',
};

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
    if (forbiddenSchemes.has(scheme)) return `uses ${scheme} where an app scheme is expected`;
    if (!/^[a-z][a-z0-9+.-]*:$/.test(scheme)) return 'has an invalid scheme';
    return null;
  }
  if (scheme === 'https:') return null;
  if (scheme === 'http:' && options.allowInsecureLocalhost && localHosts.has(url.hostname)) return null;
  if (scheme === 'http:') return 'must be https (plain http only for localhost, when allowed)';
  return `uses ${scheme}: https is required`;
}

/**
 * The order in which a client tries the cashier URLs for its terminal, with every unsafe URL refused.
 * A plan with no attempt is a failed outcome for the caller (`NO_SAFE_CASHIER_URL`), not a crash.
 */
export function planCashierRedirect(
  urls: CashierUrls,
  env: { terminalType: TerminalType; osType?: OsType | undefined },
  options: PlanCashierRedirectOptions = {},
): CashierRedirectPlan {
  const attempts: RedirectAttempt[] = [];
  const rejected: RejectedUrl[] = [];
  const order = orderByTerminal[env.terminalType];
  const kinds: RedirectKind[] = ['applink', 'scheme', 'normal'];
  for (const kind of kinds) {
    const url = urls[urlKey[kind]];
    if (url === undefined || url === '') continue;
    if (!order.includes(kind)) {
      rejected.push({ kind, url, reason: `${urlKey[kind]} is not used on ${env.terminalType}` });
      continue;
    }
    const reason = unsafeUrlReason(kind, url, options);
    if (reason) rejected.push({ kind, url, reason: `${urlKey[kind]} ${reason}` });
  }
  const refused = new Set(rejected.map((r) => r.kind));
  for (const kind of order) {
    const url = urls[urlKey[kind]];
    if (url === undefined || url === '' || refused.has(kind)) continue;
    attempts.push({ kind, url });
  }
  // WEB: an app link only stands in when there is no usable normal URL.
  if (env.terminalType === 'WEB' && attempts.length > 1) attempts.splice(1);
  return { attempts, rejected };
}
