import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Amount } from '@batchpay/core';
import { buildSignContent, formatSignatureHeader, generateKeyPair, signContent } from '@batchpay/core/signature';

/** One order of a batch as the gateway holds it: the truth the suite checks the buyer's view against. */
export interface GatewayOrder {
  referenceOrderId: string;
  referenceMerchantId: string;
  paymentId: string;
  orderAmount: Amount;
  status: 'PROCESSING' | 'SUCCESS' | 'FAIL';
}

export interface GatewayBatch {
  batchPaymentRequestId: string;
  paymentAmount: Amount;
  notifyUrl: string;
  orders: GatewayOrder[];
  resultCode: string;
}

/** A captured answer, exactly as sent: body and headers, to replay later. */
export interface CapturedAnswer {
  body: string;
  headers: Record<string, string>;
}

/**
 * What the gateway does with the next batchPay call (then it is honest again):
 * - `strip-signature`: an unsigned PAYMENT_IN_PROCESS with the attacker's URL and the attacker's paymentIds.
 * - `unsigned-success`: an unsigned S naming every order.
 * - `replay`: the captured answer given, byte for byte, with its headers (another batch's, another merchant's).
 * - `change-amount` / `change-order-id`: Antom's key signs an answer with another amount / a foreign order id.
 * - `stale`: a correct answer signed with a response-time 10 minutes old; with `untilClientGivesUp`, the first
 *   attempt gets no answer until the client gave up on it (as a loaded machine makes a slow answer time out).
 * - `lose`: the batch is recorded (or not, with `record: false`), then the connection is cut: no answer.
 * - `hang`: the batch is recorded (or not), and the answer never comes (the connection stays open).
 * - `answer`: Antom's key signs this result for the batch (such as `F SYSTEM_ERROR` or `U UNKNOWN_EXCEPTION`).
 */
export type BatchPayAttack =
  | { kind: 'strip-signature'; normalUrl: string; paymentIds: string[] }
  | { kind: 'unsigned-success' }
  | { kind: 'replay'; answer: CapturedAnswer }
  | { kind: 'change-amount' }
  | { kind: 'change-order-id' }
  | { kind: 'stale'; untilClientGivesUp?: boolean }
  | { kind: 'lose'; record: boolean }
  | { kind: 'hang'; record: boolean }
  | { kind: 'answer'; resultStatus: 'S' | 'F' | 'U'; resultCode: string };

/** What the gateway does with the next inquiry. */
export type InquiryAttack =
  | { kind: 'other-payment'; paymentId: string }
  | { kind: 'other-amount' }
  | { kind: 'unsigned-success' }
  | { kind: 'lose' };

export interface HostileGateway {
  url: string;
  /** Antom's public key, as the merchant configures it. */
  antomPublicKey: string;
  clientId: string;
  batches: Map<string, GatewayBatch>;
  /** Every answer sent to batchPay, for replays. */
  answers: Array<{ batchPaymentRequestId: string; answer: CapturedAnswer }>;
  calls: { batchPay: number; inquiry: number };
  /** Every request body received, with its path. */
  requests: Array<{ path: string; body: string }>;
  nextBatchPay(...attacks: BatchPayAttack[]): void;
  nextInquiry(...attacks: InquiryAttack[]): void;
  /** Drops the attacks not used yet; returns how many batchPay attacks were left. */
  reset(): number;
  /** The buyer pays (or the payment fails) at the gateway; no notification is sent. */
  settle(batchPaymentRequestId: string, status: 'SUCCESS' | 'FAIL', only?: string[], resultCode?: string): void;
  /** Sends a signed notification of the batch's current state (or `status` for every order) to its notify URL. */
  notify(
    batchPaymentRequestId: string,
    options?: { statuses?: Record<string, 'SUCCESS' | 'FAIL'>; requestTime?: string; summaries?: unknown[] },
  ): Promise<{ status: number; body: string }>;
  /** Signs `body` for POST `path` as Antom would, for `clientId` at `time`. */
  sign(path: string, body: string, time: string, clientId?: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

function result(resultStatus: string, resultCode: string) {
  return { resultStatus, resultCode, resultMessage: resultCode.toLowerCase().replaceAll('_', ' ') };
}

/**
 * A hostile fake Antom on 127.0.0.1 with its own RSA keys (generated here): by default an honest gateway that
 * creates batches, answers PAYMENT_IN_PROCESS signed, answers inquiries by paymentId or batchPaymentRequestId, and
 * sends signed notifications when told; `nextBatchPay` / `nextInquiry` make it lie in the ways the suite tests.
 * Its clock is the suite's clock.
 */
export async function startHostileGateway(options: {
  clientId: string;
  now: () => number;
  /** Antom's documented batchPay answer has no batchPaymentRequestId; default true (the sandbox sends it). */
  includeBatchId?: boolean;
}): Promise<HostileGateway> {
  const keys = await generateKeyPair();
  const { clientId, now } = options;
  const includeBatchId = options.includeBatchId ?? true;
  const batches = new Map<string, GatewayBatch>();
  const answers: HostileGateway['answers'] = [];
  const batchAttacks: BatchPayAttack[] = [];
  const inquiryAttacks: InquiryAttack[] = [];
  const calls = { batchPay: 0, inquiry: 0 };
  const requests: Array<{ path: string; body: string }> = [];
  let serial = 0;

  async function sign(path: string, body: string, time: string, as = clientId): Promise<Record<string, string>> {
    const signature = await signContent(
      buildSignContent({ method: 'POST', path, clientId: as, time, body }),
      keys.privateKey,
    );
    return { 'client-id': as, 'response-time': time, signature: formatSignatureHeader(signature) };
  }

  async function send(res: ServerResponse, path: string, body: unknown, how: { signed: boolean; time?: number }) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8' };
    if (how.signed) Object.assign(headers, await sign(path, text, String(how.time ?? now())));
    res.writeHead(200, headers);
    res.end(text);
    return { body: text, headers };
  }

  function summaries(batch: GatewayBatch) {
    return batch.orders.map((o) => ({
      referenceOrderId: o.referenceOrderId,
      referenceMerchantId: o.referenceMerchantId,
      paymentId: o.paymentId,
      orderAmount: o.orderAmount,
    }));
  }

  function record(request: Record<string, unknown>): GatewayBatch {
    const id = String(request.batchPaymentRequestId);
    const existing = batches.get(id);
    if (existing) return existing;
    const orderList = (request.orderList ?? []) as Array<{
      referenceOrderId: string;
      orderAmount: Amount;
      merchant: { referenceMerchantId: string };
    }>;
    const batch: GatewayBatch = {
      batchPaymentRequestId: id,
      paymentAmount: request.paymentAmount as Amount,
      notifyUrl: String(request.paymentNotifyUrl),
      resultCode: 'PROCESS_FAIL',
      orders: orderList.map((o) => ({
        referenceOrderId: o.referenceOrderId,
        referenceMerchantId: o.merchant.referenceMerchantId,
        paymentId: `pay_${++serial}_${o.referenceOrderId}`,
        orderAmount: o.orderAmount,
        status: 'PROCESSING',
      })),
    };
    batches.set(id, batch);
    return batch;
  }

  async function onBatchPay(res: ServerResponse, path: string, raw: string): Promise<void> {
    calls.batchPay++;
    const request = JSON.parse(raw) as Record<string, unknown>;
    const attack = batchAttacks.shift();
    if (attack && attack.kind !== 'lose' && attack.kind !== 'hang') {
      // A lie is told to the attempt that READS it: when the client gave up on this attempt before the answer was
      // written (its per-attempt timeout on a loaded machine), the retry of the same bytes gets the same lie, not an
      // honest answer that would make the case pass or fail by timing.
      res.once('close', () => {
        if (!res.writableFinished)
          batchAttacks.unshift(attack.kind === 'stale' ? { kind: 'stale', untilClientGivesUp: false } : attack);
      });
    }
    if (attack?.kind === 'stale' && attack.untilClientGivesUp) return;
    if (attack?.kind === 'lose') {
      if (attack.record) record(request);
      res.socket?.destroy();
      return;
    }
    if (attack?.kind === 'hang') {
      if (attack.record) record(request);
      return;
    }
    if (attack?.kind === 'replay') {
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', ...attack.answer.headers });
      res.end(attack.answer.body);
      return;
    }
    const batch = record(request);
    const id = batch.batchPaymentRequestId;
    const base = includeBatchId ? { batchPaymentRequestId: id } : {};
    const inProcess = {
      result: result('U', 'PAYMENT_IN_PROCESS'),
      ...base,
      normalUrl: `${url}/cashier/${id}`,
      orderSummaries: summaries(batch),
    };
    let sent: CapturedAnswer;
    if (attack?.kind === 'strip-signature') {
      sent = await send(
        res,
        path,
        {
          result: result('U', 'PAYMENT_IN_PROCESS'),
          normalUrl: attack.normalUrl,
          appIdentifier: 'com.evil.wallet',
          orderSummaries: summaries(batch).map((s, i) => ({ ...s, paymentId: attack.paymentIds[i] ?? s.paymentId })),
        },
        { signed: false },
      );
    } else if (attack?.kind === 'unsigned-success') {
      sent = await send(
        res,
        path,
        { result: result('S', 'SUCCESS'), ...base, orderSummaries: summaries(batch) },
        {
          signed: false,
        },
      );
    } else if (attack?.kind === 'change-amount') {
      const changed = summaries(batch).map((s, i) =>
        i === 0 ? { ...s, orderAmount: { ...s.orderAmount, value: '1' } } : s,
      );
      sent = await send(res, path, { ...inProcess, orderSummaries: changed }, { signed: true });
    } else if (attack?.kind === 'change-order-id') {
      const changed = summaries(batch).map((s, i) => (i === 0 ? { ...s, referenceOrderId: 'ORD-FOREIGN-9' } : s));
      sent = await send(res, path, { ...inProcess, orderSummaries: changed }, { signed: true });
    } else if (attack?.kind === 'stale') {
      sent = await send(res, path, inProcess, { signed: true, time: now() - 10 * 60 * 1000 });
    } else if (attack?.kind === 'answer') {
      const body =
        attack.resultStatus === 'S'
          ? { result: result('S', attack.resultCode), ...base, orderSummaries: summaries(batch) }
          : { result: result(attack.resultStatus, attack.resultCode), ...base };
      if (attack.resultStatus === 'S') for (const o of batch.orders) o.status = 'SUCCESS';
      if (attack.resultStatus === 'F') batches.delete(id);
      sent = await send(res, path, body, { signed: true });
    } else {
      sent = await send(res, path, inProcess, { signed: true });
    }
    answers.push({ batchPaymentRequestId: id, answer: sent });
  }

  async function onInquiry(res: ServerResponse, path: string, raw: string): Promise<void> {
    calls.inquiry++;
    const request = JSON.parse(raw) as { paymentId?: string; paymentRequestId?: string };
    const attack = inquiryAttacks.shift();
    if (attack && attack.kind !== 'lose') {
      // As for batchPay: a lie the client never read (it gave up on the attempt) is told to the retry.
      res.once('close', () => {
        if (!res.writableFinished) inquiryAttacks.unshift(attack);
      });
    }
    if (attack?.kind === 'lose') {
      res.socket?.destroy();
      return;
    }
    let batch: GatewayBatch | undefined;
    let order: GatewayOrder | undefined;
    if (request.paymentId) {
      for (const b of batches.values()) {
        const found = b.orders.find((o) => o.paymentId === request.paymentId);
        if (found) {
          batch = b;
          order = found;
        }
      }
    } else if (request.paymentRequestId) {
      batch = batches.get(request.paymentRequestId);
    }
    if (!batch) {
      await send(res, path, { result: result('F', 'ORDER_NOT_EXIST') }, { signed: true });
      return;
    }
    const status = order
      ? order.status
      : batch.orders.every((o) => o.status === 'SUCCESS')
        ? 'SUCCESS'
        : batch.orders.some((o) => o.status === 'FAIL')
          ? 'FAIL'
          : 'PROCESSING';
    const answer: Record<string, unknown> = {
      result: result('S', 'SUCCESS'),
      paymentStatus: status,
      ...(status === 'FAIL' ? { paymentResultCode: batch.resultCode } : {}),
      paymentRequestId: batch.batchPaymentRequestId,
      paymentAmount: order ? order.orderAmount : batch.paymentAmount,
      paymentCreateTime: '2026-12-03T10:00:00Z',
      ...(order ? { paymentId: order.paymentId } : {}),
    };
    if (attack?.kind === 'other-payment') {
      Object.assign(answer, { paymentStatus: 'SUCCESS', paymentId: attack.paymentId });
    } else if (attack?.kind === 'other-amount') {
      Object.assign(answer, { paymentStatus: 'SUCCESS', paymentAmount: { currency: 'USD', value: '1' } });
    }
    await send(res, path, answer, { signed: attack?.kind !== 'unsigned-success' });
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const raw = Buffer.concat(chunks).toString('utf8');
      requests.push({ path, body: raw });
      const handle = path.endsWith('/v1/payments/batchPay')
        ? onBatchPay(res, path, raw)
        : path.endsWith('/v1/payments/inquiryPayment')
          ? onInquiry(res, path, raw)
          : Promise.resolve(void res.writeHead(404).end());
      handle.catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    antomPublicKey: keys.publicKey,
    clientId,
    batches,
    answers,
    calls,
    requests,
    nextBatchPay: (...attacks) => void batchAttacks.push(...attacks),
    nextInquiry: (...attacks) => void inquiryAttacks.push(...attacks),
    reset() {
      const left = batchAttacks.length;
      batchAttacks.length = 0;
      inquiryAttacks.length = 0;
      return left;
    },
    settle(id, status, only, resultCode) {
      const batch = batches.get(id);
      if (!batch) throw new Error(`the gateway has no batch ${id}`);
      for (const o of batch.orders) if (!only || only.includes(o.referenceOrderId)) o.status = status;
      if (resultCode) batch.resultCode = resultCode;
    },
    async notify(id, notifyOptions = {}) {
      const batch = batches.get(id);
      if (!batch) throw new Error(`the gateway has no batch ${id}`);
      const statuses = batch.orders.map((o) => notifyOptions.statuses?.[o.referenceOrderId] ?? o.status);
      const allPaid = statuses.every((s) => s === 'SUCCESS');
      const body = JSON.stringify({
        notifyType: 'PAYMENT_RESULT',
        result: allPaid ? result('S', 'SUCCESS') : result('F', batch.resultCode),
        batchPaymentRequestId: id,
        paymentAmount: batch.paymentAmount,
        paymentCreateTime: '2026-12-03T10:00:00Z',
        ...(allPaid ? { paymentTime: '2026-12-03T10:05:00Z' } : {}),
        orderSummaries:
          notifyOptions.summaries ??
          batch.orders.map((o, i) => ({
            referenceOrderId: o.referenceOrderId,
            referenceMerchantId: o.referenceMerchantId,
            paymentId: o.paymentId,
            orderAmount: o.orderAmount,
            paymentStatus: statuses[i] === 'PROCESSING' ? 'FAIL' : statuses[i],
          })),
      });
      const target = new URL(batch.notifyUrl);
      const time = notifyOptions.requestTime ?? String(now());
      const signed = await sign(`${target.pathname}${target.search}`, body, time);
      const response = await fetch(target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=UTF-8',
          'client-id': signed['client-id'] ?? clientId,
          'request-time': time,
          signature: signed.signature ?? '',
        },
        body,
      });
      return { status: response.status, body: await response.text() };
    },
    sign,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
