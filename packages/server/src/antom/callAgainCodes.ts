/** Result codes whose further action is "call the interface again": retried with the same request id. */
export const callAgainCodes: ReadonlySet<string> = new Set(['REQUEST_TRAFFIC_EXCEED_LIMIT', 'UNKNOWN_EXCEPTION']);
