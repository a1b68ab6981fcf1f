import type { CashierRedirectPlan, RedirectKind } from '@batchpay/core';

/** Where the cashier page (`normalUrl`) opens. Antom recommends a new tab on desktop (WEB). */
export type CashierTarget = 'same-tab' | 'new-tab';

export interface CashierManualLink {
  kind: RedirectKind;
  url: string;
  /** Where a click should open it (`_blank` for a `normalUrl` in a new tab). */
  target: '_self' | '_blank';
}

/** One link per URL of the plan, so the buyer can always go on by hand. */
export function cashierManualLinks(
  plan: CashierRedirectPlan | null | undefined,
  normalUrlTarget: CashierTarget = 'same-tab',
): CashierManualLink[] {
  return (plan?.attempts ?? []).map((a) => ({
    kind: a.kind,
    url: a.url,
    target: a.kind === 'normal' && normalUrlTarget === 'new-tab' ? '_blank' : '_self',
  }));
}
