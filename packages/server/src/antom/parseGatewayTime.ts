/**
 * `response-time` / `request-time` as Antom writes them: epoch milliseconds (Antom's Java SDK, our sandbox) or ISO 8601 with
 * an offset (Antom's Python SDK: `2026-12-03T11:54:48+00:00`). Both are accepted.
 */
export function parseGatewayTime(value: string): number | undefined {
  if (/^\d{10,16}$/.test(value)) return Number(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}
