import { cashierPlanKey, initialCashierRedirectState } from '../cashierRedirectReducer.js';
import type { CashierRedirectPlan } from '../planCashierRedirect.js';

/** A scheme then the cashier page: the plan the redirect tests step through. */
export const schemeThenNormalPlan: CashierRedirectPlan = {
  attempts: [
    {
      kind: 'scheme',
      url: 'alipays://platformapi/startapp?x=1',
      fire: 'location',
      href: 'alipays://platformapi/startapp?x=1',
    },
    {
      kind: 'normal',
      url: 'https://cashier.example.com/pay',
      fire: 'location',
      href: 'https://cashier.example.com/pay',
    },
  ],
  manualOnly: [],
  rejected: [],
};

/** The redirect state before anything was opened, for that plan. */
export const idleRedirectState = initialCashierRedirectState(cashierPlanKey(schemeThenNormalPlan));
