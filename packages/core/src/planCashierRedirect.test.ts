import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CashierUrls, OsType, TerminalType } from './index';
import { planCashierRedirect, type RedirectKind } from './index';

const safe: Record<RedirectKind, string> = {
  scheme: 'alipays://platformapi/startapp?saId=10000007&qrcode=abc',
  applink: 'https://render.alipay.com/p/s/ulink/?scheme=alipays%3A%2F%2F',
  normal: 'https://open-sea-global.alipayplus.com/cashier?token=abc',
};
const key: Record<RedirectKind, keyof CashierUrls> = {
  scheme: 'schemeUrl',
  applink: 'applinkUrl',
  normal: 'normalUrl',
};

/** The order each terminal tries the URLs in, from the README and issue 2. */
const expectedOrder: Record<TerminalType, RedirectKind[]> = {
  WEB: ['normal', 'applink'],
  WAP: ['applink', 'scheme', 'normal'],
  APP: ['scheme', 'applink', 'normal'],
  MINI_APP: ['normal', 'applink'],
};

function expectedAttempts(terminal: TerminalType, present: RedirectKind[]): RedirectKind[] {
  const order = expectedOrder[terminal].filter((kind) => present.includes(kind));
  // WEB: an app link only when there is no normal URL; at most one attempt.
  return terminal === 'WEB' ? order.slice(0, 1) : order;
}

const kinds: RedirectKind[] = ['applink', 'scheme', 'normal'];
const subsets: RedirectKind[][] = [];
for (let mask = 0; mask < 8; mask++) subsets.push(kinds.filter((_, i) => mask & (1 << i)));
const terminals: TerminalType[] = ['WEB', 'WAP', 'APP', 'MINI_APP'];
const oses: Array<OsType | undefined> = ['IOS', 'ANDROID', undefined];

const matrix = terminals.flatMap((terminal) =>
  oses.flatMap((os) =>
    subsets.map((present) => [terminal, os ?? 'no OS', present.join('+') || 'none', present] as const),
  ),
);

describe('planCashierRedirect: terminal × OS × URLs present', () => {
  it.each(matrix)('%s / %s / %s', (terminal, os, _label, present) => {
    const urls: CashierUrls = {};
    for (const kind of present) urls[key[kind]] = safe[kind];
    const env = os === 'no OS' ? { terminalType: terminal } : { terminalType: terminal, osType: os };
    const plan = planCashierRedirect(urls, env);
    const want = expectedAttempts(terminal, present);
    expect(plan.attempts).toEqual(want.map((kind) => ({ kind, url: safe[kind] })));
    // A scheme never opens on a desktop or inside a mini program: it is listed as rejected, with the terminal.
    for (const r of plan.rejected) {
      expect(r.kind).toBe('scheme');
      expect(terminal === 'WEB' || terminal === 'MINI_APP').toBe(true);
      expect(r.reason).toContain(terminal);
    }
    if (present.includes('scheme') && (terminal === 'WEB' || terminal === 'MINI_APP')) {
      expect(plan.rejected.map((r) => r.url)).toEqual([safe.scheme]);
    }
    // Every URL given is either tried or explained, except a WEB applink standing behind a normal URL.
    const accounted = new Set([...plan.attempts.map((a) => a.kind), ...plan.rejected.map((r) => r.kind)]);
    for (const kind of present) {
      if (terminal === 'WEB' && kind === 'applink' && present.includes('normal')) continue;
      expect(accounted.has(kind), kind).toBe(true);
    }
  });
});

const unsafeLinks: Array<[string, string]> = [
  ['javascript:', 'javascript:alert(document.cookie)'],
  ['JavaScript: upper case', 'JavaScript:alert(1)'],
  ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['blob:', 'blob:https://evil.example/2f1c'],
  ['about:', 'about:blank'],
  ['http: not local', 'http://cashier.example.com/pay'],
  ['http: localhost without opt-in', 'http://localhost:4000/cashier'],
  ['credentials', 'https://user:secret@cashier.example.com/pay'],
  ['user name only', 'https://user@cashier.example.com/pay'],
  ['unparsable', 'not a url'],
  ['relative', '/cashier/pay'],
  ['empty host', 'https://'],
  ['too long', `https://cashier.example.com/${'a'.repeat(2048)}`],
  ['custom scheme for a web link', 'alipays://platformapi/startapp'],
  ['newline smuggled', 'https://cashier.example.com/\njavascript:alert(1)'],
];

const unsafeSchemes: Array<[string, string]> = [
  ['javascript:', 'javascript:alert(1)'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['blob:', 'blob:https://evil.example/2f1c'],
  ['about:', 'about:blank'],
  ['https: as scheme', 'https://cashier.example.com/pay'],
  ['http: as scheme', 'http://cashier.example.com/pay'],
  ['HTTPS: upper case as scheme', 'HTTPS://cashier.example.com/pay'],
  ['credentials', 'alipays://user:pw@platformapi/startapp'],
  ['unparsable', 'no scheme at all'],
  ['too long', `alipays://platformapi/startapp?x=${'a'.repeat(2048)}`],
];

describe('planCashierRedirect: unsafe URLs are refused with a reason', () => {
  const linkKinds: Array<'applink' | 'normal'> = ['applink', 'normal'];
  const cases = terminals.flatMap((terminal) =>
    linkKinds.flatMap((kind) => unsafeLinks.map(([label, url]) => [terminal, kind, label, url] as const)),
  );
  it.each(cases)('%s %sUrl: %s', (terminal, kind, _label, url) => {
    const plan = planCashierRedirect({ [key[kind]]: url }, { terminalType: terminal, osType: 'IOS' });
    expect(plan.attempts).toEqual([]);
    expect(plan.rejected).toHaveLength(1);
    expect(plan.rejected[0]).toMatchObject({ kind, url });
    expect(plan.rejected[0]?.reason.length).toBeGreaterThan(10);
  });

  it.each(['WAP', 'APP'] as const)('%s: every unsafe scheme URL is refused', (terminal) => {
    for (const [label, url] of unsafeSchemes) {
      const plan = planCashierRedirect({ schemeUrl: url }, { terminalType: terminal, osType: 'ANDROID' });
      expect(plan.attempts, label).toEqual([]);
      expect(plan.rejected, label).toEqual([{ kind: 'scheme', url, reason: expect.stringMatching(/schemeUrl/) }]);
    }
  });

  it('an unsafe URL does not stop the safe ones: APP falls back to the app link', () => {
    const plan = planCashierRedirect(
      { schemeUrl: 'javascript:alert(1)', applinkUrl: safe.applink, normalUrl: 'http://cashier.example.com' },
      { terminalType: 'APP', osType: 'ANDROID' },
    );
    expect(plan.attempts).toEqual([{ kind: 'applink', url: safe.applink }]);
    expect(plan.rejected.map((r) => r.kind).sort()).toEqual(['normal', 'scheme']);
  });

  it('WEB: the app link stands in when the normal URL is unsafe', () => {
    const plan = planCashierRedirect(
      { normalUrl: 'data:text/html,hi', applinkUrl: safe.applink },
      { terminalType: 'WEB' },
    );
    expect(plan.attempts).toEqual([{ kind: 'applink', url: safe.applink }]);
  });

  it('says why: the reason names the scheme or the problem', () => {
    const reasons = (url: string) =>
      planCashierRedirect({ normalUrl: url }, { terminalType: 'WEB' }).rejected[0]?.reason ?? '';
    expect(reasons('javascript:alert(1)')).toContain('javascript:');
    expect(reasons('http://cashier.example.com')).toMatch(/https/);
    expect(reasons('https://u:p@cashier.example.com')).toMatch(/credentials/);
    expect(reasons('nope')).toMatch(/parse/);
    expect(reasons(`https://x.example/${'a'.repeat(2100)}`)).toMatch(/2048/);
  });
});

describe('planCashierRedirect: http on localhost', () => {
  const local = ['http://localhost:4000/cashier', 'http://127.0.0.1:4000/cashier', 'http://[::1]:4000/cashier'];
  it.each(local)('%s is refused by default and allowed with the opt-in', (url) => {
    const env = { terminalType: 'WAP' as const, osType: 'IOS' as const };
    expect(planCashierRedirect({ normalUrl: url }, env).attempts).toEqual([]);
    const allowed = planCashierRedirect({ normalUrl: url, applinkUrl: url }, env, { allowInsecureLocalhost: true });
    expect(allowed.attempts).toEqual([
      { kind: 'applink', url },
      { kind: 'normal', url },
    ]);
    expect(allowed.rejected).toEqual([]);
  });

  it.each([
    'http://localhost.evil.example/cashier',
    'http://evil.example/?localhost',
    'http://127.0.0.2/cashier',
    'http://user:pw@localhost/cashier',
  ])('the opt-in does not let %s through', (url) => {
    const plan = planCashierRedirect({ normalUrl: url }, { terminalType: 'WEB' }, { allowInsecureLocalhost: true });
    expect(plan.attempts).toEqual([]);
    expect(plan.rejected).toHaveLength(1);
  });
});

describe('planCashierRedirect: nothing to try', () => {
  it('an empty set of URLs gives an empty plan, not an error', () => {
    for (const terminal of terminals) {
      expect(planCashierRedirect({}, { terminalType: terminal })).toEqual({ attempts: [], rejected: [] });
      expect(planCashierRedirect({ schemeUrl: '', normalUrl: '' }, { terminalType: terminal })).toEqual({
        attempts: [],
        rejected: [],
      });
    }
  });

  it('only unsafe URLs give an empty plan with every one explained', () => {
    const plan = planCashierRedirect(
      { schemeUrl: 'javascript:x', applinkUrl: 'http://a.example', normalUrl: 'data:,x' },
      { terminalType: 'WAP', osType: 'ANDROID' },
    );
    expect(plan.attempts).toEqual([]);
    expect(plan.rejected.map((r) => r.kind).sort()).toEqual(['applink', 'normal', 'scheme']);
  });
});

describe('planCashierRedirect: safety for any input (property)', () => {
  const piece = fc.constantFrom(
    'https://cashier.example.com/p',
    'http://cashier.example.com/p',
    'http://localhost:4000/p',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    'blob:https://x.example/1',
    'about:blank',
    'alipays://platformapi/startapp',
    'https://u:p@x.example/',
    '',
    '   ',
  );
  const anyUrl = fc.oneof(
    piece,
    fc.string(),
    fc.webUrl(),
    fc.tuple(piece, fc.string()).map(([a, b]) => a + b),
  );
  const urls = fc.record({ schemeUrl: anyUrl, applinkUrl: anyUrl, normalUrl: anyUrl }, { requiredKeys: [] });
  const env = fc.record({
    terminalType: fc.constantFrom(...terminals),
    osType: fc.constantFrom('IOS', 'ANDROID', undefined),
  });

  it('never throws, tries only given URLs, and never tries an unsafe one', () => {
    fc.assert(
      fc.property(urls, env, fc.boolean(), (given, environment, allowInsecureLocalhost) => {
        const plan = planCashierRedirect(given, environment, { allowInsecureLocalhost });
        for (const attempt of plan.attempts) {
          expect(attempt.url).toBe(given[key[attempt.kind]]);
          expect(attempt.url.length).toBeLessThanOrEqual(2048);
          expect([...attempt.url].some((c) => c.trim() === '' || c.charCodeAt(0) < 0x20)).toBe(false);
          const scheme = new URL(attempt.url).protocol;
          if (attempt.kind === 'scheme') {
            expect(['javascript:', 'data:', 'vbscript:', 'file:', 'blob:', 'about:', 'http:', 'https:']).not.toContain(
              scheme,
            );
          } else if (scheme !== 'https:') {
            expect(allowInsecureLocalhost && scheme === 'http:').toBe(true);
            expect(['localhost', '127.0.0.1', '[::1]']).toContain(new URL(attempt.url).hostname);
          }
        }
        expect(new Set(plan.attempts.map((a) => a.kind)).size).toBe(plan.attempts.length);
        if (environment.terminalType === 'WEB') expect(plan.attempts.length).toBeLessThanOrEqual(1);
        for (const r of plan.rejected) expect(r.reason).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
