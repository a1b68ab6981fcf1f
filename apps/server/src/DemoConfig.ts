/** Where the demo backend sends payments: the local sandbox (default) or Antom itself. */
export interface AntomTarget {
  kind: 'sandbox' | 'antom';
  clientId: string;
  /** As given (PEM or Base64, PKCS#8 or PKCS#1); checked by loadConfig. */
  privateKey: string;
  antomPublicKey: string;
  /** ANTOM_MERCHANT_PUBLIC_KEY: the public key uploaded to Antom; the pair is checked at start-up. */
  merchantPublicKey?: string | undefined;
  /** ANTOM_BASE_URL, or the host of ANTOM_REGION. */
  baseUrl: string;
}

/** Everything apps/server reads from the environment (see README.md). */
export interface DemoConfig {
  host: string;
  port: number;
  demoOrigin: string;
  publicUrl: string;
  returnUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  paymentMethods: string[];
  inquiryAfterMs: number;
  /** PAYMENT_EXPIRY_SECONDS: sent to Antom as paymentExpiryTime; undefined keeps Antom's default. */
  paymentExpiryMs: number | undefined;
  /** Set when talking to Antom; otherwise the sandbox is found (or started) from these. */
  antom: AntomTarget | undefined;
  sandboxUrl: string;
  sandboxDataDir: string;
  sandboxAutostart: boolean;
  /** HEADERS_TIMEOUT_MS: a client must send its request headers within this (default 10 000). */
  headersTimeoutMs: number;
  /** REQUEST_TIMEOUT_MS: a client must send its whole request within this (default 30 000). */
  requestTimeoutMs: number;
  /** KEEP_ALIVE_TIMEOUT_MS: an idle keep-alive connection is closed after this (default 5 000). */
  keepAliveTimeoutMs: number;
  /** RATE_LIMIT: `off` turns the per-client limits off (default on, with the demo's roomier limits). */
  rateLimit: boolean;
  /** TRUST_PROXY_HEADER: the header a reverse proxy puts the client address in (such as x-forwarded-for). */
  trustProxyHeader: string | undefined;
}
