import { formatAmount, getResultCodeInfo, methodDisplayName } from '@batchpay/core';
import { type DeclineReason, declineReasons } from './declineReasons.js';
import { gatewayUrlProblem } from './gatewayUrlProblem.js';
import { escapeHtml, htmlResponse, renderHtmlPage } from './renderHtmlPage.js';
import type { SandboxBatch } from './SandboxBatch.js';
import type { SandboxEngine } from './SandboxEngine.js';

function showAmount(amount: { currency: string; value: string }): string {
  try {
    return formatAmount(amount, 'en-US');
  } catch {
    return `${amount.value} ${amount.currency} (minor units)`;
  }
}

function showTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toUTCString();
}

function notFoundPage(): Response {
  return htmlResponse(
    renderHtmlPage(
      'Payment not found',
      '<h1>Payment not found</h1><p>This cashier link does not belong to any payment of this sandbox. Go back to the shop and start the checkout again.</p>',
    ),
    404,
  );
}

/** The sentence that says where a finished batch stands. */
function finalStateText(batch: SandboxBatch): { heading: string; text: string } {
  switch (batch.status) {
    case 'SUCCESS':
      return { heading: 'Payment complete', text: 'This payment has been paid. Nothing more to do here.' };
    case 'CANCELLED':
      return { heading: 'Payment cancelled', text: 'This payment was cancelled and can no longer be paid.' };
    default:
      if (batch.resultCode === 'ORDER_IS_CLOSED') {
        return {
          heading: 'Payment expired',
          text: `This payment expired on ${showTime(batch.expiresAt)} and can no longer be paid. Go back to the shop to start a new payment.`,
        };
      }
      return {
        heading: 'Payment declined',
        text: `This payment was declined (${batch.resultCode}: ${getResultCodeInfo(batch.resultCode).message})`,
      };
  }
}

/** The "Return to the shop" link, only for an http(s) return address (never a `javascript:` one). */
function returnLink(batch: SandboxBatch): string {
  if (gatewayUrlProblem(batch.paymentRedirectUrl)) return '';
  return `<p><a href="${escapeHtml(batch.paymentRedirectUrl)}">Return to the shop</a></p>`;
}

function orderTable(batch: SandboxBatch): string {
  const rows = batch.orders
    .map(
      (o) =>
        `<tr><td>${escapeHtml(o.merchantName ?? o.referenceMerchantId)}</td><td>${escapeHtml(o.orderDescription)}<br><small>Order ${escapeHtml(o.referenceOrderId)}</small></td><td class="amount">${escapeHtml(showAmount(o.orderAmount))}</td></tr>`,
    )
    .join('');
  return `<table>
<caption>Orders in this payment</caption>
<thead><tr><th scope="col">Merchant</th><th scope="col">Order</th><th scope="col" class="amount">Amount</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row" colspan="2">Total</th><td class="amount">${escapeHtml(showAmount(batch.paymentAmount))}</td></tr></tfoot>
</table>`;
}

function cashierPage(batch: SandboxBatch, csrfToken: string): string {
  const total = showAmount(batch.paymentAmount);
  const method = methodDisplayName({ paymentMethodType: batch.paymentMethodType });
  const merchants = new Set(batch.orders.map((o) => o.referenceMerchantId)).size;
  const summary = `<p>Paying with <strong>${escapeHtml(method)}</strong> for ${batch.orders.length} ${batch.orders.length === 1 ? 'order' : 'orders'} from ${merchants} ${merchants === 1 ? 'merchant' : 'merchants'}.</p>`;
  if (batch.status !== 'PROCESSING') {
    const { heading, text } = finalStateText(batch);
    return renderHtmlPage(
      `${heading} – Sandbox cashier`,
      `<h1>${escapeHtml(heading)}</h1>
<p class="notice${batch.status === 'SUCCESS' ? '' : ' error'}" role="status">${escapeHtml(text)}</p>
${summary}${orderTable(batch)}
${returnLink(batch)}`,
    );
  }
  const options = declineReasons
    .map((code) => `<option value="${code}">${code}: ${escapeHtml(getResultCodeInfo(code).message)}</option>`)
    .join('');
  return renderHtmlPage(
    `Pay ${total} – Sandbox cashier`,
    `<h1>Pay ${escapeHtml(total)}</h1>
${summary}${orderTable(batch)}
<p>Pay before <time datetime="${escapeHtml(batch.expiresAt)}">${escapeHtml(showTime(batch.expiresAt))}</time>.</p>
<form method="post">
<input type="hidden" name="csrf" value="${escapeHtml(csrfToken)}">
<label for="declineCode">Decline reason (used by Decline)</label>
<select id="declineCode" name="declineCode">${options}</select>
<div class="actions">
<button type="submit" name="action" value="pay" class="primary">Pay</button>
<button type="submit" name="action" value="decline">Decline</button>
<button type="submit" name="action" value="cancel">Cancel</button>
</div>
</form>`,
  );
}

/** `GET /sandbox/cashier/:token`: the hosted cashier page (`normalUrl`). */
export function showCashier(engine: SandboxEngine, token: string): Response {
  const batch = engine.findByToken(token);
  if (!batch) return notFoundPage();
  engine.expireIfDue(batch);
  return htmlResponse(cashierPage(batch, engine.csrfTokenOf(batch)));
}

/** True when a cashier form post did not come from the batch's own cashier page (other site, or no token). */
function isCrossSitePost(engine: SandboxEngine, batch: SandboxBatch, request: Request, form: FormData): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  if (origin !== null) {
    const own = new Set([new URL(request.url).origin]);
    if (engine.config.publicBaseUrl) own.add(new URL(engine.config.publicBaseUrl).origin);
    if (!own.has(origin)) return true;
  }
  return !engine.isCsrfTokenOf(batch, form.get('csrf'));
}

function crossSitePage(token: string): Response {
  const cashier = `/sandbox/cashier/${encodeURIComponent(token)}`;
  return htmlResponse(
    renderHtmlPage(
      'Form refused – Sandbox cashier',
      `<h1>This form was not sent from the payment page</h1>
<p class="notice error" role="alert">Nothing was paid, declined or cancelled: the form did not carry this payment's security token, or it came from another site. Open the payment page and choose again.</p>
<p><a href="${escapeHtml(cashier)}">Open the payment page</a></p>`,
    ),
    403,
  );
}

/** The 303 to `paymentRedirectUrl`, or a page saying the return address is unusable (checked at batchPay). */
function redirectToShop(batch: SandboxBatch): Response | undefined {
  if (gatewayUrlProblem(batch.paymentRedirectUrl)) return undefined;
  try {
    return new Response(null, {
      status: 303,
      headers: { location: batch.paymentRedirectUrl, 'cache-control': 'no-store' },
    });
  } catch {
    return undefined;
  }
}

/** `POST /sandbox/cashier/:token`: the buyer's Pay, Decline or Cancel; then 303 to `paymentRedirectUrl`. */
export async function actOnCashier(engine: SandboxEngine, token: string, request: Request): Promise<Response> {
  const batch = engine.findByToken(token);
  if (!batch) return notFoundPage();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    form = new FormData();
  }
  const action = form.get('action');
  if (action !== 'pay' && action !== 'decline' && action !== 'cancel') {
    return htmlResponse(
      renderHtmlPage(
        'Choose an action – Sandbox cashier',
        '<h1>Choose an action</h1><p class="notice error" role="alert">Send action=pay, decline or cancel.</p>',
      ),
      400,
    );
  }
  engine.expireIfDue(batch);
  if (batch.status !== 'PROCESSING') return htmlResponse(cashierPage(batch, engine.csrfTokenOf(batch)), 409);
  if (isCrossSitePost(engine, batch, request, form)) return crossSitePage(token);
  // The answer is built before anything changes: a payment is never taken and then answered with an error.
  const answer = redirectToShop(batch);
  if (!answer) {
    return htmlResponse(
      renderHtmlPage(
        'Return address unusable – Sandbox cashier',
        `<h1>The shop's return address is unusable</h1>
<p class="notice error" role="alert">Nothing was paid, declined or cancelled: this payment's paymentRedirectUrl is not an http(s) URL in printable ASCII, so the sandbox could not send you back. The shop must start a new payment with a valid paymentRedirectUrl.</p>`,
      ),
      422,
    );
  }
  if (action === 'pay') {
    engine.finalize(batch, { status: 'SUCCESS', resultCode: 'SUCCESS' });
  } else if (action === 'cancel') {
    engine.finalize(batch, {
      status: 'CANCELLED',
      resultCode: 'ORDER_IS_CANCELED',
      resultMessage: 'The buyer cancelled the payment on the cashier page.',
    });
  } else {
    const asked = form.get('declineCode');
    const code: DeclineReason = declineReasons.find((c) => c === asked) ?? 'USER_BALANCE_NOT_ENOUGH';
    engine.finalize(batch, { status: 'FAIL', resultCode: code });
  }
  return answer;
}

/** `GET /sandbox/applink/:token`: plays "the wallet app is not installed" and continues to the web cashier. */
export function showApplink(engine: SandboxEngine, token: string): Response {
  const batch = engine.findByToken(token);
  if (!batch) return notFoundPage();
  const cashier = `/sandbox/cashier/${encodeURIComponent(token)}`;
  return htmlResponse(
    renderHtmlPage(
      'Wallet app not installed – Sandbox',
      `<h1>The wallet app is not installed</h1>
<p class="notice" role="status">The BatchPay Sandbox Wallet app is not installed on this device, so the payment continues in the browser.</p>
<p><a href="${escapeHtml(cashier)}">Continue to the web cashier</a></p>
<script>setTimeout(function(){location.replace(${JSON.stringify(cashier)})},1500)</script>`,
    ),
  );
}
