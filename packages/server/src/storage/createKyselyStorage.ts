import { type Kysely, Migrator, type Selectable, type Transaction } from 'kysely';
import type {
  BatchPayStorage,
  Cart,
  CartGoodsLine,
  CartMerchant,
  CheckoutCreation,
  CheckoutOrderRecord,
  CheckoutRecord,
  Contradiction,
  GatewayFault,
  OrderPaymentStatus,
} from './BatchPayStorage.js';
import type {
  BatchPayDatabase,
  CartOrdersTable,
  CartsTable,
  CheckoutOrdersTable,
  CheckoutsTable,
} from './databaseSchema.js';
import { migrationProvider } from './migrations.js';
import { newCheckoutRecord } from './newCheckoutRecord.js';

const creations: readonly CheckoutCreation[] = ['pending', 'created', 'failed'];
const orderStatuses: readonly OrderPaymentStatus[] = ['PROCESSING', 'SUCCESS', 'FAIL', 'CANCELLED'];
const faults: readonly GatewayFault[] = ['untrusted-answer', 'unbound-inquiry', 'contradiction'];

function asFault(value: string | null): GatewayFault | null {
  if (value === null) return null;
  const found = faults.find((f) => f === value);
  if (!found) throw new Error(`checkouts.fault_code holds "${value}", which this version does not know: migrate.`);
  return found;
}

function asCreation(value: string): CheckoutCreation {
  const found = creations.find((c) => c === value);
  if (!found)
    throw new Error(`checkouts.creation holds "${value}", which this version does not know: migrate the database.`);
  return found;
}

function asOrderStatus(value: string): OrderPaymentStatus {
  const found = orderStatuses.find((s) => s === value);
  if (!found) throw new Error(`checkout_orders.payment_status holds "${value}": migrate the database.`);
  return found;
}

export function toOrderRecord(row: Selectable<CheckoutOrdersTable>): CheckoutOrderRecord {
  return {
    position: Number(row.position),
    referenceOrderId: row.reference_order_id,
    referenceMerchantId: row.reference_merchant_id,
    orderAmount: row.order_amount,
    currency: row.currency,
    paymentId: row.payment_id,
    paymentStatus: asOrderStatus(row.payment_status),
    updatedAt: row.updated_at,
  };
}

/** A cart from its rows (the cart, then its orders in position order). */
export function toCart(cart: Selectable<CartsTable>, orders: Selectable<CartOrdersTable>[]): Cart {
  return {
    cartId: cart.cart_id,
    currency: cart.currency,
    orders: orders.map((o) => ({
      referenceOrderId: o.reference_order_id,
      orderDescription: o.order_description,
      merchant: JSON.parse(o.merchant_json) as CartMerchant,
      goods: JSON.parse(o.goods_json) as CartGoodsLine[],
    })),
  };
}

export function toCheckoutRecord(row: Selectable<CheckoutsTable>, orders: CheckoutOrderRecord[]): CheckoutRecord {
  return {
    checkoutId: row.checkout_id,
    idempotencyKey: row.idempotency_key,
    cartId: row.cart_id,
    paymentMethodType: row.payment_method_type,
    batchPaymentRequestId: row.batch_payment_request_id,
    requestBody: row.request_body,
    currency: row.currency,
    paymentAmount: row.payment_amount,
    creation: asCreation(row.creation),
    outcomeJson: row.outcome_json,
    leaseUntil: row.lease_until,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastNotifiedAt: row.last_notified_at,
    lastInquiryAt: row.last_inquiry_at,
    resultCode: row.result_code,
    antomCalls: Number(row.antom_calls),
    inquiryCount: Number(row.inquiry_count),
    faultCode: asFault(row.fault_code),
    faultCount: Number(row.fault_count),
    orders,
  };
}

type Executor = Kysely<BatchPayDatabase> | Transaction<BatchPayDatabase>;

async function loadCheckout(
  db: Executor,
  where: { checkoutId: string } | { idempotencyKey: string } | { batchPaymentRequestId: string },
): Promise<CheckoutRecord | null> {
  let query = db.selectFrom('checkouts').selectAll();
  if ('checkoutId' in where) query = query.where('checkout_id', '=', where.checkoutId);
  else if ('idempotencyKey' in where) query = query.where('idempotency_key', '=', where.idempotencyKey);
  else query = query.where('batch_payment_request_id', '=', where.batchPaymentRequestId);
  const row = await query.executeTakeFirst();
  if (!row) return null;
  const orders = await db
    .selectFrom('checkout_orders')
    .selectAll()
    .where('checkout_id', '=', row.checkout_id)
    .orderBy('position')
    .execute();
  return toCheckoutRecord(row, orders.map(toOrderRecord));
}

/** The storage on any Kysely database of ours; `createSqliteStorage` and `createPostgresStorage` build the Kysely. */
export function createKyselyStorage(
  db: Kysely<BatchPayDatabase>,
  dialect: BatchPayStorage['dialect'],
  onClose: () => Promise<void> = () => db.destroy(),
): BatchPayStorage {
  return {
    dialect,

    async migrate() {
      const migrator = new Migrator({ db, provider: migrationProvider });
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
        throw new Error(
          `Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },

    async saveCart(cart: Cart) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('cart_orders').where('cart_id', '=', cart.cartId).execute();
        await trx
          .insertInto('carts')
          .values({ cart_id: cart.cartId, currency: cart.currency, created_at: new Date().toISOString() })
          .onConflict((oc) => oc.column('cart_id').doUpdateSet({ currency: cart.currency }))
          .execute();
        if (cart.orders.length > 0) {
          await trx
            .insertInto('cart_orders')
            .values(
              cart.orders.map((order, position) => ({
                cart_id: cart.cartId,
                position,
                reference_order_id: order.referenceOrderId,
                order_description: order.orderDescription,
                merchant_json: JSON.stringify(order.merchant),
                goods_json: JSON.stringify(order.goods),
              })),
            )
            .execute();
        }
      });
    },

    async getCart(cartId: string) {
      const cart = await db.selectFrom('carts').selectAll().where('cart_id', '=', cartId).executeTakeFirst();
      if (!cart) return null;
      const orders = await db
        .selectFrom('cart_orders')
        .selectAll()
        .where('cart_id', '=', cartId)
        .orderBy('position')
        .execute();
      return toCart(cart, orders);
    },

    async createCheckout(input) {
      return db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('checkouts')
          .values({
            checkout_id: input.checkoutId,
            idempotency_key: input.idempotencyKey,
            cart_id: input.cartId,
            payment_method_type: input.paymentMethodType,
            batch_payment_request_id: input.batchPaymentRequestId,
            request_body: input.requestBody,
            currency: input.currency,
            payment_amount: input.paymentAmount,
            creation: 'pending',
            outcome_json: null,
            lease_until: input.leaseUntil,
            expires_at: input.expiresAt,
            created_at: input.now,
            updated_at: input.now,
            last_notified_at: null,
            last_inquiry_at: null,
            result_code: null,
            fault_code: null,
            antom_calls: input.antomCalls ?? 0,
          })
          .onConflict((oc) => oc.column('idempotency_key').doNothing())
          .returning('checkout_id')
          .executeTakeFirst();
        if (!inserted) {
          const existing = await loadCheckout(trx, { idempotencyKey: input.idempotencyKey });
          if (!existing)
            throw new Error(`Checkout for Idempotency-Key ${input.idempotencyKey} vanished during insert.`);
          return { created: false, checkout: existing };
        }
        const created = newCheckoutRecord(input);
        const { orders } = created;
        await trx
          .insertInto('checkout_orders')
          .values(
            orders.map((order) => ({
              checkout_id: input.checkoutId,
              position: order.position,
              reference_order_id: order.referenceOrderId,
              reference_merchant_id: order.referenceMerchantId,
              order_amount: order.orderAmount,
              currency: order.currency,
              payment_id: null,
              payment_status: 'PROCESSING',
              updated_at: order.updatedAt,
            })),
          )
          .execute();
        // The record is exactly what was written: no read back (two statements fewer per checkout).
        return { created: true, checkout: created };
      });
    },

    async claimCheckout(checkoutId, now, leaseUntil) {
      const result = await db
        .updateTable('checkouts')
        .set({ lease_until: leaseUntil, updated_at: now })
        .where('checkout_id', '=', checkoutId)
        .where('creation', '=', 'pending')
        .where('lease_until', '<=', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async countAntomCall(checkoutId) {
      await db
        .updateTable('checkouts')
        .set((eb) => ({ antom_calls: eb('antom_calls', '+', 1) }))
        .where('checkout_id', '=', checkoutId)
        .execute();
    },

    async finishCreation(checkoutId, result) {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('checkouts')
          .set({
            creation: result.creation,
            outcome_json: result.outcomeJson,
            lease_until: result.now,
            updated_at: result.now,
          })
          .where('checkout_id', '=', checkoutId)
          .where('creation', '=', 'pending')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        for (const { referenceOrderId, paymentId } of result.paymentIds) {
          await trx
            .updateTable('checkout_orders')
            .set({ payment_id: paymentId, updated_at: result.now })
            .where('checkout_id', '=', checkoutId)
            .where('reference_order_id', '=', referenceOrderId)
            .where('payment_id', 'is', null)
            .execute();
        }
        if (result.orderStatus) {
          await trx
            .updateTable('checkout_orders')
            .set({ payment_status: result.orderStatus, updated_at: result.now })
            .where('checkout_id', '=', checkoutId)
            .where('payment_status', '=', 'PROCESSING')
            .execute();
        }
        return true;
      });
    },

    async releaseLease(checkoutId, now) {
      await db
        .updateTable('checkouts')
        .set({ lease_until: now, updated_at: now })
        .where('checkout_id', '=', checkoutId)
        .where('creation', '=', 'pending')
        .execute();
    },

    getCheckout: (checkoutId) => loadCheckout(db, { checkoutId }),
    getCheckoutByIdempotencyKey: (idempotencyKey) => loadCheckout(db, { idempotencyKey }),
    getCheckoutByBatchId: (batchPaymentRequestId) => loadCheckout(db, { batchPaymentRequestId }),

    async applyOrderResults(checkoutId, results, { now, source, failureCode }) {
      return db.transaction().execute(async (trx) => {
        let changed = 0;
        const contradictions: Contradiction[] = [];
        for (const r of results) {
          if (r.paymentId) {
            await trx
              .updateTable('checkout_orders')
              .set({ payment_id: r.paymentId })
              .where('checkout_id', '=', checkoutId)
              .where('reference_order_id', '=', r.referenceOrderId)
              .where('payment_id', 'is', null)
              .execute();
          }
          if (r.paymentStatus === 'PROCESSING') continue;
          const current = await trx
            .selectFrom('checkout_orders')
            .select('payment_status')
            .where('checkout_id', '=', checkoutId)
            .where('reference_order_id', '=', r.referenceOrderId)
            .executeTakeFirst();
          if (!current) continue;
          const stored = asOrderStatus(current.payment_status);
          if (stored === r.paymentStatus) continue;
          // Money that moved is never hidden: SUCCESS wins over any other final status, and nothing replaces it.
          const takes = stored === 'PROCESSING' || r.paymentStatus === 'SUCCESS';
          if (stored !== 'PROCESSING') {
            contradictions.push({
              referenceOrderId: r.referenceOrderId,
              stored,
              reported: r.paymentStatus,
              kept: takes ? r.paymentStatus : stored,
            });
          }
          if (!takes) continue;
          const updated = await trx
            .updateTable('checkout_orders')
            .set({ payment_status: r.paymentStatus, updated_at: now })
            .where('checkout_id', '=', checkoutId)
            .where('reference_order_id', '=', r.referenceOrderId)
            .where('payment_status', '=', stored)
            .executeTakeFirst();
          changed += Number(updated.numUpdatedRows);
          if (Number(updated.numUpdatedRows) > 0 && r.paymentStatus !== 'SUCCESS' && failureCode) {
            await trx
              .updateTable('checkouts')
              .set({ result_code: failureCode })
              .where('checkout_id', '=', checkoutId)
              .where('result_code', 'is', null)
              .execute();
          }
        }
        await trx
          .updateTable('checkouts')
          .set((eb) => ({
            updated_at: now,
            ...(source === 'notification' ? { last_notified_at: now } : {}),
            ...(contradictions.length > 0
              ? { fault_code: 'contradiction', fault_count: eb('fault_count', '+', contradictions.length) }
              : {}),
          }))
          .where('checkout_id', '=', checkoutId)
          .execute();
        return { changed, contradictions };
      });
    },

    async claimInquiry(checkoutId, notAfter, now) {
      const result = await db
        .updateTable('checkouts')
        .set((eb) => ({ last_inquiry_at: now, inquiry_count: eb('inquiry_count', '+', 1) }))
        .where('checkout_id', '=', checkoutId)
        .where((eb) => eb.or([eb('last_inquiry_at', 'is', null), eb('last_inquiry_at', '<=', notAfter)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async recordFault(checkoutId, fault, now) {
      await db
        .updateTable('checkouts')
        .set((eb) => ({ fault_code: fault, fault_count: eb('fault_count', '+', 1), updated_at: now }))
        .where('checkout_id', '=', checkoutId)
        .execute();
    },

    async getCheckoutIdByPaymentId(paymentId) {
      const row = await db
        .selectFrom('checkout_orders')
        .select('checkout_id')
        .where('payment_id', '=', paymentId)
        .executeTakeFirst();
      return row?.checkout_id ?? null;
    },

    async findPaymentIdHolders(paymentIds) {
      if (paymentIds.length === 0) return [];
      const rows = await db
        .selectFrom('checkout_orders')
        .select(['payment_id', 'checkout_id'])
        .where('payment_id', 'in', paymentIds)
        .execute();
      return rows.flatMap((r) =>
        r.payment_id === null ? [] : [{ paymentId: r.payment_id, checkoutId: r.checkout_id }],
      );
    },

    async listOpenCheckouts(limit) {
      const rows = await db
        .selectFrom('checkouts')
        .select('checkout_id')
        .where('creation', '<>', 'failed')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('checkout_orders')
              .select('checkout_orders.checkout_id')
              .whereRef('checkout_orders.checkout_id', '=', 'checkouts.checkout_id')
              .where('checkout_orders.payment_status', '=', 'PROCESSING'),
          ),
        )
        .orderBy('updated_at')
        .limit(limit)
        .execute();
      const found: CheckoutRecord[] = [];
      for (const row of rows) {
        const checkout = await loadCheckout(db, { checkoutId: row.checkout_id });
        if (checkout) found.push(checkout);
      }
      return found;
    },

    async renewLease(checkoutId, leaseUntil, now) {
      await db
        .updateTable('checkouts')
        .set({ lease_until: leaseUntil, updated_at: now })
        .where('checkout_id', '=', checkoutId)
        .where('creation', '=', 'pending')
        .execute();
    },

    close: onClose,
  };
}
