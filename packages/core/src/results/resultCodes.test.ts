// biome-ignore lint/correctness/noNodejsModules: the test reads Antom's result-code table (fixtures/), the authority.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getResultCodeInfo, isResultCode, resultCodeList, resultCodes } from '../index';

interface ReferenceRow {
  code: string;
  status: string;
  message: string;
  furtherAction: string;
}

/**
 * A code line of the reference's table is the code, the status letter and the message run together
 * ("SUCCESSSSuccess", "NO_INTERFACE_DEFFAPI is not defined."). Of the splits where the status letter is S, F or U
 * and the message starts like a sentence, the last one is the right one.
 */
function splitCodeLine(line: string): { code: string; status: string; message: string } | null {
  const head = /^[A-Z][A-Z_ ]*/.exec(line)?.[0] ?? '';
  if (!head.includes('_') && !line.startsWith('SUCCESS')) return null;
  for (let i = head.length - 1; i > 0; i--) {
    const status = line[i];
    if (status !== 'S' && status !== 'F' && status !== 'U') continue;
    const code = line.slice(0, i).trim();
    const message = line.slice(i + 1).trim();
    if (!/^[A-Z][A-Z_]*[A-Z]$/.test(code)) continue;
    if (/^([A-Z][a-z]|[A-Z0-9]+ )/.test(message)) return { code, status, message };
  }
  return null;
}

/** The table of Antom's batchPay API reference, copied into fixtures/ (its first line names the origin). */
function parseReferenceTable(): ReferenceRow[] {
  const text = readFileSync(new URL('../../../../fixtures/batchPay-result-codes.txt', import.meta.url), 'utf8');
  const start = text.indexOf('CodeValueMessageFurther action');
  if (start < 0)
    throw new Error('fixtures/batchPay-result-codes.txt has no table (heading "CodeValueMessageFurther action")');
  const lines = text.slice(start).split('\n').slice(1);
  const rows: ReferenceRow[] = [];
  let further: string[] = [];
  const flush = () => {
    const last = rows[rows.length - 1];
    if (last) last.furtherAction = further.join(' ');
    further = [];
  };
  for (const raw of lines) {
    const parsed = splitCodeLine(raw);
    if (parsed) {
      flush();
      rows.push({ ...parsed, furtherAction: '' });
      continue;
    }
    const text = raw.trim();
    if (text) further.push(text);
  }
  flush();
  return rows;
}

const referenceRows = parseReferenceTable();

describe("resultCodes against the table of Antom's batchPay API reference", () => {
  it('reads the whole table (sanity of the parser)', () => {
    expect(referenceRows.length).toBeGreaterThanOrEqual(40);
    expect(referenceRows[0]).toEqual({
      code: 'SUCCESS',
      status: 'S',
      message: 'Success',
      furtherAction: 'The payment is successful, no further action is needed.',
    });
    expect(referenceRows.map((r) => r.code)).toContain('NO_INTERFACE_DEF');
    expect(referenceRows.map((r) => r.code)).toContain('CURRENCY_NOT_SUPPORT');
    expect(new Set(referenceRows.map((r) => r.code)).size).toBe(referenceRows.length);
  });

  it.each(referenceRows.map((row) => [row.code, row] as const))(
    "%s has the reference's status, message and action",
    (code, row) => {
      expect(isResultCode(code)).toBe(true);
      const info = getResultCodeInfo(code);
      expect(info.code).toBe(code);
      expect(info.status).toBe(row.status);
      expect(info.message).toBe(row.message);
      expect(info.furtherAction).toBe(row.furtherAction);
    },
  );

  it("lists the codes in the reference's order, then INVALID_SIGNATURE", () => {
    expect(resultCodeList.map((info) => info.code)).toEqual([...referenceRows.map((r) => r.code), 'INVALID_SIGNATURE']);
  });

  it('has INVALID_SIGNATURE as a failure to fix on the merchant side', () => {
    expect(resultCodes.INVALID_SIGNATURE.status).toBe('F');
    expect(resultCodes.INVALID_SIGNATURE.fixableBy).toBe('merchant');
    expect(resultCodes.INVALID_SIGNATURE.retry).not.toBe('none');
  });

  it('answers retry "never" for every code whose further action says "Do not retry"', () => {
    const doNotRetry = referenceRows.filter((row) => /do not retry/i.test(row.furtherAction)).map((r) => r.code);
    expect(doNotRetry).toEqual(expect.arrayContaining(['PROCESS_FAIL', 'SYSTEM_ERROR']));
    for (const code of doNotRetry) expect(getResultCodeInfo(code).retry, code).toBe('never');
  });

  it('answers success only for SUCCESS and a cashier only for PAYMENT_IN_PROCESS', () => {
    for (const info of resultCodeList) {
      expect(info.retry === 'none', info.code).toBe(info.code === 'SUCCESS' || info.code === 'PAYMENT_IN_PROCESS');
    }
    expect(resultCodes.SUCCESS.nextStep).toBe('done');
    expect(resultCodes.PAYMENT_IN_PROCESS.nextStep).toBe('open-cashier');
  });

  it('lets the buyer fix what only the buyer can: balance and payment method', () => {
    expect(resultCodes.USER_BALANCE_NOT_ENOUGH.fixableBy).toBe('buyer');
    expect(resultCodes.USER_BALANCE_NOT_ENOUGH.nextStep).toBe('choose-another-method');
    expect(resultCodes.INVALID_PAYMENT_CODE.nextStep).toBe('choose-another-method');
    expect(resultCodes.PARAM_ILLEGAL.fixableBy).toBe('merchant');
  });

  it('answers an unknown code by its status, as the result process logic does', () => {
    expect(isResultCode('SOMETHING_NEW')).toBe(false);
    expect(isResultCode('toString')).toBe(false);
    const failed = getResultCodeInfo('SOMETHING_NEW', 'F');
    expect(failed).toMatchObject({
      code: 'SOMETHING_NEW',
      status: 'F',
      retry: 'new-request-id',
      nextStep: 'try-again',
    });
    expect(getResultCodeInfo('SOMETHING_NEW', 'U')).toMatchObject({ status: 'U', retry: 'new-request-id' });
    expect(getResultCodeInfo('SOMETHING_NEW')).toMatchObject({ status: 'F', retry: 'new-request-id' });
    expect(getResultCodeInfo('SOMETHING_NEW', 'S')).toMatchObject({ status: 'S', retry: 'none', nextStep: 'done' });
  });
});
