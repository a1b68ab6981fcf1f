import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Loads an optional database driver (a peer dependency of @batchpay/server) on first use, so that a merchant on
 * PostgreSQL never needs the native `better-sqlite3`, and one on SQLite never needs `pg`. When it is missing, the
 * error names the package to install.
 */
export function loadDriver<T>(name: 'better-sqlite3' | 'pg', usedBy: string): T {
  // Beside this package first; then from the app itself, for a bundler (Next.js) that moved this file into its
  // own build folder, from where the app's node_modules are not found.
  const places = [import.meta.url, join(process.cwd(), 'package.json')];
  for (const place of places) {
    try {
      return createRequire(place)(name) as T;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Not found there (or a place a bundler made unusable): try the next; a driver that fails to load says why.
      const notHere = ['MODULE_NOT_FOUND', 'ERR_MODULE_NOT_FOUND', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_URL'];
      if (!code || !notHere.includes(code)) throw error;
    }
  }
  throw new Error(
    `${usedBy} needs the "${name}" package, an optional peer dependency of @batchpay/server: install it with \`npm install ${name}\` (or pnpm add / yarn add).`,
  );
}
