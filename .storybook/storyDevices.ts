import type { DetectedEnvironment } from '../packages/client/src/index';

/**
 * The devices of the toolbar's "Device" menu: what the checkout machine is told about the buyer's browser (Antom's
 * terminal and OS, core's `RedirectBrowser`), so the redirect plan is the one that device gets.
 */
export const storyDevices = {
  desktop: { title: 'Desktop', env: { terminalType: 'WEB', browser: 'desktop' } },
  iphone: { title: 'iPhone (Safari)', env: { terminalType: 'WAP', osType: 'IOS', browser: 'ios-browser' } },
  'iphone-in-app': {
    title: 'iPhone (in-app browser)',
    env: { terminalType: 'WAP', osType: 'IOS', browser: 'ios-in-app' },
  },
  'android-chrome': {
    title: 'Android Chrome',
    env: { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-browser' },
  },
  'android-webview': {
    title: 'Android WebView',
    env: { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-webview' },
  },
} as const satisfies Record<string, { title: string; env: DetectedEnvironment }>;

export type StoryDevice = keyof typeof storyDevices;
