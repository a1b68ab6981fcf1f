import { describe, expect, it } from 'vitest';
import { paymentMethodChoices } from './paymentMethodChoices.js';

describe('paymentMethodChoices', () => {
  const methods = [
    { paymentMethodType: 'GCASH' },
    { paymentMethodType: 'KAKAOPAY', disabled: true, disabledReason: 'Over the limit' },
    { paymentMethodType: 'TOSSPAY', logoUrl: 'https://x.example/t.svg' },
  ];

  it('puts the buyer region first, marks the selection and what is disabled', () => {
    const choices = paymentMethodChoices(methods, 'KR', 'TOSSPAY');
    expect(choices.map((c) => [c.paymentMethodType, c.isHomeRegion, c.selected, c.disabled])).toEqual([
      ['KAKAOPAY', true, false, true],
      ['TOSSPAY', true, true, false],
      ['GCASH', false, false, false],
    ]);
    expect(choices[0]).toMatchObject({ region: 'KR', disabledReason: 'Over the limit' });
    expect(choices[1]?.logoUrl).toBe('https://x.example/t.svg');
    expect(choices[2]?.displayName).toBe('GCash');
  });

  it('keeps the merchant order without a region and selects nothing without a value', () => {
    const choices = paymentMethodChoices(methods, undefined, undefined);
    expect(choices.map((c) => c.paymentMethodType)).toEqual(['GCASH', 'KAKAOPAY', 'TOSSPAY']);
    expect(choices.some((c) => c.selected)).toBe(false);
  });
});
