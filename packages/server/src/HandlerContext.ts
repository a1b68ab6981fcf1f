import type { BatchPayOutcome, PaymentMethodOption } from '@batchpay/core';
import type { AntomClient } from './antom/createAntomClient.js';
import type { AuthorizeTarget, BatchPayEvent } from './BatchPayHandlerOptions.js';
import type { TokenBucketLimiter } from './http/TokenBucketLimiter.js';
import type { BatchPayStorage } from './storage/BatchPayStorage.js';

/** The resolved options every route works with. */
export interface HandlerContext {
  storage: BatchPayStorage;
  antom: AntomClient;
  methods: PaymentMethodOption[];
  returnUrl: string;
  notifyUrl: string;
  inquiryAfterMs: number;
  leaseMs: number;
  paymentExpiryMs: number | undefined;
  maxBodyBytes: number;
  waitForConcurrentMs: number;
  now: () => Date;
  newId: () => string;
  emit: (event: BatchPayEvent) => void;
  authorize: (request: Request, target: AuthorizeTarget) => Promise<void>;
  limiters: { checkouts: TokenBucketLimiter | undefined; statusReads: TokenBucketLimiter | undefined };
  notificationMaxAgeMs: number;
  /** Creation calls running in this process, so identical concurrent requests share one. */
  inflight: Map<string, Promise<BatchPayOutcome>>;
  /** Background inquiries started by status reads in this process, one per checkout. */
  refreshing: Map<string, Promise<void>>;
}
