// The gateway of `scripts/bench-server.mjs`, in its own process (as Antom's gateway is another machine): the sandbox
// (packages/sandbox, its own RSA signing and verifying and its own SQLite) on a loopback HTTP port. Started with an
// IPC channel; sends { url, antomPublicKey, clientId, privateKey } when ready, then answers { cpu } to 'cpu' (its CPU
// time, user + system, all threads, in microseconds) and exits on 'close'.
import path from 'node:path';
import { root } from './ensure.mjs';

const signature = await import(path.join(root, 'packages/core/dist/signature/signature.js'));
const sandboxPkg = await import(path.join(root, 'packages/sandbox/dist/index.js'));

const gatewayKeys = await signature.generateKeyPair();
const gateway = await sandboxPkg.startSandboxServer({ port: 0, keys: gatewayKeys, notifyTimeScale: 0.001 });
const creds = await sandboxPkg.createMerchantCredentials();
gateway.sandbox.registerMerchant({ clientId: creds.clientId, publicKey: creds.publicKey });

process.on('message', async (message) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send({ cpu: user + system });
  } else if (message === 'close') {
    await gateway.close();
    process.disconnect();
  }
});
process.send({
  url: gateway.url,
  antomPublicKey: gatewayKeys.publicKey,
  clientId: creds.clientId,
  privateKey: creds.privateKey,
});
