import type { BatchPayEvent } from '@batchpay/react';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** The hooks' events of this page, newest last, for the developer panel. */
export interface EventLogValue {
  events: ReadonlyArray<{ id: number; at: number; event: BatchPayEvent }>;
  record: (event: BatchPayEvent) => void;
  clear: () => void;
}

const MAX_EVENTS = 30;
const EventLogContext = createContext<EventLogValue | null>(null);

export function EventLogProvider({ children }: { children: (record: (event: BatchPayEvent) => void) => ReactNode }) {
  const [events, setEvents] = useState<EventLogValue['events']>([]);
  const record = useCallback((event: BatchPayEvent) => {
    setEvents((list) => {
      const last = list.at(-1);
      return [...list, { id: (last?.id ?? 0) + 1, at: Date.now(), event }].slice(-MAX_EVENTS);
    });
  }, []);
  const clear = useCallback(() => setEvents([]), []);
  const value = useMemo(() => ({ events, record, clear }), [events, record, clear]);
  return <EventLogContext.Provider value={value}>{children(record)}</EventLogContext.Provider>;
}

export function useEventLog(): EventLogValue {
  const value = useContext(EventLogContext);
  if (!value) throw new Error('useEventLog must be used inside <EventLogProvider>');
  return value;
}
