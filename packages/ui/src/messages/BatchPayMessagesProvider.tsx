import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { en } from './en.js';
import type { MessageOverrides, Messages } from './Messages.js';
import { mergeMessages } from './mergeMessages.js';

export interface MessagesContextValue {
  catalogues: readonly Messages[];
  locale: string | undefined;
  overrides: MessageOverrides | undefined;
}

export const MessagesContext = createContext<MessagesContextValue | null>(null);

export interface BatchPayMessagesProviderProps {
  children?: ReactNode;
  /**
   * The catalogues you load (`import { ko } from '@batchpay/ui/locales/ko'`). The one matching the locale of
   * `BatchPayProvider` (or a component's `locale` prop) is used; English is the fallback and is always present.
   */
  catalogues?: readonly Messages[] | undefined;
  /** Your wording for any string, applied over every catalogue. */
  overrides?: MessageOverrides | undefined;
  /** The language to show; default: `BatchPayProvider`'s `locale`. */
  locale?: string | undefined;
}

/** Makes translated catalogues and your string overrides available to every @batchpay/ui component below it. */
export function BatchPayMessagesProvider(props: BatchPayMessagesProviderProps): ReactNode {
  const { children, catalogues, overrides, locale } = props;
  const value = useMemo<MessagesContextValue>(
    () => ({ catalogues: catalogues ?? [], overrides, locale }),
    [catalogues, overrides, locale],
  );
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/** The catalogue that best matches `locale` ("ko-KR" → "ko", "zh-Hans-CN" → "zh-CN" when loaded), else English. */
export function pickCatalogue(catalogues: readonly Messages[], locale: string | undefined): Messages {
  if (!locale) return en;
  const wanted = locale.toLowerCase();
  const exact = catalogues.find((c) => c.locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  const sameLanguage = catalogues.find((c) => c.locale.toLowerCase().split('-')[0] === language);
  return sameLanguage ?? en;
}

/** The messages for a component: catalogue by locale, then provider overrides, then the component's own. */
export function useMessages(locale: string | undefined, own?: MessageOverrides | undefined): Messages {
  const context = useContext(MessagesContext);
  return useMemo(() => {
    const base = pickCatalogue(context?.catalogues ?? [], locale);
    return mergeMessages(base, context?.overrides, own);
  }, [context, locale, own]);
}
