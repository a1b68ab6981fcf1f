import { buildSignContent, formatSignatureHeader, signContent } from '@batchpay/core/signature';
import { buildNotification } from './buildNotification.js';
import { buildPaymentNotification } from './buildPaymentNotification.js';
import { formatGatewayTime } from './formatGatewayTime.js';
import type { NotificationDelivery } from './NotificationDelivery.js';
import type { NotifyShape } from './NotifyShape.js';
import { notificationScheduleMs } from './notificationSchedule.js';
import { notifyTargetProblem } from './notifyTargetProblem.js';
import type { SandboxBatch } from './SandboxBatch.js';

export interface NotificationSenderOptions {
  privateKey: string;
  /** Hosts besides loopback that notifications may be posted to. */
  allowHosts: readonly string[];
  /** `batch`: one notification per batch with `orderSummaries`; `payment`: one `notifyPayment` per order. */
  shape: NotifyShape;
  fetch: typeof fetch;
  now: () => Date;
  /** 1 = the documented schedule; 0.001 turns 2 minutes into 120 ms. */
  timeScale: number;
  /** Called after each attempt, with the log entry and the batch's new notification state (the storage saves both). */
  onDelivery: (delivery: NotificationDelivery, batch: SandboxBatch) => void;
  /** How long one delivery may take before it counts as failed (default 10 s). */
  deliveryTimeoutMs?: number;
}

/** How much of a merchant's answer is read to recognise an acknowledgement; the answer is never kept. */
const maxAnswerBytes = 4096;

async function readStart(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total <= maxAnswerBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes.subarray(0, maxAnswerBytes + 1));
}

function isAcknowledgement(text: string): boolean {
  if (text.length > maxAnswerBytes) return false;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return false;
    const result = (parsed as { result?: unknown }).result;
    return typeof result === 'object' && result !== null && (result as { resultStatus?: unknown }).resultStatus === 'S';
  } catch {
    return false;
  }
}

/**
 * Sends the signed notifications of each final batch (one per batch, or one per order in the `payment` shape),
 * redelivering on the documented schedule until acknowledged.
 */
export class NotificationSender {
  private readonly log: NotificationDelivery[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly options: NotificationSenderOptions) {}

  /** Puts back the log kept by the storage (CLI restart). */
  restoreLog(entries: NotificationDelivery[]): void {
    this.log.push(...entries);
  }

  deliveries(): NotificationDelivery[] {
    return this.log.map((d) => ({ ...d }));
  }

  deliveriesOf(batch: SandboxBatch): NotificationDelivery[] {
    return this.deliveries().filter(
      (d) => d.batchPaymentRequestId === batch.batchPaymentRequestId && d.clientId === batch.clientId,
    );
  }

  /** Starts delivering a batch that just reached a final state (its caller stores the pending state first). */
  start(batch: SandboxBatch): void {
    batch.notification = { state: 'pending', attempts: 0 };
    this.schedule(batch, notificationScheduleMs[0] ?? 0);
  }

  /** Picks up a batch whose deliveries were pending when the sandbox stopped (CLI restart). */
  resume(batch: SandboxBatch): void {
    if (batch.notification.state !== 'pending') return;
    const wait = notificationScheduleMs[batch.notification.attempts] ?? 0;
    this.schedule(batch, wait * this.options.timeScale);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  private schedule(batch: SandboxBatch, delayMs: number): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const run = this.attempt(batch).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }, delayMs);
    this.timers.add(timer);
  }

  /** The bodies of this attempt: the batch's one notification, or one per order not acknowledged yet. */
  private bodiesOf(batch: SandboxBatch): Array<{ body: string; paymentId?: string }> {
    if (this.options.shape !== 'payment') return [{ body: JSON.stringify(buildNotification(batch)) }];
    const acknowledged = new Set(batch.notification.acknowledgedPaymentIds ?? []);
    return batch.orders
      .filter((order) => !acknowledged.has(order.paymentId))
      .map((order) => ({ body: JSON.stringify(buildPaymentNotification(batch, order)), paymentId: order.paymentId }));
  }

  private async attempt(batch: SandboxBatch): Promise<void> {
    if (this.closed || batch.notification.state !== 'pending') return;
    const attempt = batch.notification.attempts + 1;
    const entries: NotificationDelivery[] = [];
    for (const { body, paymentId } of this.bodiesOf(batch)) {
      const entry = await this.deliver(batch, attempt, body);
      entries.push(paymentId === undefined ? entry : { ...entry, paymentId });
    }
    batch.notification.attempts = attempt;
    if (this.options.shape === 'payment') {
      const acknowledged = new Set(batch.notification.acknowledgedPaymentIds ?? []);
      for (const entry of entries) if (entry.acknowledged && entry.paymentId) acknowledged.add(entry.paymentId);
      batch.notification.acknowledgedPaymentIds = [...acknowledged];
    }
    const done =
      this.options.shape === 'payment'
        ? batch.orders.every((order) => batch.notification.acknowledgedPaymentIds?.includes(order.paymentId))
        : entries.every((entry) => entry.acknowledged);
    let next: number | null = null;
    if (done) {
      batch.notification.state = 'acknowledged';
    } else if (attempt < notificationScheduleMs.length) {
      next = (notificationScheduleMs[attempt] ?? 0) * this.options.timeScale;
    } else {
      batch.notification.state = 'exhausted';
    }
    for (const entry of entries) {
      if (!entry.acknowledged) entry.nextAttemptInMs = next;
      this.log.push(entry);
      try {
        this.options.onDelivery(entry, batch);
      } catch (error) {
        console.error('batchpay-sandbox: could not store a notification delivery:', error);
      }
    }
    if (next !== null) this.schedule(batch, next);
  }

  /** One signed POST of `body` to the batch's notify URL (if its host is allowed), as a log entry. */
  private async deliver(batch: SandboxBatch, attempt: number, body: string): Promise<NotificationDelivery> {
    const sentAt = this.options.now();
    const requestTime = String(sentAt.getTime());
    const entry: NotificationDelivery = {
      batchPaymentRequestId: batch.batchPaymentRequestId,
      clientId: batch.clientId,
      attempt,
      url: batch.paymentNotifyUrl,
      requestTime,
      sentAt: formatGatewayTime(sentAt),
      body,
      httpStatus: null,
      acknowledged: false,
      error: null,
      nextAttemptInMs: null,
    };
    const refused = notifyTargetProblem(batch.paymentNotifyUrl, this.options.allowHosts);
    try {
      if (refused) throw new Error(refused);
      const url = new URL(batch.paymentNotifyUrl);
      const content = buildSignContent({
        method: 'POST',
        path: `${url.pathname}${url.search}`,
        clientId: batch.clientId,
        time: requestTime,
        body,
      });
      const signature = await signContent(content, this.options.privateKey);
      const response = await this.options.fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=UTF-8',
          'client-id': batch.clientId,
          'request-time': requestTime,
          signature: formatSignatureHeader(signature),
        },
        body,
        // A redirect could point anywhere (an internal address): it is not followed, and counts as no acknowledgement.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.deliveryTimeoutMs ?? 10_000),
      });
      const text = await readStart(response);
      entry.httpStatus = response.status;
      entry.acknowledged = response.ok && isAcknowledgement(text);
      if (!entry.acknowledged) {
        entry.error = response.ok
          ? 'The answer is not an acknowledgement: reply {"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}.'
          : response.status >= 300 && response.status < 400
            ? `The merchant answered HTTP ${response.status} (a redirect, not followed): answer the notify URL itself.`
            : `The merchant answered HTTP ${response.status}.`;
      }
    } catch (error) {
      entry.error = refused ?? `No answer: ${error instanceof Error ? error.message : String(error)}`;
    }
    return entry;
  }
}
