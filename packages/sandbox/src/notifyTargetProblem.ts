/** True for `localhost`, `*.localhost`, 127.0.0.0/8 and `[::1]`: addresses that never leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Why the sandbox will not post a notification to `url`, or undefined when it may: only loopback hosts and the hosts
 * the sandbox was started with (`notifyAllowHosts`, CLI `--notify-allow`), so a registered merchant cannot make the
 * sandbox call internal addresses.
 */
export function notifyTargetProblem(url: string, allowHosts: readonly string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `paymentNotifyUrl ${JSON.stringify(url)} is not an absolute URL.`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `paymentNotifyUrl uses ${parsed.protocol}: only http(s) notify URLs are called.`;
  }
  const bare = (host: string) => host.toLowerCase().replace(/^\[|\]$/g, '');
  const host = bare(parsed.hostname);
  if (isLoopbackHost(host)) return undefined;
  if (allowHosts.some((allowed) => bare(allowed) === host)) return undefined;
  return `Not sent: the notify host ${host} is neither loopback nor allowed. Start the sandbox with --notify-allow ${host} (createSandbox option notifyAllowHosts) to let it receive notifications.`;
}
