/**
 * Antom's gateway hosts by region (Antom's server SDKs: EndPointConstants). The sandbox is not a host of its own: a
 * client id starting with `SANDBOX_` selects the `/ams/sandbox/api/…` paths on the same hosts.
 */
export const antomEndpoints = {
  'north-america': 'https://open-na-global.alipay.com',
  asia: 'https://open-sea-global.alipay.com',
  europe: 'https://open-de-global.alipay.com',
} as const;

export type AntomRegion = keyof typeof antomEndpoints;
