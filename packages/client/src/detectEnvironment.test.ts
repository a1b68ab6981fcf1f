import { toAndroidIntentUrl } from '@batchpay/core';
import { describe, expect, it } from 'vitest';
import { userAgents } from '../../../fixtures/userAgents.js';
import { detectEnvironment, firesAndroidIntent } from './detectEnvironment.js';

const ua = userAgents;

describe('detectEnvironment', () => {
  it.each([
    ['desktop Chrome', ua.desktopChrome, { terminalType: 'WEB', browser: 'chrome' }],
    ['iPhone Safari', ua.iPhoneSafari, { terminalType: 'WAP', osType: 'IOS', browser: 'safari' }],
    ['Android Chrome', ua.androidChrome, { terminalType: 'WAP', osType: 'ANDROID', browser: 'chrome' }],
    ['Android Firefox', ua.androidFirefox, { terminalType: 'WAP', osType: 'ANDROID', browser: 'firefox' }],
    ['Android WebView', ua.androidWebView, { terminalType: 'WAP', osType: 'ANDROID', browser: 'in-app' }],
    ['no user agent', '', { terminalType: 'WEB', browser: 'other' }],
  ])('%s → %o', (_name, userAgent, expected) => {
    expect(detectEnvironment(userAgent)).toEqual(expected);
  });

  it('tells an iPad in desktop mode apart only by its touch points', () => {
    expect(detectEnvironment(ua.iPadDesktopMode)).toMatchObject({ terminalType: 'WEB' });
    expect(detectEnvironment(ua.iPadDesktopMode).osType).toBeUndefined();
    expect(detectEnvironment(ua.iPadDesktopMode, { maxTouchPoints: 5 })).toMatchObject({
      terminalType: 'WAP',
      osType: 'IOS',
    });
  });

  it('takes APP or MINI_APP from the host app, keeping the OS', () => {
    expect(detectEnvironment(ua.androidWebView, { hostApp: 'APP' })).toMatchObject({
      terminalType: 'APP',
      osType: 'ANDROID',
    });
    expect(detectEnvironment(ua.desktopChrome, { hostApp: 'MINI_APP' })).toEqual({
      terminalType: 'MINI_APP',
      browser: 'chrome',
    });
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

  it('fires intents in Chrome and Firefox on Android only, not in WebViews, on iOS or desktop', () => {
    expect(firesAndroidIntent(detectEnvironment(ua.androidChrome))).toBe(true);
    expect(firesAndroidIntent(detectEnvironment(ua.androidFirefox))).toBe(true);
    expect(firesAndroidIntent(detectEnvironment(ua.androidWebView))).toBe(false);
    expect(firesAndroidIntent(detectEnvironment(`${ua.androidChrome} MicroMessenger/8.0`))).toBe(false);
    expect(firesAndroidIntent(detectEnvironment(ua.iPhoneSafari))).toBe(false);
    expect(firesAndroidIntent(detectEnvironment(ua.desktopChrome))).toBe(false);
  });
});
