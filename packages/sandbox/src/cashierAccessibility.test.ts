// @vitest-environment jsdom
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMerchantCredentials } from './createMerchantCredentials.js';
import { createSandbox, type Sandbox } from './createSandbox.js';
import { submitCashierForm } from './submitCashierForm.js';
import { callGateway, type Merchant, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';

let sandbox: Sandbox;
let merchant: Merchant;
beforeAll(async () => {
  merchant = await createMerchantCredentials();
  sandbox = await createSandbox({ merchants: [merchant], publicBaseUrl: 'http://sandbox.test' });
});
afterAll(() => sandbox.close());

async function violationsOf(url: string): Promise<string[]> {
  const html = await (await sandbox.fetch(new Request(url))).text();
  document.open();
  document.write(html.replace(/<script>[\s\S]*?<\/script>/g, ''));
  document.close();
  // jsdom cannot compute colours; everything else axe checks runs.
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}

describe('cashier pages are accessible (axe-core)', () => {
  it('the cashier page, the applink page and a finished page have no violations', async () => {
    const answer = await readAnswer(await callGateway(sandbox, merchant, sampleBatchPay()), sandbox.publicKey);
    const normalUrl = answer.json.normalUrl ?? '';
    expect(await violationsOf(normalUrl)).toEqual([]);
    const buttons = [...document.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Pay', 'Decline', 'Cancel']);
    expect(document.querySelector('select')?.labels?.[0]?.textContent).toMatch(/Decline reason/);
    expect(await violationsOf(answer.json.applinkUrl ?? '')).toEqual([]);
    await submitCashierForm(normalUrl, 'cancel', {}, sandbox);
    expect(await violationsOf(normalUrl)).toEqual([]);
    expect(document.querySelector('[role="status"]')?.textContent).toMatch(/cancelled/);
  });
});
