import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { BatchPayStorage, Cart, CheckoutRecord, CreationResult, NewCheckout } from './BatchPayStorage.js';
import { toCart, toCheckoutRecord, toOrderRecord } from './createKyselyStorage.js';
import type { CartOrdersTable, CartsTable, CheckoutOrdersTable, CheckoutsTable } from './databaseSchema.js';
import { newCheckoutRecord } from './newCheckoutRecord.js';

interface Pending {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The checkout's hot path on SQLite, straight on better-sqlite3 prepared statements (prepared once), behind the same
 * storage interface; everything else stays on Kysely.
 *
 * Writes of `createCheckout` and `finishCreation` are group-committed: those that arrive while the event loop is busy
 * run together in one `BEGIN IMMEDIATE` transaction, each in its own savepoint (one that throws rolls back alone), and
 * every promise settles only after the COMMIT returned (with `synchronous = FULL`, after the WAL is synced). Durability
 * is unchanged; concurrent checkouts share the fsync.
 */
export function withSqliteHotPath(storage: BatchPayStorage, database: BetterSqlite3.Database): BatchPayStorage {
  let prepared: ReturnType<typeof prepare> | undefined;
  // Prepared on first use: the tables exist only after migrate().
  const sql = () => {
    prepared ??= prepare(database);
    return prepared;
  };

  // Transaction functions made once (better-sqlite3 builds four wrappers for every `transaction(fn)` call): `inOwn`
  // runs one write in its own transaction, or in a savepoint inside `group`'s, so that if it throws only its writes
  // roll back.
  const inOwn = database.transaction((run: () => unknown) => run());
  type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
  const group = database.transaction((batch: Pending[]): Outcome[] =>
    batch.map((op) => {
      try {
        return { ok: true, value: inOwn(op.run) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );

  const queue: Pending[] = [];
  let scheduled = false;
  function flush(): void {
    // Never inside a transaction Kysely holds open on this connection: its commit would carry ours.
    if (database.inTransaction) {
      setImmediate(flush);
      return;
    }
    scheduled = false;
    const batch = queue.splice(0);
    const [only] = batch;
    if (batch.length === 1 && only) {
      // Alone: no savepoint needed; if it throws, its whole transaction rolls back.
      let value: unknown;
      try {
        value = inOwn.immediate(only.run);
      } catch (error) {
        only.reject(error);
        return;
      }
      only.resolve(value);
      return;
    }
    let results: Outcome[];
    try {
      results = group.immediate(batch);
    } catch (error) {
      for (const op of batch) op.reject(error);
      return;
    }
    batch.forEach((op, i) => {
      const result = results[i];
      if (result?.ok) op.resolve(result.value);
      else op.reject(result?.error);
    });
  }
  function write<T>(run: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  }

  function load(row: Selectable<CheckoutsTable> | undefined): CheckoutRecord | null {
    if (!row) return null;
    const orders = sql().ordersOf.all(row.checkout_id) as Selectable<CheckoutOrdersTable>[];
    return toCheckoutRecord(row, orders.map(toOrderRecord));
  }
  /**
   * Reads at once, on the connection Kysely shares: unless Kysely holds a transaction open on it between two awaits
   * (then its uncommitted rows would show), where the Kysely read waits for the connection as before.
   */
  const read = <T>(run: () => T, viaKysely: () => Promise<T>): Promise<T> => {
    if (database.inTransaction) return viaKysely();
    try {
      return Promise.resolve(run());
    } catch (error) {
      return Promise.reject(error);
    }
  };

  return {
    ...storage,

    getCart: (cartId: string) =>
      read(
        (): Cart | null => {
          const cart = sql().cart.get(cartId) as Selectable<CartsTable> | undefined;
          if (!cart) return null;
          const orders = sql().cartOrders.all(cartId) as Selectable<CartOrdersTable>[];
          return toCart(cart, orders);
        },
        () => storage.getCart(cartId),
      ),

    getCheckout: (checkoutId) =>
      read(
        () => load(sql().byId.get(checkoutId) as Selectable<CheckoutsTable>),
        () => storage.getCheckout(checkoutId),
      ),
    getCheckoutByIdempotencyKey: (key) =>
      read(
        () => load(sql().byKey.get(key) as Selectable<CheckoutsTable>),
        () => storage.getCheckoutByIdempotencyKey(key),
      ),

    findPaymentIdHolders: (paymentIds) =>
      read(
        () => {
          if (paymentIds.length === 0) return [];
          const rows = sql()
            .holders(paymentIds.length)
            .all(...paymentIds) as Array<{
            payment_id: string;
            checkout_id: string;
          }>;
          return rows.map((r) => ({ paymentId: r.payment_id, checkoutId: r.checkout_id }));
        },
        () => storage.findPaymentIdHolders(paymentIds),
      ),

    async close() {
      if (queue.length > 0) flush();
      await storage.close();
    },

    createCheckout: (input: NewCheckout) =>
      write(() => {
        const s = sql();
        const inserted = s.insertCheckout.run({
          checkout_id: input.checkoutId,
          idempotency_key: input.idempotencyKey,
          cart_id: input.cartId,
          payment_method_type: input.paymentMethodType,
          batch_payment_request_id: input.batchPaymentRequestId,
          request_body: input.requestBody,
          currency: input.currency,
          payment_amount: input.paymentAmount,
          lease_until: input.leaseUntil,
          expires_at: input.expiresAt,
          now: input.now,
          antom_calls: input.antomCalls ?? 0,
        });
        if (inserted.changes === 0) {
          const existing = load(s.byKey.get(input.idempotencyKey) as Selectable<CheckoutsTable>);
          if (!existing)
            throw new Error(`Checkout for Idempotency-Key ${input.idempotencyKey} vanished during insert.`);
          return { created: false, checkout: existing };
        }
        const created = newCheckoutRecord(input);
        if (created.orders.length > 0) {
          s.insertOrders(created.orders.length).run(
            ...created.orders.flatMap((order) => [
              input.checkoutId,
              order.position,
              order.referenceOrderId,
              order.referenceMerchantId,
              order.orderAmount,
              order.currency,
              order.updatedAt,
            ]),
          );
        }
        return { created: true, checkout: created };
      }),

    finishCreation: (checkoutId: string, result: CreationResult) =>
      write(() => {
        const s = sql();
        const updated = s.finish.run(result.creation, result.outcomeJson, result.now, result.now, checkoutId);
        if (updated.changes !== 1) return false;
        for (const { referenceOrderId, paymentId } of result.paymentIds)
          s.setPaymentId.run(paymentId, result.now, checkoutId, referenceOrderId);
        if (result.orderStatus) s.finalStatus.run(result.orderStatus, result.now, checkoutId);
        return true;
      }),
  };
}

function prepare(database: BetterSqlite3.Database) {
  return {
    cart: database.prepare('select * from carts where cart_id = ?'),
    cartOrders: database.prepare('select * from cart_orders where cart_id = ? order by position'),
    byId: database.prepare('select * from checkouts where checkout_id = ?'),
    byKey: database.prepare('select * from checkouts where idempotency_key = ?'),
    ordersOf: database.prepare('select * from checkout_orders where checkout_id = ? order by position'),
    holders: bySize(
      database,
      (size) =>
        `select payment_id, checkout_id from checkout_orders where payment_id in (${Array.from({ length: size }, () => '?').join(', ')})`,
    ),
    insertCheckout: database.prepare(
      `insert into checkouts (checkout_id, idempotency_key, cart_id, payment_method_type, batch_payment_request_id,
         request_body, currency, payment_amount, creation, outcome_json, lease_until, expires_at, created_at,
         updated_at, last_notified_at, last_inquiry_at, result_code, fault_code, antom_calls)
       values (@checkout_id, @idempotency_key, @cart_id, @payment_method_type, @batch_payment_request_id,
         @request_body, @currency, @payment_amount, 'pending', null, @lease_until, @expires_at, @now, @now, null, null,
         null, null, @antom_calls)
       on conflict (idempotency_key) do nothing`,
    ),
    insertOrders: bySize(
      database,
      (size) =>
        `insert into checkout_orders (checkout_id, position, reference_order_id, reference_merchant_id, order_amount,
           currency, payment_id, payment_status, updated_at)
         values ${Array.from({ length: size }, () => "(?, ?, ?, ?, ?, ?, null, 'PROCESSING', ?)").join(', ')}`,
    ),
    finish: database.prepare(
      `update checkouts set creation = ?, outcome_json = ?, lease_until = ?, updated_at = ?
       where checkout_id = ? and creation = 'pending'`,
    ),
    setPaymentId: database.prepare(
      `update checkout_orders set payment_id = ?, updated_at = ?
       where checkout_id = ? and reference_order_id = ? and payment_id is null`,
    ),
    finalStatus: database.prepare(
      `update checkout_orders set payment_status = ?, updated_at = ?
       where checkout_id = ? and payment_status = 'PROCESSING'`,
    ),
  };
}

/** One prepared statement per list length (a batch has at most 10 orders), prepared on first use. */
function bySize(database: BetterSqlite3.Database, text: (size: number) => string) {
  const statements = new Map<number, BetterSqlite3.Statement>();
  return (size: number) => {
    let statement = statements.get(size);
    if (!statement) {
      statement = database.prepare(text(size));
      statements.set(size, statement);
    }
    return statement;
  };
}
