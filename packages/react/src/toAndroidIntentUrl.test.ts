import { describe, expect, it } from 'vitest';
import { prefersAndroidIntent, toAndroidIntentUrl } from './index.js';
import { userAgents } from './test-utils/fixtures.js';

describe('toAndroidIntentUrl', () => {
  it('keeps path and query, adds package and an encoded fallback', () => {
    expect(
      toAndroidIntentUrl('alipays://platformapi/startapp?appId=20000067&url=x', {
        packageName: 'com.eg.android.AlipayGphone',
        fallbackUrl: 'https://render.alipay.com/p?a=1&b=2',
      }),
    ).toBe(
      'intent://platformapi/startapp?appId=20000067&url=x#Intent;scheme=alipays;package=com.eg.android.AlipayGphone;' +
        'S.browser_fallback_url=https%3A%2F%2Frender.alipay.com%2Fp%3Fa%3D1%26b%3D2;end',
    );
  });

  it('leaves a URL without scheme:// unchanged', () => {
    expect(toAndroidIntentUrl('mailto:a@b.c')).toBe('mailto:a@b.c');
  });

  it('prefers intents on Android Chrome only, not in WebViews or on iOS', () => {
    expect(prefersAndroidIntent(userAgents.androidChrome)).toBe(true);
    expect(prefersAndroidIntent(userAgents.androidWebView)).toBe(false);
    expect(prefersAndroidIntent(userAgents.iPhoneSafari)).toBe(false);
    expect(prefersAndroidIntent(userAgents.desktopChrome)).toBe(false);
  });
});
