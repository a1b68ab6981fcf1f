import { describe, expect, it } from 'vitest';
import { environmentFromUserAgent } from './environmentFromUserAgent.js';
import { prefersAndroidIntent } from './prefersAndroidIntent.js';
import { toAndroidIntentUrl } from './toAndroidIntentUrl.js';

const ua = {
  desktopChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidWebView:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0',
  iPadDesktopMode:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
};

describe('environmentFromUserAgent', () => {
  it.each([
    ['desktop Chrome', ua.desktopChrome, { terminalType: 'WEB' }],
    ['iPhone Safari', ua.iPhoneSafari, { terminalType: 'WAP', osType: 'IOS' }],
    ['Android Chrome', ua.androidChrome, { terminalType: 'WAP', osType: 'ANDROID' }],
    ['no user agent', '', { terminalType: 'WEB' }],
  ])('%s → %o', (_name, userAgent, expected) => {
    expect(environmentFromUserAgent(userAgent)).toEqual(expected);
  });

  it('tells an iPad in desktop mode apart only by its touch points', () => {
    expect(environmentFromUserAgent(ua.iPadDesktopMode)).toEqual({ terminalType: 'WEB' });
    expect(environmentFromUserAgent(ua.iPadDesktopMode, { maxTouchPoints: 5 })).toEqual({
      terminalType: 'WAP',
      osType: 'IOS',
    });
  });

  it('takes APP or MINI_APP from the host app, keeping the OS', () => {
    expect(environmentFromUserAgent(ua.androidWebView, { hostApp: 'APP' })).toEqual({
      terminalType: 'APP',
      osType: 'ANDROID',
    });
    expect(environmentFromUserAgent(ua.desktopChrome, { hostApp: 'MINI_APP' })).toEqual({ terminalType: 'MINI_APP' });
  });
});

describe('Android intents', () => {
  it('keeps path and query of a scheme URL, adds the package and an encoded fallback', () => {
    expect(
      toAndroidIntentUrl('alipays://platformapi/startapp?appId=20000067#frag', {
        packageName: 'com.eg.android.AlipayGphone',
        fallbackUrl: 'https://render.alipay.com/p?a=1&b=2',
      }),
    ).toBe(
      'intent://platformapi/startapp?appId=20000067#Intent;scheme=alipays;package=com.eg.android.AlipayGphone;' +
        'S.browser_fallback_url=https%3A%2F%2Frender.alipay.com%2Fp%3Fa%3D1%26b%3D2;end',
    );
    expect(toAndroidIntentUrl('gcash://pay?x=1')).toBe('intent://pay?x=1#Intent;scheme=gcash;end');
  });

  it('leaves a URL without scheme:// unchanged', () => {
    expect(toAndroidIntentUrl('mailto:a@b.c')).toBe('mailto:a@b.c');
  });

  it('prefers intents in Chrome and Firefox on Android only, not in WebViews, on iOS or desktop', () => {
    expect(prefersAndroidIntent(ua.androidChrome)).toBe(true);
    expect(prefersAndroidIntent(ua.androidFirefox)).toBe(true);
    expect(prefersAndroidIntent(ua.androidWebView)).toBe(false);
    expect(prefersAndroidIntent(`${ua.androidChrome} MicroMessenger/8.0`)).toBe(false);
    expect(prefersAndroidIntent(ua.iPhoneSafari)).toBe(false);
    expect(prefersAndroidIntent(ua.desktopChrome)).toBe(false);
  });
});
