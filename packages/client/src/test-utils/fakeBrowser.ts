import type { RedirectKind } from '@batchpay/core';
import type { BrowserEffects, PageChange } from '../browserEffects.js';
import type { CashierTarget } from '../cashierManualLinks.js';

/**
 * The browser seam of the checkout client, driven by the test: a clock that moves only when told, the page's
 * visibility and life cycle, the navigations asked for, a storage and the URL. Everything behind it (the machine,
 * the store, the HTTP requests to a real server) is the real code.
 */
export function fakeBrowser(start = 1_000_000) {
  let now = start;
  let hidden = false;
  let keys = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextTimer = 1;
  const pageListeners = new Set<(change: PageChange) => void>();
  const navigations: { url: string; kind: RedirectKind; target: CashierTarget }[] = [];
  const warnings: string[] = [];
  const stored = new Map<string, string>();
  let href: string | undefined = 'https://shop.example/checkout';

  const effects: BrowserEffects = {
    now: () => now,
    setTimer: (run, ms) => {
      const id = nextTimer++;
      timers.set(id, { at: now + ms, run });
      return () => timers.delete(id);
    },
    pageIsHidden: () => hidden,
    onPageChange: (listener) => {
      pageListeners.add(listener);
      return () => pageListeners.delete(listener);
    },
    navigate: (url, how) => navigations.push({ url, ...how }),
    storage: () => ({
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => void stored.set(key, value),
      removeItem: (key) => void stored.delete(key),
    }),
    href: () => href,
    createKey: () => `key-${++keys}`,
    warn: (message) => warnings.push(message),
  };

  const change = (what: PageChange) => {
    for (const listener of [...pageListeners]) listener(what);
  };

  return {
    effects,
    navigations,
    warnings,
    stored,
    /** Timers armed now. */
    pendingTimers: () => timers.size,
    /** Moves the clock by `ms`, running every timer that falls due, in order. */
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].run();
      }
      now = until;
    },
    /** Runs the timers due now (a delay of 0). */
    flush() {
      this.advance(0);
    },
    hide() {
      hidden = true;
      change('hidden');
    },
    /** Hidden with no event reaching the page (a frozen page): only `pageIsHidden()` tells. */
    hideSilently() {
      hidden = true;
    },
    show() {
      hidden = false;
      change('visible');
    },
    unload() {
      hidden = true;
      change('unloaded');
    },
    /** The page comes back from the back-forward cache (pageshow with persisted). */
    restore() {
      hidden = false;
      change('restored');
    },
    setHref(next: string | undefined) {
      href = next;
    },
    listeners: () => pageListeners.size,
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;
