#!/usr/bin/env node
import { parseCliArgs, startSandboxCli } from './startSandboxCli.js';

async function main(): Promise<void> {
  let options: ReturnType<typeof parseCliArgs>;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  const server = await startSandboxCli(options);
  console.log(`batchpay-sandbox listening on ${server.url}`);
  console.log(`merchant credentials: ${server.merchantFile}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`batchpay-sandbox: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
