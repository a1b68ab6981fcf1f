import { loadConfig } from './loadConfig';
import { startDemoServer } from './startDemoServer';

try {
  const server = await startDemoServer(loadConfig(process.env));
  const stop = async (signal: string) => {
    console.log(`${signal}: stopping the demo server`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  console.error(`The demo server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
