/** ISO 8601 with an offset and no fraction, as Antom writes times: "2026-11-25T19:56:03Z". */
export function formatGatewayTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
