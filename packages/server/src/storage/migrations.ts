import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

/** Schema migrations, in order. Never edit a shipped one: add the next. */
export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('carts')
        .addColumn('cart_id', 'text', (c) => c.primaryKey())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('cart_orders')
        .addColumn('cart_id', 'text', (c) => c.notNull().references('carts.cart_id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('reference_order_id', 'text', (c) => c.notNull())
        .addColumn('order_description', 'text', (c) => c.notNull())
        .addColumn('merchant_json', 'text', (c) => c.notNull())
        .addColumn('goods_json', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('cart_orders_pk', ['cart_id', 'position'])
        .execute();
      await db.schema
        .createTable('checkouts')
        .addColumn('checkout_id', 'text', (c) => c.primaryKey())
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('cart_id', 'text', (c) => c.notNull())
        .addColumn('payment_method_type', 'text', (c) => c.notNull())
        .addColumn('batch_payment_request_id', 'text', (c) => c.notNull().unique())
        .addColumn('request_body', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('payment_amount', 'text', (c) => c.notNull())
        .addColumn('creation', 'text', (c) => c.notNull())
        .addColumn('outcome_json', 'text')
        .addColumn('lease_until', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('last_notified_at', 'text')
        .addColumn('last_inquiry_at', 'text')
        .addColumn('result_code', 'text')
        .addColumn('antom_calls', 'integer', (c) => c.notNull().defaultTo(sql`0`))
        .execute();
      await db.schema
        .createTable('checkout_orders')
        .addColumn('checkout_id', 'text', (c) => c.notNull().references('checkouts.checkout_id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('reference_order_id', 'text', (c) => c.notNull())
        .addColumn('reference_merchant_id', 'text', (c) => c.notNull())
        .addColumn('order_amount', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('payment_id', 'text')
        .addColumn('payment_status', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('checkout_orders_pk', ['checkout_id', 'position'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('checkout_orders').execute();
      await db.schema.dropTable('checkouts').execute();
      await db.schema.dropTable('cart_orders').execute();
      await db.schema.dropTable('carts').execute();
    },
  },
  '0002_gateway_truth': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('checkouts')
        .addColumn('inquiry_count', 'integer', (c) => c.notNull().defaultTo(sql`0`))
        .execute();
      await db.schema.alterTable('checkouts').addColumn('fault_code', 'text').execute();
      await db.schema
        .alterTable('checkouts')
        .addColumn('fault_count', 'integer', (c) => c.notNull().defaultTo(sql`0`))
        .execute();
      await db.schema.createIndex('checkout_orders_payment_id').on('checkout_orders').column('payment_id').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('checkout_orders_payment_id').execute();
      await db.schema.alterTable('checkouts').dropColumn('fault_count').execute();
      await db.schema.alterTable('checkouts').dropColumn('fault_code').execute();
      await db.schema.alterTable('checkouts').dropColumn('inquiry_count').execute();
    },
  },
};

/** Hands Kysely's Migrator the migrations above (no files read at run time, so it bundles). */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
