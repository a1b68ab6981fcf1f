import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * A better-sqlite3 database whose `prepare` keeps its statements, for Kysely's SqliteDialect (which prepares again on
 * every query otherwise). Keyed by the SQL text; the oldest statement is dropped past `limit` (multi-row inserts
 * compile to one text per row count). Safe because better-sqlite3 runs a statement to the end synchronously and
 * Kysely holds its one connection behind a mutex.
 */
export function cacheStatements(database: SqliteDatabase, limit = 200): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (statements.size >= limit) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
