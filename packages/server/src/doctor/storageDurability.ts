import { sqlitePragmas } from '../storage/sqlitePragmas.js';
import type { DoctorFinding } from './runDoctor.js';

/**
 * Whether the configured database keeps an acknowledged payment through a power cut. PostgreSQL: `fsync`,
 * `synchronous_commit` and `full_page_writes` of the server at DATABASE_URL. SQLite: the pragmas the kit sets on
 * every connection (`synchronous = FULL` in WAL mode).
 */
export async function storageDurability(databaseUrl: string | undefined): Promise<DoctorFinding> {
  if (!databaseUrl) {
    const durable = sqlitePragmas.includes('synchronous = FULL') && sqlitePragmas.includes('journal_mode = WAL');
    return {
      item: 'storage (SQLite)',
      ok: durable,
      detail: durable
        ? `the kit sets ${sqlitePragmas.join(', ')}`
        : `the kit sets ${sqlitePragmas.join(', ')}: an OS crash can roll back an acknowledged payment`,
    };
  }
  let pg: typeof import('pg');
  try {
    pg = (await import('pg')).default as unknown as typeof import('pg');
  } catch {
    return { item: 'storage (PostgreSQL)', ok: false, detail: 'the driver is missing: npm install pg' };
  }
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const settings: Record<string, string> = {};
    for (const name of ['fsync', 'synchronous_commit', 'full_page_writes']) {
      const result = await client.query<Record<string, string>>(`SHOW ${name}`);
      settings[name] = String(result.rows[0]?.[name] ?? '');
    }
    const bad = Object.entries(settings).filter(([name, v]) =>
      name === 'synchronous_commit' ? v === 'off' || v === 'local' : v !== 'on',
    );
    const shown = Object.entries(settings)
      .map(([name, v]) => `${name}=${v}`)
      .join(', ');
    return bad.length === 0
      ? { item: 'storage (PostgreSQL)', ok: true, detail: shown }
      : {
          item: 'storage (PostgreSQL)',
          ok: false,
          detail: `${shown}: set ${bad.map(([name]) => `${name} = on`).join(', ')} (an acknowledged payment must survive a crash)`,
        };
  } catch (error) {
    return {
      item: 'storage (PostgreSQL)',
      ok: false,
      detail: `could not read the settings at DATABASE_URL (${error instanceof Error ? error.message : String(error)})`,
    };
  } finally {
    await client.end().catch(() => {});
  }
}
