import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { NotificationDelivery } from './NotificationDelivery.js';
import type { SandboxBatch } from './SandboxBatch.js';
import type { SandboxStorage } from './SandboxStorage.js';

interface JsonState {
  version?: unknown;
  merchants?: Array<{ clientId: string; publicKey: string }>;
  batches?: SandboxBatch[];
  deliveries?: Array<NotificationDelivery & { responseBody?: unknown }>;
}

/**
 * Moves the state of an older sandbox (one JSON file, `state.json`) into `storage` once, then renames the file to
 * `<file>.imported`; does nothing when there is no such file. Merchants' replies in its delivery log are dropped.
 */
export function importJsonState(file: string, storage: SandboxStorage): number {
  if (!existsSync(file)) return 0;
  let state: JsonState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as JsonState;
  } catch (error) {
    throw new Error(`${file} could not be read (${(error as Error).message}): move it away to start afresh.`);
  }
  if (state.version !== 1) throw new Error(`${file} is not a sandbox state file of version 1: move it away.`);
  for (const merchant of state.merchants ?? []) storage.saveMerchant(merchant);
  const batches = new Map<string, SandboxBatch>();
  for (const batch of state.batches ?? []) {
    storage.saveBatch(batch);
    batches.set(`${batch.clientId}\u0000${batch.batchPaymentRequestId}`, batch);
  }
  for (const { responseBody: _dropped, ...delivery } of state.deliveries ?? []) {
    const batch = batches.get(`${delivery.clientId}\u0000${delivery.batchPaymentRequestId}`);
    if (batch) storage.saveDelivery(delivery, batch);
  }
  renameSync(file, `${file}.imported`);
  return batches.size;
}
