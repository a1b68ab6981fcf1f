import type { BatchPayOutcome, PaymentMethodOption } from '@batchpay/core';
import type { AntomClient } from './antom/createAntomClient.js';
import type { BatchPayEvent } from './BatchPayHandlerOptions.js';
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
  /** Creation calls running in this process, so identical concurrent requests share one. */
  inflight: Map<string, Promise<BatchPayOutcome>>;
}
