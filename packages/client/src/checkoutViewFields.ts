import type { CheckoutOrderView, CheckoutStatus, CheckoutView, FailedOutcome } from '@batchpay/core';

/** A checkout view (or none yet) as a status display reads it. */
export interface CheckoutViewFields {
  /** The server's status; undefined until the first answer. */
  status: CheckoutStatus | undefined;
  /** No further change will come. */
  final: boolean;
  checkout: CheckoutView | undefined;
  /** Per-order results (one per merchant order); empty until the first answer. */
  orders: CheckoutOrderView[];
  /** Why it failed, was cancelled or expired. */
  failure: FailedOutcome | undefined;
}

/** The fields of `view` a status display reads, with their defaults while there is no answer yet. */
export function checkoutViewFields(view: CheckoutView | undefined): CheckoutViewFields {
  return {
    status: view?.status,
    final: view?.final ?? false,
    checkout: view,
    orders: view?.orders ?? [],
    failure: view?.failure,
  };
}
