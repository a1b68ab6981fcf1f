import type { PaymentMethod, PaymentResultInfo } from '@batchpay/core';

function brandOf(cardNo: string): string {
  if (cardNo.startsWith('4')) return 'VISA';
  if (/^5[1-5]/.test(cardNo) || /^2[2-7]/.test(cardNo)) return 'MASTERCARD';
  if (/^3[47]/.test(cardNo)) return 'AMEX';
  if (/^35/.test(cardNo)) return 'JCB';
  return 'UNKNOWN';
}

/** The card-style `paymentResultInfo` of a sandbox card payment (never the full card number). */
export function cardResultInfo(method: PaymentMethod, token: string): PaymentResultInfo {
  const meta = method.paymentMethodMetaData ?? {};
  const rawNo = typeof meta.cardNo === 'string' ? meta.cardNo.replace(/\D/g, '') : '';
  const cardNo = rawNo.length >= 12 ? rawNo : '4111111111111111';
  const info: PaymentResultInfo = {
    cardToken: `SANDBOX_CARD_${token}`,
    cardBrand: brandOf(cardNo),
    cardBin: cardNo.slice(0, 6),
    lastFour: cardNo.slice(-4),
    funding: method.funding ?? 'CREDIT',
    threeDSResult: { threeDSVersion: '2.2.0', eci: '05', cavv: 'sandbox' },
    authorizationCode: token.slice(0, 6).toUpperCase(),
  };
  if (typeof meta.expiryMonth === 'string') info.expiryMonth = meta.expiryMonth.slice(0, 2);
  if (typeof meta.expiryYear === 'string') info.expiryYear = meta.expiryYear.slice(-2);
  return info;
}
