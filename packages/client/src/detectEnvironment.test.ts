import { planCashierRedirect } from '@batchpay/core';
import { describe, expect, it } from 'vitest';
import { userAgents } from '../../../fixtures/userAgents.js';
import { detectEnvironment } from './detectEnvironment.js';

const ua = userAgents;

describe('detectEnvironment', () => {
  it.each([
    ['desktop Chrome', ua.desktopChrome, { terminalType: 'WEB', browser: 'desktop' }],
    ['iPhone Safari', ua.iPhoneSafari, { terminalType: 'WAP', osType: 'IOS', browser: 'ios-browser' }],
    ['WeChat on iOS', ua.weChatIos, { terminalType: 'WAP', osType: 'IOS', browser: 'ios-in-app' }],
    ['Android Chrome', ua.androidChrome, { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-browser' }],
    ['Android Firefox', ua.androidFirefox, { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-browser' }],
    ['Android WebView', ua.androidWebView, { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-webview' }],
    ['WeChat on Android', ua.weChatAndroid, { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-webview' }],
    ['no user agent', '', { terminalType: 'WEB', browser: 'desktop' }],
  ])('%s → %o', (_name, userAgent, expected) => {
    expect(detectEnvironment(userAgent)).toEqual(expected);
  });

  it('tells an iPad in desktop mode apart only by its touch points', () => {
    expect(detectEnvironment(ua.iPadDesktopMode)).toMatchObject({ terminalType: 'WEB', browser: 'desktop' });
    expect(detectEnvironment(ua.iPadDesktopMode).osType).toBeUndefined();
    expect(detectEnvironment(ua.iPadDesktopMode, { maxTouchPoints: 5 })).toMatchObject({
      terminalType: 'WAP',
      osType: 'IOS',
      browser: 'ios-browser',
    });
  });

  it('takes APP or MINI_APP from the host app, keeping the OS', () => {
    expect(detectEnvironment(ua.androidWebView, { hostApp: 'APP' })).toMatchObject({
      terminalType: 'APP',
      osType: 'ANDROID',
    });
    expect(detectEnvironment(ua.desktopChrome, { hostApp: 'MINI_APP' })).toEqual({
      terminalType: 'MINI_APP',
      browser: 'desktop',
    });
  });

  it('feeds the plan: an intent on Android Chrome, a hidden iframe in a WebView, the applink first on iOS', () => {
    const urls = {
      schemeUrl: 'alipays://platformapi/startapp?x=1',
      applinkUrl: 'https://render.alipay.com/p/s/ulink',
      normalUrl: 'https://cashier.example.com/pay',
    };
    const first = (userAgent: string) => planCashierRedirect(urls, detectEnvironment(userAgent)).attempts[0];
    expect(first(ua.androidChrome)?.href).toMatch(/^intent:\/\/platformapi\/startapp\?x=1#Intent;scheme=alipays;/);
    expect(first(ua.androidWebView)).toMatchObject({ kind: 'scheme', fire: 'iframe' });
    expect(first(ua.iPhoneSafari)).toMatchObject({ kind: 'applink', fire: 'location' });
    expect(first(ua.desktopChrome)).toMatchObject({ kind: 'normal', fire: 'location' });
  });
});
