import { describe, expect, it } from 'vitest';
import { userAgents } from '../../../fixtures/userAgents.js';
import { type RedirectBrowser, redirectBrowserFromUserAgent } from './index';

describe('redirectBrowserFromUserAgent', () => {
  it.each<[keyof typeof userAgents, RedirectBrowser]>([
    ['desktopChrome', 'desktop'],
    ['iPhoneSafari', 'ios-browser'],
    ['androidChrome', 'android-browser'],
    ['androidFirefox', 'android-browser'],
    ['androidWebView', 'android-webview'],
    ['weChatAndroid', 'android-webview'],
    ['weChatIos', 'ios-in-app'],
    ['iPadDesktopMode', 'desktop'],
  ])('%s → %s', (device, browser) => {
    expect(redirectBrowserFromUserAgent(userAgents[device])).toBe(browser);
  });

  it('an iPad reporting a desktop Safari is iOS by its touch points', () => {
    expect(redirectBrowserFromUserAgent(userAgents.iPadDesktopMode, { maxTouchPoints: 5 })).toBe('ios-browser');
  });
});
