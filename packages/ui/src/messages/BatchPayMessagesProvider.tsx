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

/** Old language codes that browsers and apps still send, by the code of our catalogue. */
const languageAliases: Record<string, string> = { in: 'id', tl: 'fil' };

/** Language, script and region of a BCP 47 tag, lower-cased; the script of Chinese is inferred from the region. */
function tagParts(tag: string): { language: string; script: string; region: string } {
  const [first = '', ...rest] = tag.toLowerCase().replace(/_/g, '-').split('-');
  // Subtags after a singleton ("-u-", "-x-") are extensions ("th-u-nu-thai").
  const end = rest.findIndex((part) => part.length === 1);
  const subtags = end < 0 ? rest : rest.slice(0, end);
  const language = languageAliases[first] ?? first;
  const region = subtags.find((part) => /^([a-z]{2}|\d{3})$/.test(part)) ?? '';
  let script = subtags.find((part) => part.length === 4) ?? '';
  if (language === 'zh' && !script) script = ['tw', 'hk', 'mo'].includes(region) ? 'hant' : 'hans';
  return { language, script, region: language === 'zh' && region === 'mo' ? 'hk' : region };
}

/**
 * The catalogue that best matches `locale`: the same language (and, for Chinese, the same script: "zh-Hant" and
 * "zh-MO" read Traditional, "zh-SG" Simplified), the same region first ("zh-Hant-HK" → zh-HK, "ko-KR" → ko,
 * "tl-PH" → fil, "in-ID" → id); else English.
 */
export function pickCatalogue(catalogues: readonly Messages[], locale: string | undefined): Messages {
  if (!locale) return en;
  const wanted = tagParts(locale);
  let best: Messages = en;
  let bestScore = 0;
  for (const catalogue of catalogues) {
    const offered = tagParts(catalogue.locale);
    if (offered.language !== wanted.language || offered.script !== wanted.script) continue;
    const score = offered.region === wanted.region ? 2 : 1;
    if (score > bestScore) {
      best = catalogue;
      bestScore = score;
    }
  }
  return best;
}

/** The messages for a component: catalogue by locale, then provider overrides, then the component's own. */
export function useMessages(locale: string | undefined, own?: MessageOverrides | undefined): Messages {
  const context = useContext(MessagesContext);
  return useMemo(() => {
    const base = pickCatalogue(context?.catalogues ?? [], locale);
    return mergeMessages(base, context?.overrides, own);
  }, [context, locale, own]);
}
