import { describe, expect, it } from 'vitest';
import { detectEnvironment } from './detectEnvironment.js';
import { userAgents } from './test-utils/fixtures.js';

describe('detectEnvironment', () => {
  it.each([
    ['desktop Chrome', userAgents.desktopChrome, { terminalType: 'WEB' }],
    ['iPhone Safari', userAgents.iPhoneSafari, { terminalType: 'WAP', osType: 'IOS' }],
    ['Android Chrome', userAgents.androidChrome, { terminalType: 'WAP', osType: 'ANDROID' }],
    ['Android WebView', userAgents.androidWebView, { terminalType: 'WAP', osType: 'ANDROID' }],
    ['no user agent (a server)', '', { terminalType: 'WEB' }],
  ])('%s → %o', (_name, ua, expected) => {
    expect(detectEnvironment(ua)).toEqual(expected);
  });

  it('tells an iPad in desktop mode apart by its touch points', () => {
    expect(detectEnvironment(userAgents.iPadDesktopMode)).toEqual({ terminalType: 'WEB' });
    expect(detectEnvironment(userAgents.iPadDesktopMode, { maxTouchPoints: 5 })).toEqual({
      terminalType: 'WAP',
      osType: 'IOS',
    });
  });

  it('answers APP or MINI_APP only when the host app says so, keeping the OS', () => {
    expect(detectEnvironment(userAgents.androidWebView, { hostApp: 'APP' })).toEqual({
      terminalType: 'APP',
      osType: 'ANDROID',
    });
    expect(detectEnvironment(userAgents.iPhoneSafari, { hostApp: 'MINI_APP' })).toEqual({
      terminalType: 'MINI_APP',
      osType: 'IOS',
    });
  });

  it('reads navigator when no user agent is given', () => {
    expect(detectEnvironment()).toEqual(detectEnvironment(navigator.userAgent));
  });
});
