import { type DetectedEnvironment, type EnvironmentHints, environmentFromUserAgent } from '@batchpay/core';

export type { DetectedEnvironment } from '@batchpay/core';
export type DetectEnvironmentOptions = EnvironmentHints;

/**
 * Antom's `env` for this buyer: WEB or WAP from the user agent (the rule Antom's own plugins use), APP or MINI_APP
 * when the host app says so. Without arguments it reads `navigator`; on a server it answers WEB.
 */
export function detectEnvironment(userAgent?: string, options: DetectEnvironmentOptions = {}): DetectedEnvironment {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return environmentFromUserAgent(userAgent ?? nav?.userAgent ?? '', {
    ...options,
    maxTouchPoints: options.maxTouchPoints ?? (userAgent === undefined ? nav?.maxTouchPoints : undefined),
  });
}
