import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StorageUnderTest, storageUnderTest } from '../test-utils/storageUnderTest.js';
import type { BatchPayStorage, Cart, NewCheckout } from './BatchPayStorage.js';

const cart: Cart = {
  cartId: 'cart-1',
  currency: 'USD',
  orders: [
    {
      referenceOrderId: 'A-1',
      orderDescription: 'Shoes',
      merchant: { referenceMerchantId: 'SELLER_A', merchantName: 'Seller A', merchantMCC: '5651' },
      goods: [{ referenceGoodsId: 'g1', goodsName: 'Shoe', unitAmount: '2500', quantity: 2 }],
    },
    {
      referenceOrderId: 'B-1',
      orderDescription: 'Book',
      merchant: { referenceMerchantId: 'SELLER_B', merchantName: '서울 Books' },
      goods: [{ referenceGoodsId: 'g2', goodsName: 'Книга', unitAmount: '1999', quantity: 1 }],
    },
  ],
};

let seq = 0;
function newCheckout(overrides: Partial<NewCheckout> = {}): NewCheckout {
  seq += 1;
  const now = new Date('2026-01-01T00:00:00.000Z');
  return {
    checkoutId: `co_${seq}`,
    idempotencyKey: `key-${seq}-abcdef`,
    cartId: 'cart-1',
    paymentMethodType: 'KAKAOPAY',
    batchPaymentRequestId: `bp_${seq}`,
    requestBody: '{"productCode":"CASHIER_PAYMENT"}',
    currency: 'USD',
    paymentAmount: '6999',
    expiresAt: new Date(now.getTime() + 14 * 60_000).toISOString(),
    leaseUntil: new Date(now.getTime() + 60_000).toISOString(),
    now: now.toISOString(),
    orders: [
      { referenceOrderId: 'A-1', referenceMerchantId: 'SELLER_A', orderAmount: '5000' },
      { referenceOrderId: 'B-1', referenceMerchantId: 'SELLER_B', orderAmount: '1999' },
    ],
    ...overrides,
  };
}

describe(`storage suite (${process.env.BATCHPAY_STORAGE_UNDER_TEST === 'postgres' ? 'postgres' : 'sqlite'})`, () => {
  let db: StorageUnderTest;
  let storage: BatchPayStorage;

  beforeAll(async () => {
    db = await storageUnderTest();
    storage = await db.open();
  });
  afterAll(async () => {
    await storage?.close();
    await db?.dispose();
  });

  it('runs on the dialect it was asked for, and migrating again changes nothing', async () => {
    expect(storage.dialect).toBe(db.kind);
    await storage.migrate();
    expect(await storage.getCart('nope')).toBeNull();
  });

  it('a creation whose orders cannot be written leaves no half-written checkout behind', async () => {
    const broken = newCheckout({
      orders: [{ referenceOrderId: 'A-1', referenceMerchantId: 'SELLER_A', orderAmount: null as unknown as string }],
    });
    await expect(storage.createCheckout(broken)).rejects.toThrow();
    expect(await storage.getCheckout(broken.checkoutId)).toBeNull();
    expect(await storage.getCheckoutByIdempotencyKey(broken.idempotencyKey)).toBeNull();
    // The same beside a creation that arrives with it: that one is stored whole.
    const alongside = newCheckout();
    const brokenToo = newCheckout({ orders: broken.orders });
    const [good, bad] = await Promise.allSettled([
      storage.createCheckout(alongside),
      storage.createCheckout(brokenToo),
    ]);
    expect([good.status, bad.status]).toEqual(['fulfilled', 'rejected']);
    expect((await storage.getCheckout(alongside.checkoutId))?.orders).toHaveLength(2);
    expect(await storage.getCheckout(brokenToo.checkoutId)).toBeNull();
  });

  it('creations that arrive together: one that breaks a constraint fails alone, the others are stored', async () => {
    const first = newCheckout();
    const clash = newCheckout({ checkoutId: first.checkoutId });
    const third = newCheckout();
    const [a, b, c] = await Promise.allSettled([
      storage.createCheckout(first),
      storage.createCheckout(clash),
      storage.createCheckout(third),
    ]);
    // One of the two that share a checkoutId is stored (which one is up to the database on PostgreSQL's pool).
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
    expect(c.status).toBe('fulfilled');
    const winner = a.status === 'fulfilled' ? first : clash;
    const loser = winner === first ? clash : first;
    expect((await storage.getCheckout(first.checkoutId))?.idempotencyKey).toBe(winner.idempotencyKey);
    expect(await storage.getCheckoutByIdempotencyKey(loser.idempotencyKey)).toBeNull();
    expect((await storage.getCheckout(third.checkoutId))?.orders).toHaveLength(2);
  });

  it('stores a cart with its orders, goods and UTF-8 names, and replaces it on save', async () => {
    await storage.saveCart(cart);
    expect(await storage.getCart('cart-1')).toEqual(cart);
    const smaller: Cart = { ...cart, orders: [cart.orders[0]!] };
    await storage.saveCart(smaller);
    expect((await storage.getCart('cart-1'))?.orders).toHaveLength(1);
    await storage.saveCart(cart);
  });

  it('creates a checkout with its orders, and the same idempotency key returns that checkout unchanged', async () => {
    const input = newCheckout();
    const first = await storage.createCheckout(input);
    expect(first.created).toBe(true);
    expect(first.checkout.creation).toBe('pending');
    expect(first.checkout.orders.map((o) => [o.referenceOrderId, o.orderAmount, o.paymentStatus])).toEqual([
      ['A-1', '5000', 'PROCESSING'],
      ['B-1', '1999', 'PROCESSING'],
    ]);
    const again = await storage.createCheckout({ ...input, checkoutId: 'co_other', batchPaymentRequestId: 'bp_other' });
    expect(again.created).toBe(false);
    expect(again.checkout.checkoutId).toBe(input.checkoutId);
    expect(await storage.getCheckout('co_other')).toBeNull();
    expect((await storage.getCheckoutByBatchId(input.batchPaymentRequestId))?.checkoutId).toBe(input.checkoutId);
    expect((await storage.getCheckoutByIdempotencyKey(input.idempotencyKey))?.checkoutId).toBe(input.checkoutId);
  });

  it('creates exactly one checkout when 50 inserts with one key race', async () => {
    const key = 'racing-key-123';
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        storage.createCheckout(
          newCheckout({ idempotencyKey: key, checkoutId: `co_race_${i}`, batchPaymentRequestId: `bp_race_${i}` }),
        ),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.checkout.checkoutId)).size).toBe(1);
  });

  it('lets another request take over a pending checkout only after its lease ran out, and only one of many', async () => {
    const input = newCheckout();
    await storage.createCheckout(input);
    const before = new Date(Date.parse(input.leaseUntil) - 1).toISOString();
    expect(await storage.claimCheckout(input.checkoutId, before, '2026-01-01T01:00:00.000Z')).toBe(false);
    const after = new Date(Date.parse(input.leaseUntil) + 1).toISOString();
    const claims = await Promise.all(
      Array.from({ length: 10 }, () => storage.claimCheckout(input.checkoutId, after, '2026-01-01T02:00:00.000Z')),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    await storage.releaseLease(input.checkoutId, after);
    expect(await storage.claimCheckout(input.checkoutId, after, '2026-01-01T03:00:00.000Z')).toBe(true);
  });

  it('stores the creation answer once, with payment ids, and never over a stored one', async () => {
    const input = newCheckout();
    await storage.createCheckout(input);
    await storage.countAntomCall(input.checkoutId);
    const stored = await storage.finishCreation(input.checkoutId, {
      creation: 'created',
      outcomeJson: '{"kind":"redirect"}',
      paymentIds: [
        { referenceOrderId: 'A-1', paymentId: 'PAY-A' },
        { referenceOrderId: 'B-1', paymentId: 'PAY-B' },
      ],
      now: '2026-01-01T00:00:01.000Z',
    });
    expect(stored).toBe(true);
    const second = await storage.finishCreation(input.checkoutId, {
      creation: 'failed',
      outcomeJson: '{"kind":"failed"}',
      paymentIds: [{ referenceOrderId: 'A-1', paymentId: 'OTHER' }],
      orderStatus: 'FAIL',
      now: '2026-01-01T00:00:02.000Z',
    });
    expect(second).toBe(false);
    const checkout = await storage.getCheckout(input.checkoutId);
    expect(checkout?.creation).toBe('created');
    expect(checkout?.outcomeJson).toBe('{"kind":"redirect"}');
    expect(checkout?.antomCalls).toBe(1);
    expect(checkout?.orders.map((o) => [o.paymentId, o.paymentStatus])).toEqual([
      ['PAY-A', 'PROCESSING'],
      ['PAY-B', 'PROCESSING'],
    ]);
  });

  it('stores a final answer: the paymentIds it names, and its status on every order still PROCESSING', async () => {
    const input = newCheckout();
    await storage.createCheckout(input);
    const stored = await storage.finishCreation(input.checkoutId, {
      creation: 'created',
      outcomeJson: '{"kind":"succeeded"}',
      paymentIds: [
        { referenceOrderId: 'B-1', paymentId: 'PAY-B' },
        { referenceOrderId: 'B-1', paymentId: 'PAY-B-AGAIN' },
      ],
      orderStatus: 'SUCCESS',
      now: '2026-01-01T00:00:03.000Z',
    });
    expect(stored).toBe(true);
    const checkout = await storage.getCheckout(input.checkoutId);
    expect(checkout?.orders.map((o) => [o.referenceOrderId, o.paymentId, o.paymentStatus, o.updatedAt])).toEqual([
      ['A-1', null, 'SUCCESS', '2026-01-01T00:00:03.000Z'],
      ['B-1', 'PAY-B', 'SUCCESS', '2026-01-01T00:00:03.000Z'],
    ]);
  });

  it('applies an order result once: replays change nothing, a late contrary FAIL keeps SUCCESS and is counted', async () => {
    const input = newCheckout();
    await storage.createCheckout(input);
    const opts = { now: '2026-01-01T00:05:00.000Z', source: 'notification' as const };
    expect(
      await storage.applyOrderResults(
        input.checkoutId,
        [
          { referenceOrderId: 'A-1', paymentId: 'PAY-A', paymentStatus: 'SUCCESS' },
          { referenceOrderId: 'B-1', paymentId: 'PAY-B', paymentStatus: 'PROCESSING' },
        ],
        opts,
      ),
    ).toEqual({ changed: 1, contradictions: [] });
    expect(
      await storage.applyOrderResults(input.checkoutId, [{ referenceOrderId: 'A-1', paymentStatus: 'SUCCESS' }], opts),
    ).toEqual({ changed: 0, contradictions: [] });
    expect(
      await storage.applyOrderResults(input.checkoutId, [{ referenceOrderId: 'A-1', paymentStatus: 'FAIL' }], opts),
    ).toEqual({
      changed: 0,
      contradictions: [{ referenceOrderId: 'A-1', stored: 'SUCCESS', reported: 'FAIL', kept: 'SUCCESS' }],
    });
    expect(
      await storage.applyOrderResults(input.checkoutId, [{ referenceOrderId: 'B-1', paymentStatus: 'SUCCESS' }], opts),
    ).toEqual({ changed: 1, contradictions: [] });
    expect((await storage.getCheckout(input.checkoutId))?.faultCode).toBe('contradiction');
    const checkout = await storage.getCheckout(input.checkoutId);
    expect(checkout?.orders.map((o) => [o.paymentId, o.paymentStatus])).toEqual([
      ['PAY-A', 'SUCCESS'],
      ['PAY-B', 'SUCCESS'],
    ]);
    expect(checkout?.lastNotifiedAt).toBe(opts.now);
  });

  it('lists the checkouts that may still change, oldest first, and not the final or refused ones', async () => {
    const open = newCheckout();
    await storage.createCheckout(open);
    const paid = newCheckout();
    await storage.createCheckout(paid);
    await storage.applyOrderResults(
      paid.checkoutId,
      paid.orders.map((o) => ({ referenceOrderId: o.referenceOrderId, paymentStatus: 'SUCCESS' as const })),
      { now: '2026-01-01T00:05:00.000Z', source: 'notification' },
    );
    const ids = (await storage.listOpenCheckouts(100)).map((c) => c.checkoutId);
    expect(ids).toContain(open.checkoutId);
    expect(ids).not.toContain(paid.checkoutId);
  });

  it('gives the right to inquire to one caller per interval', async () => {
    const input = newCheckout();
    await storage.createCheckout(input);
    const claims = await Promise.all(
      Array.from({ length: 8 }, () =>
        storage.claimInquiry(input.checkoutId, '2026-01-01T00:00:05.000Z', '2026-01-01T00:00:10.000Z'),
      ),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await storage.claimInquiry(input.checkoutId, '2026-01-01T00:00:09.000Z', '2026-01-01T00:00:14.000Z')).toBe(
      false,
    );
    expect(await storage.claimInquiry(input.checkoutId, '2026-01-01T00:00:10.000Z', '2026-01-01T00:00:15.000Z')).toBe(
      true,
    );
  });

  it('keeps everything when the database is opened again (a restarted server or a second instance)', async () => {
    const input = newCheckout();
    await storage.createCheckout(input);
    const other = await db.open();
    try {
      const seen = await other.getCheckout(input.checkoutId);
      expect(seen?.batchPaymentRequestId).toBe(input.batchPaymentRequestId);
      expect(seen?.orders).toHaveLength(2);
      expect(await other.getCart('cart-1')).toEqual(cart);
    } finally {
      await other.close();
    }
  });

  it.runIf(process.env.BATCHPAY_STORAGE_UNDER_TEST === 'postgres')(
    'survives PostgreSQL ending its connections (a restart or failover): no crash, the next query reconnects',
    async () => {
      await storage.saveCart(cart);
      expect(await storage.getCart('cart-1')).toEqual(cart);
      // The pool now holds idle connections; ending them must not throw out of the process (vitest would report an
      // unhandled error) and the next query must work on a new connection.
      await db.dropConnections?.();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await storage.getCart('cart-1')).toEqual(cart);
    },
  );
});
