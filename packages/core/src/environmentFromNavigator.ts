import type { DetectedEnvironment } from './environmentFromUserAgent.js';
import { type EnvironmentHints, environmentFromUserAgent } from './environmentFromUserAgent.js';

/** What `environmentFromNavigator` reads of the browser's `navigator`. */
export interface NavigatorLike {
  userAgent: string;
  maxTouchPoints?: number;
}

/**
 * `environmentFromUserAgent` for a user agent given or else the navigator's (none on a server: WEB). The navigator's
 * touch points count only for its own user agent.
 */
export function environmentFromNavigator(
  nav: NavigatorLike | undefined,
  userAgent?: string,
  hints: EnvironmentHints = {},
): DetectedEnvironment {
  return environmentFromUserAgent(userAgent ?? nav?.userAgent ?? '', {
    ...hints,
    maxTouchPoints: hints.maxTouchPoints ?? (userAgent === undefined ? nav?.maxTouchPoints : undefined),
  });
}
