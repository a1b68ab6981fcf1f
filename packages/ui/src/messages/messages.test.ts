import { kitFailureCodes, type NextStep, resultCodeList } from '@batchpay/core';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { fil } from '../locales/fil.js';
import { id } from '../locales/id.js';
import { ja } from '../locales/ja.js';
import { ko } from '../locales/ko.js';
import { ms } from '../locales/ms.js';
import { th } from '../locales/th.js';
import { vi } from '../locales/vi.js';
import { zhCN } from '../locales/zh-CN.js';
import { zhHK } from '../locales/zh-HK.js';
import { zhTW } from '../locales/zh-TW.js';
import { resultMessage } from '../resultMessage.js';
import { pickCatalogue } from './BatchPayMessagesProvider.js';
import { en } from './en.js';
import { formatMessage } from './formatMessage.js';
import type { MessageCode, Messages } from './Messages.js';
import { mergeMessages } from './mergeMessages.js';

/** Every translated catalogue of the package, by the tag of its subpath export `@batchpay/ui/locales/<tag>`. */
const translatedByTag: Record<string, Messages> = {
  'zh-CN': zhCN,
  ko,
  ja,
  'zh-HK': zhHK,
  'zh-TW': zhTW,
  th,
  id,
  ms,
  vi,
  fil,
};
const translated = Object.values(translatedByTag);
const catalogues: Messages[] = [en, ...translated];
const allCodes = [...resultCodeList.map((info) => info.code), ...Object.values(kitFailureCodes)] as MessageCode[];
const nextSteps: NextStep[] = ['done', 'open-cashier', 'choose-another-method', 'try-again', 'contact-merchant'];

function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('message catalogue', () => {
  it('covers every result code of core in every language, in plain buyer words', () => {
    expect(allCodes.length).toBeGreaterThanOrEqual(45);
    for (const catalogue of catalogues) {
      for (const code of allCodes) {
        const text = catalogue.resultCodes[code];
        expect(text, `${catalogue.locale} has no message for ${code}`).toBeTruthy();
        expect(text, `${catalogue.locale} ${code}`).not.toMatch(/antom|technical support|paymentRequestId|\bAPI\b/i);
      }
      for (const step of nextSteps) expect(catalogue.result.nextStep[step], `${catalogue.locale} ${step}`).toBeTruthy();
    }
  });

  it('gives every code a next step the buyer can act on, as core decides it', () => {
    for (const info of resultCodeList) {
      expect(nextSteps).toContain(info.nextStep);
      expect(en.result.nextStep[info.nextStep]).not.toMatch(/antom/i);
    }
  });

  it('tests every catalogue the package exports, each tagged with its subpath', () => {
    const locales = (exports: object) =>
      Object.keys(exports)
        .filter((key) => key.startsWith('./locales/'))
        .map((key) => key.slice('./locales/'.length))
        .sort();
    expect(Object.keys(translatedByTag).sort()).toEqual(locales(packageJson.exports));
    expect(locales(packageJson.publishConfig.exports)).toEqual(locales(packageJson.exports));
    for (const [tag, catalogue] of Object.entries(translatedByTag)) expect(catalogue.locale).toBe(tag);
  });

  it.each(translated.map((catalogue) => [catalogue.locale, catalogue] as const))(
    '%s has every key of English, no other, and the same placeholders',
    (_tag, catalogue) => {
      const enPaths = leafPaths(en).sort();
      expect(leafPaths(catalogue).sort(), catalogue.locale).toEqual(enPaths);
      for (const path of enPaths) {
        if (path === 'locale') continue;
        const get = (m: Messages) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m);
        const text = get(catalogue);
        expect(typeof text === 'string' && text.trim() !== '', `${catalogue.locale} ${path} is empty`).toBe(true);
        expect(placeholders(String(text)), `${catalogue.locale} ${path}`).toEqual(placeholders(String(get(en))));
      }
    },
  );

  it('finds a missing key, an extra key and a renamed placeholder', () => {
    const enPaths = leafPaths(en).sort();
    const { total: _dropped, ...summaryWithoutTotal } = th.summary;
    expect(leafPaths({ ...th, summary: summaryWithoutTotal }).sort()).not.toEqual(enPaths);
    expect(leafPaths({ ...th, summary: { ...th.summary, extra: 'x' } }).sort()).not.toEqual(enPaths);
    expect(placeholders('ชำระเงิน {total}')).not.toEqual(placeholders(en.payButton.pay));
  });

  it('differs from English in the translated catalogues', () => {
    for (const catalogue of translated) {
      expect(catalogue.resultCodes.USER_BALANCE_NOT_ENOUGH).not.toBe(en.resultCodes.USER_BALANCE_NOT_ENOUGH);
      expect(catalogue.payButton.pay).not.toBe(en.payButton.pay);
    }
  });

  it('answers an unknown code and a message key', () => {
    expect(resultMessage(en, 'SOMETHING_NEW')).toBe(en.resultCodes.UNKNOWN);
    expect(resultMessage(ko, 'result.USER_BALANCE_NOT_ENOUGH')).toBe(ko.resultCodes.USER_BALANCE_NOT_ENOUGH);
    expect(resultMessage(en, 'toString')).toBe(en.resultCodes.UNKNOWN);
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(formatMessage('Pay {amount}', { amount: '$1.00' })).toBe('Pay $1.00');
    expect(formatMessage('Opening {method}…')).toBe('Opening {method}…');
  });

  it('lets a merchant override any string without losing the others', () => {
    const merged = mergeMessages(en, {
      payButton: { pay: 'Place order · {amount}' },
      resultCodes: { RISK_REJECT: 'x' },
    });
    expect(merged.payButton.pay).toBe('Place order · {amount}');
    expect(merged.payButton.submitting).toBe(en.payButton.submitting);
    expect(merged.resultCodes.RISK_REJECT).toBe('x');
    expect(merged.resultCodes.SUCCESS).toBe(en.resultCodes.SUCCESS);
    expect(en.payButton.pay).toBe('Pay {amount}');
  });

  it('picks the catalogue for a locale, falling back to English', () => {
    expect(pickCatalogue([zhCN, ko, ja], 'ko-KR')).toBe(ko);
    expect(pickCatalogue([zhCN, ko, ja], 'zh-CN')).toBe(zhCN);
    expect(pickCatalogue([zhCN, ko, ja], 'ja')).toBe(ja);
    expect(pickCatalogue([zhCN], 'fr-FR')).toBe(en);
    expect(pickCatalogue(translated, 'th-TH')).toBe(th);
    expect(pickCatalogue(translated, 'zh-HK')).toBe(zhHK);
    expect(pickCatalogue(translated, 'zh-TW')).toBe(zhTW);
    expect(pickCatalogue(translated, 'id-ID')).toBe(id);
    expect(pickCatalogue(translated, 'ms-MY')).toBe(ms);
    expect(pickCatalogue(translated, 'vi-VN')).toBe(vi);
    expect(pickCatalogue(translated, 'fil-PH')).toBe(fil);
    expect(pickCatalogue([], 'ko-KR')).toBe(en);
    expect(pickCatalogue([ko], undefined)).toBe(en);
  });

  it('reads Chinese by script, and the old codes of Indonesian and Filipino', () => {
    // Simplified first in the list: a Traditional reader must still get Traditional.
    const chinese = [zhCN, zhTW, zhHK];
    expect(pickCatalogue(chinese, 'zh-Hant-HK')).toBe(zhHK);
    expect(pickCatalogue(chinese, 'zh-Hant-TW')).toBe(zhTW);
    expect(pickCatalogue(chinese, 'zh-Hant')).toBe(zhTW);
    expect(pickCatalogue(chinese, 'zh-MO')).toBe(zhHK);
    expect(pickCatalogue([zhCN, zhTW], 'zh-HK')).toBe(zhTW);
    expect(pickCatalogue(chinese, 'zh-Hans-CN')).toBe(zhCN);
    expect(pickCatalogue(chinese, 'zh-Hans-HK')).toBe(zhCN);
    expect(pickCatalogue(chinese, 'zh-SG')).toBe(zhCN);
    expect(pickCatalogue(chinese, 'zh')).toBe(zhCN);
    expect(pickCatalogue(chinese, 'zh_TW')).toBe(zhTW);
    expect(pickCatalogue([zhCN], 'zh-TW')).toBe(en);
    expect(pickCatalogue(translated, 'tl-PH')).toBe(fil);
    expect(pickCatalogue(translated, 'in-ID')).toBe(id);
    expect(pickCatalogue(translated, 'th-TH-u-nu-thai')).toBe(th);
  });
});
