import { isoDateTimePattern } from './batchPaySchemas.js';

const minute = 60_000;
const hour = 60 * minute;

/** Bank transfers get 48 hours; everything else 14 minutes (the defaults of Antom's batchPay API reference). */
export function isBankTransfer(paymentMethodType: string): boolean {
  return /BANK_?TRANSFER/i.test(paymentMethodType);
}

/** The default expiry of Antom's batchPay API reference: 48 h after the request for bank transfer, usually 14 minutes for the rest. */
export function defaultPaymentExpiryMs(paymentMethodType: string): number {
  return isBankTransfer(paymentMethodType) ? 48 * hour : 14 * minute;
}

export function defaultPaymentExpiry(paymentMethodType: string, now: Date): Date {
  return new Date(now.getTime() + defaultPaymentExpiryMs(paymentMethodType));
}

/** The longest expiry a merchant may request: under 48 h for bank transfer, under 10 minutes for the rest. */
export function maxRequestedExpiryMs(paymentMethodType: string): number {
  return isBankTransfer(paymentMethodType) ? 48 * hour : 10 * minute;
}

/** Date.parse rolls "2026-02-30" over to March 2 and takes "24:00": check the fields against the calendar. */
function isCalendarDateTime(value: string): boolean {
  const [year, month, day, hour, minute, second] = value.match(/\d+/g)?.slice(0, 6).map(Number) ?? [];
  if (year === undefined || month === undefined || day === undefined) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    (hour ?? 0) < 24 &&
    (minute ?? 0) < 60 &&
    (second ?? 0) < 60
  );
}

/** What is wrong with a requested `paymentExpiryTime`, or null when it is within the limits of Antom's batchPay API reference. */
export function checkPaymentExpiryTime(
  value: string,
  context: { paymentMethodType: string; now: Date },
): string | null {
  if (!isoDateTimePattern.test(value)) {
    return 'must be an ISO 8601 date-time with an offset, such as "2019-11-27T12:01:01+08:00"';
  }
  const at = Date.parse(value);
  if (Number.isNaN(at) || !isCalendarDateTime(value)) return 'is not a real date-time';
  const now = context.now.getTime();
  if (at <= now) return 'is in the past: give a time after the request is sent';
  const max = maxRequestedExpiryMs(context.paymentMethodType);
  if (at - now >= max) {
    const limit = isBankTransfer(context.paymentMethodType) ? '48 hours for bank transfer' : '10 minutes';
    return `must be less than ${limit} after the request is sent: leave it out to get the default`;
  }
  return null;
}
