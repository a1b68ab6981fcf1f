import type { NotificationDelivery } from './NotificationDelivery.js';
import type { SandboxBatch } from './SandboxBatch.js';

/** Everything the sandbox keeps between runs. */
export interface SandboxSnapshot {
  version: 1;
  merchants: Array<{ clientId: string; publicKey: string }>;
  batches: SandboxBatch[];
  deliveries: NotificationDelivery[];
}

/** Where a sandbox keeps its state between runs (the CLI passes a JSON file; tests usually pass nothing). */
export interface SandboxStorage {
  load(): Promise<SandboxSnapshot | undefined>;
  save(snapshot: SandboxSnapshot): Promise<void>;
}
