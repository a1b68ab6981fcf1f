import type { NotificationDelivery } from './NotificationDelivery.js';
import type { SandboxBatch } from './SandboxBatch.js';

/** Everything the sandbox keeps between runs. */
export interface SandboxSnapshot {
  merchants: Array<{ clientId: string; publicKey: string }>;
  batches: SandboxBatch[];
  deliveries: NotificationDelivery[];
}

/**
 * Where a sandbox keeps its state between runs (the CLI passes a SQLite file; tests usually pass nothing). Every
 * write is synchronous and durable when it returns, so the sandbox stores a batch before it answers for it.
 */
export interface SandboxStorage {
  /** Everything kept, read once when the sandbox starts. */
  load(): SandboxSnapshot;
  saveMerchant(merchant: { clientId: string; publicKey: string }): void;
  /** Inserts or replaces the batch (keyed by client id and batchPaymentRequestId). */
  saveBatch(batch: SandboxBatch): void;
  /** Appends a delivery to the log and saves its batch's notification state, in one transaction. */
  saveDelivery(delivery: NotificationDelivery, batch: SandboxBatch): void;
  close(): void;
}
