import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Loads an optional database driver (a peer dependency of @batchpay/server) on first use, so that a merchant on
 * PostgreSQL never needs the native `better-sqlite3`, and one on SQLite never needs `pg`. When it is missing, the
 * error names the package to install.
 */
export function loadDriver<T>(name: 'better-sqlite3' | 'pg', usedBy: string): T {
  try {
    return require(name) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') {
      throw new Error(
        `${usedBy} needs the "${name}" package, an optional peer dependency of @batchpay/server: install it with \`npm install ${name}\` (or pnpm add / yarn add).`,
      );
    }
    throw error;
  }
}
