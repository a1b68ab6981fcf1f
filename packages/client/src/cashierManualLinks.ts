import type { CashierRedirectPlan, RedirectKind } from '@batchpay/core';

/** Where the cashier page (`normalUrl`) opens. Antom recommends a new tab on desktop (WEB). */
export type CashierTarget = 'same-tab' | 'new-tab';

export interface CashierManualLink {
  kind: RedirectKind;
  /** What the link opens: the attempt's `href` (an `intent://` on Android Chrome), or the URL itself. */
  url: string;
  /** Where a click should open it (`_blank` for a `normalUrl` in a new tab). */
  target: '_self' | '_blank';
  /** The index to pass to `chooseLink` (attempts first, then the URLs the plan keeps for the buyer's hand only). */
  index: number;
  /** False for a URL this browser does not fire by itself (the scheme behind an applink on iOS): "Open the app". */
  fired: boolean;
}

/** One link per usable URL of the plan, so the buyer can always go on by hand: a tap is the gesture a browser wants. */
export function cashierManualLinks(
  plan: CashierRedirectPlan | null | undefined,
  normalUrlTarget: CashierTarget = 'same-tab',
): CashierManualLink[] {
  if (!plan) return [];
  return [
    ...plan.attempts.map((a) => ({ kind: a.kind, url: a.href, fired: true })),
    ...plan.manualOnly.map((m) => ({ kind: m.kind, url: m.url, fired: false })),
  ].map((link, index) => ({
    ...link,
    target: link.kind === 'normal' && normalUrlTarget === 'new-tab' ? '_blank' : '_self',
    index,
  }));
}
