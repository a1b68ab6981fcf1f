import { getResultCodeInfo } from '@batchpay/core';
import { cashierCsrfSecret, cashierCsrfToken, isCashierCsrfToken } from './cashierCsrfToken.js';
import { formatGatewayTime } from './formatGatewayTime.js';
import { NotificationSender } from './NotificationSender.js';
import type { NotifyShape } from './NotifyShape.js';
import { RateLimiter } from './RateLimiter.js';
import type { SandboxBatch, SandboxBatchStatus, SandboxBatchView, SandboxOrderRecord } from './SandboxBatch.js';
import type { SandboxStorage } from './SandboxStorage.js';
import { ScenarioBook } from './ScenarioBook.js';

export interface SandboxEngineConfig {
  keys: { privateKey: string; publicKey: string };
  publicBaseUrl: string | undefined;
  now: () => Date;
  fetch: typeof fetch;
  notifyTimeScale: number;
  rateLimit: { requests: number; perMs: number } | undefined;
  maxRequestTimeSkewMs: number;
  maxBodyBytes: number;
  storage: SandboxStorage | undefined;
  /** Hosts besides loopback that notifications may be posted to. */
  notifyAllowHosts: readonly string[];
  notifyShape: NotifyShape;
  /** The `keyVersion` a signature header must carry. */
  keyVersion: string;
}

/** What registering a merchant did: a new merchant, the same key again, or a refused change of key. */
export type MerchantRegistration = 'registered' | 'unchanged' | 'conflict';

export interface FinalOutcome {
  status: Exclude<SandboxBatchStatus, 'PROCESSING'>;
  resultCode: string;
  resultMessage?: string;
}

const batchKey = (clientId: string, batchPaymentRequestId: string) => `${clientId}\u0000${batchPaymentRequestId}`;

/** The sandbox's state and the rules that change it; the HTTP handlers are thin layers over it. */
export class SandboxEngine {
  readonly merchants = new Map<string, string>();
  readonly scenarios = new ScenarioBook();
  readonly rateLimiter: RateLimiter;
  readonly notifier: NotificationSender;
  private readonly batches = new Map<string, SandboxBatch>();
  private readonly byPaymentId = new Map<string, { batch: SandboxBatch; order: SandboxOrderRecord }>();
  private readonly byToken = new Map<string, SandboxBatch>();
  private readonly expiryTimers = new Map<SandboxBatch, ReturnType<typeof setTimeout>>();
  private closed = false;
  private readonly csrfSecret: Buffer;

  constructor(readonly config: SandboxEngineConfig) {
    this.rateLimiter = new RateLimiter(config.rateLimit);
    this.csrfSecret = cashierCsrfSecret(config.keys.privateKey);
    this.notifier = new NotificationSender({
      privateKey: config.keys.privateKey,
      allowHosts: config.notifyAllowHosts,
      shape: config.notifyShape,
      fetch: config.fetch,
      now: config.now,
      timeScale: config.notifyTimeScale,
      onDelivery: (delivery, batch) => {
        if (!this.closed) this.config.storage?.saveDelivery(delivery, batch);
      },
    });
  }

  now(): Date {
    return this.config.now();
  }

  /** Loads what the storage kept and resumes pending expiries and notifications. */
  async restore(): Promise<void> {
    const snapshot = this.config.storage?.load();
    if (!snapshot) return;
    for (const m of snapshot.merchants)
      if (!this.merchants.has(m.clientId)) this.merchants.set(m.clientId, m.publicKey);
    this.notifier.restoreLog(snapshot.deliveries);
    for (const batch of snapshot.batches) {
      this.index(batch);
      if (batch.status === 'PROCESSING') this.watchExpiry(batch);
      this.notifier.resume(batch);
    }
  }

  /**
   * Registers a merchant's public key. A client id keeps the key it was first registered with: the same key again
   * changes nothing (a restarted merchant server), another key is refused, so nobody can take over a merchant id.
   */
  registerMerchant(clientId: string, publicKey: string): MerchantRegistration {
    const known = this.merchants.get(clientId);
    if (known !== undefined) return known === publicKey ? 'unchanged' : 'conflict';
    this.config.storage?.saveMerchant({ clientId, publicKey });
    this.merchants.set(clientId, publicKey);
    return 'registered';
  }

  /** The CSRF token the batch's cashier form carries. */
  csrfTokenOf(batch: SandboxBatch): string {
    return cashierCsrfToken(this.csrfSecret, batch.cashierToken);
  }

  /** True when a cashier form sent the batch's own CSRF token. */
  isCsrfTokenOf(batch: SandboxBatch, sent: unknown): boolean {
    return isCashierCsrfToken(this.csrfSecret, batch.cashierToken, sent);
  }

  findBatch(clientId: string, batchPaymentRequestId: string): SandboxBatch | undefined {
    return this.batches.get(batchKey(clientId, batchPaymentRequestId));
  }

  /** All batches with this id (normally one; two merchants may use the same id). */
  findBatchesById(batchPaymentRequestId: string): SandboxBatch[] {
    return [...this.batches.values()].filter((b) => b.batchPaymentRequestId === batchPaymentRequestId);
  }

  findByPaymentId(clientId: string, paymentId: string): { batch: SandboxBatch; order: SandboxOrderRecord } | undefined {
    const found = this.byPaymentId.get(paymentId);
    return found && found.batch.clientId === clientId ? found : undefined;
  }

  findByToken(token: string): SandboxBatch | undefined {
    return this.byToken.get(token);
  }

  /**
   * Stores a new batch, synchronously and durably before the caller answers for it (so concurrent duplicates
   * cannot both create one, and a batch that was answered survives `kill -9`).
   */
  addBatch(batch: SandboxBatch): void {
    this.save(batch);
    this.index(batch);
    if (batch.status === 'PROCESSING') this.watchExpiry(batch);
  }

  /** Moves a PROCESSING batch to its final state and starts the notification. */
  finalize(batch: SandboxBatch, outcome: FinalOutcome): void {
    const next: SandboxBatch = {
      ...batch,
      status: outcome.status,
      resultCode: outcome.resultCode,
      resultMessage: outcome.resultMessage ?? getResultCodeInfo(outcome.resultCode).message,
      notification: { state: 'pending', attempts: 0 },
    };
    if (outcome.status === 'SUCCESS') next.paymentTime = formatGatewayTime(this.now());
    // Stored first: when storing fails, nothing changed (the caller answers with an error, never with success).
    this.save(next);
    Object.assign(batch, next);
    const timer = this.expiryTimers.get(batch);
    if (timer) clearTimeout(timer);
    this.expiryTimers.delete(batch);
    this.notifier.start(batch);
  }

  /** Closes a PROCESSING batch whose expiry time has passed (FAIL, ORDER_IS_CLOSED); true if it is expired. */
  expireIfDue(batch: SandboxBatch): boolean {
    if (batch.status !== 'PROCESSING') return batch.resultCode === 'ORDER_IS_CLOSED';
    if (this.now().getTime() < Date.parse(batch.expiresAt)) return false;
    this.finalize(batch, {
      status: 'FAIL',
      resultCode: 'ORDER_IS_CLOSED',
      resultMessage: `The payment expired at ${batch.expiresAt} before the buyer paid; the order is closed.`,
    });
    return true;
  }

  view(batch: SandboxBatch): SandboxBatchView {
    const paymentStatus = batch.status;
    return {
      ...structuredClone(batch),
      orders: batch.orders.map((o) => ({ ...o, paymentStatus })),
      deliveries: this.notifier.deliveriesOf(batch),
    };
  }

  /** Writes the batch to the storage (synchronously; throws when it cannot). */
  private save(batch: SandboxBatch): void {
    if (!this.closed) this.config.storage?.saveBatch(batch);
  }

  async close(): Promise<void> {
    for (const timer of this.expiryTimers.values()) clearTimeout(timer);
    this.expiryTimers.clear();
    await this.notifier.close();
    this.closed = true;
    this.config.storage?.close();
  }

  private index(batch: SandboxBatch): void {
    this.batches.set(batchKey(batch.clientId, batch.batchPaymentRequestId), batch);
    this.byToken.set(batch.cashierToken, batch);
    for (const order of batch.orders) this.byPaymentId.set(order.paymentId, { batch, order });
  }

  /**
   * A timer that closes the batch at its expiry time, so the merchant hears of it without asking. Node's timers
   * count from the event loop's cached time, so on a busy machine one can fire while the clock still reads a moment
   * before the expiry: then it waits again for the rest.
   */
  private watchExpiry(batch: SandboxBatch): void {
    const wait = Math.max(0, Date.parse(batch.expiresAt) - this.now().getTime());
    if (wait > 2 ** 31 - 1) return;
    const timer = setTimeout(() => {
      this.expiryTimers.delete(batch);
      if (!this.expireIfDue(batch) && batch.status === 'PROCESSING' && !this.closed) this.watchExpiry(batch);
    }, wait);
    (timer as { unref?: () => void }).unref?.();
    this.expiryTimers.set(batch, timer);
  }
}
