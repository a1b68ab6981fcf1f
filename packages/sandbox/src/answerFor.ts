import { gatewayAnswer, resultOf } from './gatewayAnswer.js';
import type { SandboxEngine } from './SandboxEngine.js';

/**
 * An Antom-style answer to a gateway call. Signed for a registered client (the sandbox holds its key pair);
 * unsigned when the client is unknown or absent, which only ever happens with F or U codes.
 */
export async function answerFor(
  engine: SandboxEngine,
  path: string,
  clientId: string | undefined,
  body: object,
): Promise<Response> {
  const signable = clientId !== undefined && engine.merchants.has(clientId);
  return gatewayAnswer({
    path,
    body,
    now: engine.now(),
    ...(signable ? { signAs: { clientId, privateKey: engine.config.keys.privateKey } } : {}),
  });
}

/** An answer that is only a result (an error or a transient code). */
export function errorAnswer(
  engine: SandboxEngine,
  path: string,
  clientId: string | undefined,
  code: string,
  message?: string,
): Promise<Response> {
  return answerFor(engine, path, clientId, { result: resultOf(code, message) });
}
