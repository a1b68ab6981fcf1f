import { expect } from '@playwright/test';
import { urls } from './stack';

async function send(method: string, url: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  expect(response.ok, `${method} ${url} answered ${response.status}: ${text}`).toBe(true);
  return text ? JSON.parse(text) : undefined;
}

/** The sandbox's next batchPay answers with this result code (the control endpoint the developer panel uses). */
/** The sandbox answers the next `times` batchPay calls (default 1) with `resultCode`. */
export async function setSandboxAnswer(resultCode: string, times?: number): Promise<void> {
  await send('POST', `${urls.sandbox}/sandbox/scenarios`, { resultCode, ...(times ? { times } : {}) });
}

export async function clearSandboxScenarios(): Promise<void> {
  await send('DELETE', `${urls.sandbox}/sandbox/scenarios`);
}

export interface SandboxBatchView {
  batchPaymentRequestId: string;
  status: 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'CANCELLED';
  resultCode: string;
  expiresAt: string;
  orders: Array<{ referenceOrderId: string; paymentStatus: string }>;
}

/** The batch as the sandbox ("Antom") sees it. */
export async function sandboxBatch(batchPaymentRequestId: string): Promise<SandboxBatchView> {
  return (await send(
    'GET',
    `${urls.sandbox}/sandbox/batches/${encodeURIComponent(batchPaymentRequestId)}`,
  )) as SandboxBatchView;
}

/** Holds Antom's notifications back on their way to the merchant backend. */
export async function holdNotifications(): Promise<void> {
  await send('POST', `${urls.gate}/gate/hold`);
}

/**
 * Lets the held notifications through (and stops holding); returns the distinct batches they were about. A batch
 * counts once however many deliveries of it were held (the sandbox redelivers while the first one waits).
 */
export async function releaseNotifications(): Promise<string[]> {
  const answer = (await send('POST', `${urls.gate}/gate/release`)) as { batches: string[] };
  return answer.batches;
}
