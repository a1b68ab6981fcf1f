import { kitFailureCodes, type NextStep, resultCodeList } from '@batchpay/core';
import { describe, expect, it } from 'vitest';
import { ja } from '../locales/ja.js';
import { ko } from '../locales/ko.js';
import { zhCN } from '../locales/zh-CN.js';
import { resultMessage } from '../resultMessage.js';
import { pickCatalogue } from './BatchPayMessagesProvider.js';
import { en } from './en.js';
import { formatMessage } from './formatMessage.js';
import type { MessageCode, Messages } from './Messages.js';
import { mergeMessages } from './mergeMessages.js';

const catalogues: Messages[] = [en, zhCN, ko, ja];
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

  it('has the same keys and the same placeholders in every language', () => {
    const enPaths = leafPaths(en).sort();
    for (const catalogue of [zhCN, ko, ja]) {
      expect(leafPaths(catalogue).sort(), catalogue.locale).toEqual(enPaths);
      for (const path of enPaths) {
        if (path === 'locale') continue;
        const get = (m: Messages) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m);
        expect(placeholders(String(get(catalogue))), `${catalogue.locale} ${path}`).toEqual(
          placeholders(String(get(en))),
        );
      }
    }
  });

  it('differs from English in the translated catalogues', () => {
    for (const catalogue of [zhCN, ko, ja]) {
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
    expect(pickCatalogue([], 'ko-KR')).toBe(en);
    expect(pickCatalogue([ko], undefined)).toBe(en);
  });
});
