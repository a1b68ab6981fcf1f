import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';

/** What the developer panel controls; kept in localStorage so it survives the trip to the cashier and back. */
export interface DemoSettingsValue {
  /** ISO 3166 region of the buyer, or `auto` for the browser language's region. */
  region: string;
  /** An id of `terminalChoices`. */
  terminal: string;
  setRegion: (region: string) => void;
  setTerminal: (terminal: string) => void;
}

type StoredSettings = { region: string; terminal: string };

const STORAGE_KEY = 'batchpay-demo:settings';
const defaults: StoredSettings = { region: 'auto', terminal: 'auto' };
const listeners = new Set<() => void>();
/** What this page set while storage is disabled. */
let unstored: StoredSettings | null = null;
/** The last stored text and its settings: the same object while the text is the same. */
let last: { raw: string | null; value: StoredSettings } = { raw: null, value: defaults };

function parse(raw: string | null): StoredSettings {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value === 'object' && value !== null) {
      const v = value as Record<string, unknown>;
      return {
        region: typeof v.region === 'string' ? v.region : defaults.region,
        terminal: typeof v.terminal === 'string' ? v.terminal : defaults.terminal,
      };
    }
  } catch {
    // unreadable: the defaults
  }
  return defaults;
}

function readStored(): StoredSettings {
  if (unstored) return unstored;
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return defaults; // storage disabled
  }
  if (raw !== last.raw) last = { raw, value: parse(raw) };
  return last.value;
}

function store(change: Partial<StoredSettings>): void {
  const next = { ...readStored(), ...change };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    unstored = next; // storage disabled: the settings last for this page only
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const DemoSettingsContext = createContext<DemoSettingsValue | null>(null);

/** The settings of localStorage; the defaults on the server and while hydrating (the prerendered HTML has them). */
export function DemoSettingsProvider({ children }: { children: ReactNode }): ReactNode {
  const settings = useSyncExternalStore(subscribe, readStored, () => defaults);
  const value = useMemo(
    () => ({
      ...settings,
      setRegion: (region: string) => store({ region }),
      setTerminal: (terminal: string) => store({ terminal }),
    }),
    [settings],
  );
  return <DemoSettingsContext.Provider value={value}>{children}</DemoSettingsContext.Provider>;
}

export function useDemoSettings(): DemoSettingsValue {
  const value = useContext(DemoSettingsContext);
  if (!value) throw new Error('useDemoSettings must be used inside <DemoSettingsProvider>');
  return value;
}
