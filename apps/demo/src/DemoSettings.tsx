import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** What the developer panel controls; kept in localStorage so it survives the trip to the cashier and back. */
export interface DemoSettingsValue {
  /** ISO 3166 region of the buyer, or `auto` for the browser language's region. */
  region: string;
  /** An id of `terminalChoices`. */
  terminal: string;
  setRegion: (region: string) => void;
  setTerminal: (terminal: string) => void;
}

const STORAGE_KEY = 'batchpay-demo:settings';
const defaults = { region: 'auto', terminal: 'auto' };

function readStored(): { region: string; terminal: string } {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value === 'object' && value !== null) {
      const v = value as Record<string, unknown>;
      return {
        region: typeof v.region === 'string' ? v.region : defaults.region,
        terminal: typeof v.terminal === 'string' ? v.terminal : defaults.terminal,
      };
    }
  } catch {
    // storage disabled or unreadable: the defaults
  }
  return defaults;
}

function store(value: { region: string; terminal: string }): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    // storage disabled: the settings last for this page only
  }
}

const DemoSettingsContext = createContext<DemoSettingsValue | null>(null);

export function DemoSettingsProvider({ children }: { children: ReactNode }): ReactNode {
  const [settings, setSettings] = useState(readStored);
  const setRegion = useCallback((region: string) => {
    setSettings((s) => {
      const next = { ...s, region };
      store(next);
      return next;
    });
  }, []);
  const setTerminal = useCallback((terminal: string) => {
    setSettings((s) => {
      const next = { ...s, terminal };
      store(next);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ ...settings, setRegion, setTerminal }), [settings, setRegion, setTerminal]);
  return <DemoSettingsContext.Provider value={value}>{children}</DemoSettingsContext.Provider>;
}

export function useDemoSettings(): DemoSettingsValue {
  const value = useContext(DemoSettingsContext);
  if (!value) throw new Error('useDemoSettings must be used inside <DemoSettingsProvider>');
  return value;
}
