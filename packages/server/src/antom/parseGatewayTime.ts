/** `response-time` as Antom and our sandbox write it: epoch milliseconds, or ISO 8601 with an offset. */
export function parseGatewayTime(value: string): number | undefined {
  if (/^\d{10,16}$/.test(value)) return Number(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}
