import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CashierUrls, OsType, RedirectBrowser, RedirectFire, TerminalType } from '../index';
import { planCashierRedirect, type RedirectKind } from '../index';

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

/** Antom's `env` and the browser, as the table names them. */
type Device = [label: string, terminal: TerminalType, os: OsType | undefined, browser: RedirectBrowser | undefined];
const devices: Device[] = [
  ['desktop', 'WEB', undefined, 'desktop'],
  ['Android Chrome', 'WAP', 'ANDROID', 'android-browser'],
  ['Android WebView', 'WAP', 'ANDROID', 'android-webview'],
  ['iOS Safari', 'WAP', 'IOS', 'ios-browser'],
  ['WeChat iOS', 'WAP', 'IOS', 'ios-in-app'],
  ['own app, iOS', 'APP', 'IOS', 'ios-browser'],
  ['WeChat iOS, APP terminal', 'APP', 'IOS', 'ios-in-app'],
  ['own app, Android', 'APP', 'ANDROID', 'android-webview'],
  ['mini program', 'MINI_APP', 'ANDROID', 'android-webview'],
  ['mobile, OS unknown', 'WAP', undefined, undefined],
];

type Expected = Array<[RedirectKind, RedirectFire]>;

/** The attempts the issue "The wallet app opens on the first try" asks for, written out per device. */
function expectedAttempts(device: Device, present: RedirectKind[]): Expected {
  const [, terminal, , browser] = device;
  const has = (kind: RedirectKind) => present.includes(kind);
  const pick = (...steps: Expected) => steps.filter(([kind]) => has(kind));
  if (terminal === 'WEB') return has('normal') ? [['normal', 'location']] : pick(['applink', 'location']);
  if (terminal === 'MINI_APP') return pick(['normal', 'location'], ['applink', 'location']);
  if (browser === 'ios-in-app') return pick(['applink', 'location'], ['normal', 'location']);
  if (terminal === 'APP' && browser === 'ios-browser') {
    return pick(['scheme', 'location'], ['applink', 'location'], ['normal', 'location']);
  }
  if (browser === 'android-webview') return pick(['scheme', 'iframe'], ['applink', 'location'], ['normal', 'location']);
  if (browser === 'android-browser') {
    return has('scheme')
      ? pick(['scheme', 'location'], ['normal', 'location'])
      : pick(['applink', 'location'], ['normal', 'location']);
  }
  if (browser === 'ios-browser') {
    return has('applink')
      ? pick(['applink', 'location'], ['normal', 'location'])
      : pick(['scheme', 'anchor'], ['normal', 'location']);
  }
  return pick(['applink', 'location'], ['scheme', 'location'], ['normal', 'location']);
}

const kinds: RedirectKind[] = ['applink', 'scheme', 'normal'];
const subsets: RedirectKind[][] = [];
for (let mask = 0; mask < 8; mask++) subsets.push(kinds.filter((_, i) => mask & (1 << i)));
const terminals: TerminalType[] = ['WEB', 'WAP', 'APP', 'MINI_APP'];

const matrix = devices.flatMap((device) =>
  subsets.map((present) => [device[0], present.join('+') || 'none', device, present] as const),
);

describe('planCashierRedirect: device × URLs present', () => {
  it.each(matrix)('%s / %s', (_label, _urls, device, present) => {
    const [, terminalType, osType, browser] = device;
    const urls: CashierUrls = {};
    for (const kind of present) urls[key[kind]] = safe[kind];
    const plan = planCashierRedirect(urls, { terminalType, osType, browser });
    const want = expectedAttempts(device, present);
    expect(plan.attempts.map((a) => [a.kind, a.fire])).toEqual(want);
    for (const attempt of plan.attempts) expect(attempt.url).toBe(safe[attempt.kind]);
    // Only a scheme on Android Chrome is rewritten, to an intent whose fallback is the applink, else the normal URL.
    for (const attempt of plan.attempts) {
      if (attempt.kind === 'scheme' && browser === 'android-browser' && terminalType === 'WAP') {
        const fallback = present.includes('applink') ? safe.applink : present.includes('normal') ? safe.normal : null;
        expect(attempt.href).toMatch(
          /^intent:\/\/platformapi\/startapp\?saId=10000007&qrcode=abc#Intent;scheme=alipays;/,
        );
        if (fallback) expect(attempt.href).toContain(`;S.browser_fallback_url=${encodeURIComponent(fallback)};end`);
        else expect(attempt.href).not.toContain('browser_fallback_url');
      } else {
        expect(attempt.href).toBe(attempt.url);
      }
    }
    // Every URL given is tried, kept as a manual link, or explained: none disappears.
    const accounted = [...plan.attempts, ...plan.manualOnly, ...plan.rejected].map((a) => a.kind).sort();
    expect(accounted).toEqual([...present].sort());
    // Good URLs are never called unsafe; a scheme a device cannot use is "not used", with the terminal named.
    for (const r of plan.rejected) {
      expect(r).toMatchObject({ kind: 'scheme', why: 'not-used' });
      expect(r.reason).toContain(terminalType);
    }
  });

  it('iOS with an applink keeps the scheme as a manual link ("Open the app"), not fired', () => {
    const plan = planCashierRedirect(
      { schemeUrl: safe.scheme, applinkUrl: safe.applink, normalUrl: safe.normal },
      { terminalType: 'WAP', osType: 'IOS', browser: 'ios-browser' },
    );
    expect(plan.attempts.map((a) => a.kind)).toEqual(['applink', 'normal']);
    expect(plan.manualOnly).toEqual([{ kind: 'scheme', url: safe.scheme }]);
  });

  it("Android Chrome: the applink is the intent's fallback and stays a manual link", () => {
    const plan = planCashierRedirect(
      { schemeUrl: safe.scheme, applinkUrl: safe.applink, normalUrl: safe.normal },
      { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-browser' },
      { appIdentifier: 'com.eg.android.AlipayGphone' },
    );
    expect(plan.attempts[0]?.href).toBe(
      `intent://platformapi/startapp?saId=10000007&qrcode=abc#Intent;scheme=alipays;package=com.eg.android.AlipayGphone;S.browser_fallback_url=${encodeURIComponent(safe.applink)};end`,
    );
    expect(plan.manualOnly).toEqual([{ kind: 'applink', url: safe.applink }]);
  });

  it('without a browser, the terminal and OS choose one: WAP on Android is Chrome, APP on Android a WebView', () => {
    const urls = { schemeUrl: safe.scheme, applinkUrl: safe.applink, normalUrl: safe.normal };
    expect(planCashierRedirect(urls, { terminalType: 'WAP', osType: 'ANDROID' }).attempts[0]?.href).toMatch(/^intent:/);
    expect(planCashierRedirect(urls, { terminalType: 'APP', osType: 'ANDROID' }).attempts[0]?.fire).toBe('iframe');
    expect(planCashierRedirect(urls, { terminalType: 'WAP', osType: 'IOS' }).attempts.map((a) => a.kind)).toEqual([
      'applink',
      'normal',
    ]);
  });

  it("a merchant's own order and firing methods replace the default", () => {
    const plan = planCashierRedirect(
      { schemeUrl: safe.scheme, applinkUrl: safe.applink, normalUrl: safe.normal },
      { terminalType: 'WAP', osType: 'IOS', browser: 'ios-browser' },
      { order: [{ kind: 'normal' }, { kind: 'scheme', fire: 'iframe' }] },
    );
    expect(plan.attempts.map((a) => [a.kind, a.fire])).toEqual([
      ['normal', 'location'],
      ['scheme', 'iframe'],
    ]);
    expect(plan.manualOnly).toEqual([{ kind: 'applink', url: safe.applink }]);
  });
});

describe('planCashierRedirect: the intent cannot be hijacked', () => {
  const env = { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-browser' } as const;
  const urls = { schemeUrl: safe.scheme, normalUrl: safe.normal };

  it.each([
    'com.x;S.browser_fallback_url=https%3A%2F%2Fevil.example;end',
    'com.x#Intent;scheme=https;end',
    'com x',
    'x',
    '.com.x',
    'com..x',
    '1com.x',
  ])('appIdentifier %j is dropped, with the reason, and the intent carries no package', (appIdentifier) => {
    const plan = planCashierRedirect(urls, env, { appIdentifier });
    const href = plan.attempts[0]?.href ?? '';
    expect(href).not.toContain('package=');
    expect(href).not.toContain('evil.example');
    expect(href.match(/S\.browser_fallback_url=/g)).toHaveLength(1);
    expect(href.endsWith(`;S.browser_fallback_url=${encodeURIComponent(safe.normal)};end`)).toBe(true);
    expect(plan.appIdentifierDropped).toMatch(/Android package name/);
  });

  it('a valid package name goes in; a # in the scheme URL cannot open a second intent part', () => {
    const plan = planCashierRedirect(
      {
        schemeUrl: 'alipays://pay?x=1#Intent;scheme=https;S.browser_fallback_url=https%3A%2F%2Fevil.example;end',
        normalUrl: safe.normal,
      },
      env,
      { appIdentifier: 'com.eg.android.AlipayGphone' },
    );
    const href = plan.attempts[0]?.href ?? '';
    expect(href).toBe(
      `intent://pay?x=1#Intent;scheme=alipays;package=com.eg.android.AlipayGphone;S.browser_fallback_url=${encodeURIComponent(safe.normal)};end`,
    );
    expect(plan.appIdentifierDropped).toBeUndefined();
  });
});

describe('planCashierRedirect: allowedHosts', () => {
  const urls = { applinkUrl: 'https://render.alipay.com/p/s/ulink', normalUrl: 'https://cashier.evil.example/pay' };
  const env = { terminalType: 'WAP', osType: 'IOS', browser: 'ios-browser' } as const;

  it('refuses a normal or applink URL on a host outside the list, as unsafe', () => {
    const plan = planCashierRedirect(urls, env, { allowedHosts: ['.alipay.com', 'open-sea-global.alipayplus.com'] });
    expect(plan.attempts.map((a) => a.url)).toEqual(['https://render.alipay.com/p/s/ulink']);
    expect(plan.rejected).toEqual([
      {
        kind: 'normal',
        url: 'https://cashier.evil.example/pay',
        why: 'unsafe',
        reason: 'normalUrl points at cashier.evil.example, which is not in allowedHosts',
      },
    ]);
  });

  it('a suffix entry does not match the bare suffix or a look-alike', () => {
    const plan = planCashierRedirect(
      { normalUrl: 'https://evilalipay.com/pay', applinkUrl: 'https://alipay.com/x' },
      env,
      { allowedHosts: ['.alipay.com'] },
    );
    expect(plan.attempts).toEqual([]);
    expect(plan.rejected.map((r) => r.why)).toEqual(['unsafe', 'unsafe']);
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
  ['intent:', 'intent://pay#Intent;scheme=alipays;S.browser_fallback_url=https%3A%2F%2Fevil.example;end'],
  ['market:', 'market://details?id=com.evil'],
  ['tel:', 'tel:+82101234567'],
  ['sms:', 'sms:+82101234567?body=hi'],
  ['mailto:', 'mailto:a@evil.example'],
  ['view-source:', 'view-source:https://evil.example'],
  ['ws:', 'ws://evil.example/socket'],
  ['wss:', 'wss://evil.example/socket'],
  ['ftp:', 'ftp://evil.example/file'],
  ['chrome:', 'chrome://settings'],
  ['chrome-extension:', 'chrome-extension://abc/page.html'],
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
    expect(plan.rejected[0]).toMatchObject({ kind, url, why: 'unsafe' });
    expect(plan.rejected[0]?.reason.length).toBeGreaterThan(10);
  });

  it.each(['WAP', 'APP'] as const)('%s: every unsafe scheme URL is refused', (terminal) => {
    for (const [label, url] of unsafeSchemes) {
      const plan = planCashierRedirect({ schemeUrl: url }, { terminalType: terminal, osType: 'ANDROID' });
      expect(plan.attempts, label).toEqual([]);
      expect(plan.rejected, label).toEqual([
        { kind: 'scheme', url, why: 'unsafe', reason: expect.stringMatching(/schemeUrl/) },
      ]);
    }
  });

  it('an unsafe URL does not stop the safe ones: APP falls back to the app link', () => {
    const plan = planCashierRedirect(
      { schemeUrl: 'javascript:alert(1)', applinkUrl: safe.applink, normalUrl: 'http://cashier.example.com' },
      { terminalType: 'APP', osType: 'ANDROID' },
    );
    expect(plan.attempts.map((a) => [a.kind, a.url])).toEqual([['applink', safe.applink]]);
    expect(plan.rejected.map((r) => r.kind).sort()).toEqual(['normal', 'scheme']);
  });

  it('WEB: the app link stands in when the normal URL is unsafe', () => {
    const plan = planCashierRedirect(
      { normalUrl: 'data:text/html,hi', applinkUrl: safe.applink },
      { terminalType: 'WEB' },
    );
    expect(plan.attempts.map((a) => [a.kind, a.url])).toEqual([['applink', safe.applink]]);
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
    expect(allowed.attempts.map((a) => [a.kind, a.url])).toEqual([
      ['applink', url],
      ['normal', url],
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
      const empty = { attempts: [], manualOnly: [], rejected: [] };
      expect(planCashierRedirect({}, { terminalType: terminal })).toEqual(empty);
      expect(planCashierRedirect({ schemeUrl: '', normalUrl: '' }, { terminalType: terminal })).toEqual(empty);
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
    browser: fc.constantFrom<RedirectBrowser | undefined>(
      'desktop',
      'android-browser',
      'android-webview',
      'ios-browser',
      'ios-in-app',
      undefined,
    ),
  });

  it('never throws, tries only given URLs, and never tries an unsafe one', () => {
    fc.assert(
      fc.property(urls, env, fc.boolean(), fc.string(), (given, environment, allowInsecureLocalhost, appIdentifier) => {
        const plan = planCashierRedirect(given, environment, { allowInsecureLocalhost, appIdentifier });
        for (const attempt of plan.attempts) {
          expect(attempt.url).toBe(given[key[attempt.kind]]);
          expect(attempt.url.length).toBeLessThanOrEqual(2048);
          expect([...attempt.url].some((c) => c.trim() === '' || c.charCodeAt(0) < 0x20)).toBe(false);
          const scheme = new URL(attempt.url).protocol;
          if (attempt.kind === 'scheme') {
            const refused = ['javascript:', 'data:', 'vbscript:', 'file:', 'blob:', 'about:', 'http:', 'https:'];
            expect([...refused, 'intent:', 'market:', 'tel:', 'sms:', 'mailto:']).not.toContain(scheme);
            // An intent has one `#Intent;…;end` part, whatever the package and URL were.
            if (attempt.href !== attempt.url) {
              expect(attempt.href.split('#')).toHaveLength(2);
              expect(attempt.href).toMatch(
                /#Intent;scheme=[a-z][a-z0-9+.-]*(;package=[A-Za-z0-9_.]+)?(;S\.browser_fallback_url=[^;#]*)?;end$/i,
              );
            }
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
