#!/usr/bin/env node
// `npx batchpay-doctor [--env-file .env] [--no-probe]`: the go-live check of a merchant server. Reads the same
// environment as apps/server, prints each item as ok or as the fix, and exits 1 when anything is to fix.
import process from 'node:process';
import { formatDoctorReport, runDoctor } from './runDoctor.js';
import { storageDurability } from './storageDurability.js';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`batchpay-doctor [--env-file FILE] [--no-probe]

Checks a merchant server's configuration before going live with Antom: keys (parse, match, not swapped), client id
(live, not SANDBOX_), base URL (https, Antom's), notify and return URLs (public https), and by probing the running
server at PUBLIC_URL: the notify URL refuses unsigned messages, carts need a session (authorize), the API is rate
limited. Then the database's durability. Variables: ANTOM_CLIENT_ID, ANTOM_PRIVATE_KEY, ANTOM_PUBLIC_KEY,
ANTOM_MERCHANT_PUBLIC_KEY (optional), ANTOM_BASE_URL or ANTOM_REGION, PUBLIC_URL or NOTIFY_URL, RETURN_URL,
DATABASE_URL. Exit code 1 when an item is to fix.`);
  process.exit(0);
}
const envFile = args.includes('--env-file') ? args[args.indexOf('--env-file') + 1] : undefined;
if (envFile) {
  try {
    process.loadEnvFile(envFile);
  } catch (error) {
    console.error(`--env-file ${envFile}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
const findings = await runDoctor({
  env: process.env,
  fetch: args.includes('--no-probe') ? undefined : fetch,
  storageDurability: () => storageDurability(process.env.DATABASE_URL?.trim() || undefined),
});
const report = formatDoctorReport(findings);
console.log(report.text);
process.exit(report.ok ? 0 : 1);
