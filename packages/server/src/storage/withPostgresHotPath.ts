import { type Kysely, sql } from 'kysely';
import type { BatchPayStorage, CreationResult, NewCheckout } from './BatchPayStorage.js';
import type { BatchPayDatabase } from './databaseSchema.js';
import { newCheckoutRecord } from './newCheckoutRecord.js';

/**
 * The checkout's two writes on PostgreSQL as one statement each (data-modifying `WITH`s, each committed on its own:
 * atomic, durable when it returns): the insert of the checkout and its orders (one round trip instead of four), and
 * the stored answer with its paymentIds and final status (one instead of three to six). Everything else stays on
 * Kysely's query builder.
 */
export function withPostgresHotPath(storage: BatchPayStorage, db: Kysely<BatchPayDatabase>): BatchPayStorage {
  return {
    ...storage,
    async createCheckout(input: NewCheckout) {
      const created = newCheckoutRecord(input);
      const orders =
        created.orders.length === 0
          ? sql``
          : sql`, orders as (
              insert into checkout_orders (checkout_id, position, reference_order_id, reference_merchant_id,
                order_amount, currency, payment_id, payment_status, updated_at)
              select inserted.checkout_id, v.position, v.reference_order_id, v.reference_merchant_id, v.order_amount,
                v.currency, null, 'PROCESSING', v.updated_at
              from inserted cross join (values ${sql.join(
                created.orders.map(
                  (o) =>
                    sql`(${o.position}::integer, ${o.referenceOrderId}::text, ${o.referenceMerchantId}::text, ${o.orderAmount}::text, ${o.currency}::text, ${o.updatedAt}::text)`,
                ),
              )}) as v(position, reference_order_id, reference_merchant_id, order_amount, currency, updated_at)
              returning 1)`;
      const result = await sql<{ created: number }>`
        with inserted as (
          insert into checkouts (checkout_id, idempotency_key, cart_id, payment_method_type, batch_payment_request_id,
            request_body, currency, payment_amount, creation, outcome_json, lease_until, expires_at, created_at,
            updated_at, last_notified_at, last_inquiry_at, result_code, fault_code, antom_calls)
          values (${input.checkoutId}, ${input.idempotencyKey}, ${input.cartId}, ${input.paymentMethodType},
            ${input.batchPaymentRequestId}, ${input.requestBody}, ${input.currency}, ${input.paymentAmount}, 'pending',
            null, ${input.leaseUntil}, ${input.expiresAt}, ${input.now}, ${input.now}, null, null, null, null,
            ${input.antomCalls ?? 0})
          on conflict (idempotency_key) do nothing
          returning checkout_id
        )${orders}
        select count(*)::integer as created from inserted`.execute(db);
      // The record is exactly what was written: no read back.
      if (result.rows[0]?.created === 1) return { created: true, checkout: created };
      // Another request holds this Idempotency-Key (committed: the insert waited for it).
      const existing = await storage.getCheckoutByIdempotencyKey(input.idempotencyKey);
      if (!existing) throw new Error(`Checkout for Idempotency-Key ${input.idempotencyKey} vanished during insert.`);
      return { created: false, checkout: existing };
    },

    async finishCreation(checkoutId: string, result: CreationResult) {
      const status = result.orderStatus ?? null;
      const ids = result.paymentIds;
      // The paymentId of each order named in the answer (the first, if named twice), else the order's own.
      const listed =
        ids.length === 0
          ? undefined
          : sql`(values ${sql.join(
              ids.map((p, i) => sql`(${i}::integer, ${p.referenceOrderId}::text, ${p.paymentId}::text)`),
            )}) as v(i, reference_order_id, payment_id)`;
      const paymentId = listed
        ? sql`coalesce(co.payment_id, (select v.payment_id from ${listed} where v.reference_order_id = co.reference_order_id order by v.i limit 1))`
        : sql`co.payment_id`;
      const getsPaymentId = listed
        ? sql`(co.payment_id is null and co.reference_order_id in (select v.reference_order_id from ${listed}))`
        : sql`false`;
      const answer = await sql<{ updated: number }>`
        with updated as (
          update checkouts set creation = ${result.creation}, outcome_json = ${result.outcomeJson},
            lease_until = ${result.now}, updated_at = ${result.now}
          where checkout_id = ${checkoutId} and creation = 'pending'
          returning checkout_id
        ), orders as (
          update checkout_orders co set
            payment_id = ${paymentId},
            payment_status = case when ${status}::text is not null and co.payment_status = 'PROCESSING'
              then ${status}::text else co.payment_status end,
            updated_at = ${result.now}
          where co.checkout_id in (select checkout_id from updated)
            and (${getsPaymentId} or (${status}::text is not null and co.payment_status = 'PROCESSING'))
          returning 1
        )
        select count(*)::integer as updated from updated`.execute(db);
      return answer.rows[0]?.updated === 1;
    },
  };
}
