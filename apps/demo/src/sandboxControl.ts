/** The sandbox's control endpoint (packages/sandbox, CORS open): what its next batchPay answers. */

async function errorText(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string') {
      return (body as { error: string }).error;
    }
  } catch {
    // not JSON
  }
  return `HTTP ${response.status}`;
}

function unreachable(sandboxUrl: string, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`The sandbox at ${sandboxUrl} did not answer (${reason}): start it with "npm start".`);
}

/** Makes the sandbox's next batchPay answer `resultCode` (any code of Antom's result-code table). */
export async function setNextResultCode(sandboxUrl: string, resultCode: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${sandboxUrl}/sandbox/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resultCode }),
    });
  } catch (error) {
    throw unreachable(sandboxUrl, error);
  }
  if (!response.ok) throw new Error(`The sandbox refused the scenario: ${await errorText(response)}`);
}

/** Removes every scenario not used yet: the next batchPay behaves normally. */
export async function clearScenarios(sandboxUrl: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${sandboxUrl}/sandbox/scenarios`, { method: 'DELETE' });
  } catch (error) {
    throw unreachable(sandboxUrl, error);
  }
  if (!response.ok) throw new Error(`The sandbox could not clear its scenarios: ${await errorText(response)}`);
}
