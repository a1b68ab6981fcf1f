import { describe, expect, it } from 'vitest';
import { userAgents } from '../../../fixtures/userAgents.js';
import { environmentFromUserAgent } from './environmentFromUserAgent.js';
import { prefersAndroidIntent } from './prefersAndroidIntent.js';
import { toAndroidIntentUrl } from '@batchpay/core';

const ua = userAgents;

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
