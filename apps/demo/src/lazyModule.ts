import { use } from 'react';

/** A module's export loaded on first use: `load()` starts it (main.tsx awaits it before the first render). */
export interface LazyModule<T> {
  load: () => Promise<T>;
  /** The export once loaded. */
  loaded: () => T | undefined;
}

export function lazyModule<T>(importer: () => Promise<Record<string, unknown>>, exportName: string): LazyModule<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load() {
      pending ??= importer().then((module) => {
        if (module[exportName] === undefined) throw new Error(`the module of ${exportName} does not export it`);
        value = module[exportName] as T;
        return value;
      });
      return pending;
    },
    loaded: () => value,
  };
}

/** The export, suspending while it still loads (a page opened by a link). */
export function useLazyModule<T>(module: LazyModule<T>): T {
  return module.loaded() ?? use(module.load());
}
