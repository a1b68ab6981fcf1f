import type { PaymentMethodOption } from '@batchpay/core';
import type { AntomClient } from './antom/createAntomClient.js';
import type { TokenBucketOptions } from './http/TokenBucketLimiter.js';
import type { BatchPayStorage } from './storage/BatchPayStorage.js';

/** What a cart or checkout route is about to touch, for the `authorize` hook. */
export type AuthorizeTarget = { cartId: string } | { checkoutId: string };

/** What the server knows about the connection a request came on (passed by the framework adapter). */
export interface ConnectionInfo {
  /** The peer address of the TCP connection, such as `req.socket.remoteAddress` on Node. */
  remoteAddress?: string | undefined;
}

/** Per-client limits; each request takes one token of its bucket. */
export interface RateLimitOptions {
  /** `POST /checkouts` (default burst 10, 0.5 per second). */
  checkouts?: TokenBucketOptions | undefined;
  /** `GET /checkouts/:id`, which may ask Antom (default burst 60, 2 per second). */
  statusReads?: TokenBucketOptions | undefined;
}

/** One step of a checkout, for logs: the demo prints each as one line. Never carries keys or full bodies. */
export interface BatchPayEvent {
  type:
    | 'checkout.created'
    | 'checkout.replayed'
    | 'checkout.resumed'
    | 'antom.batchPay'
    | 'antom.batchPay.failed'
    | 'checkout.outcome'
    | 'notify.accepted'
    | 'notify.rejected'
    /** A signed notification that names no checkout or order we hold: nothing changed, not acknowledged (redelivered). */
    | 'notify.unmatched'
    | 'inquiry.done'
    | 'inquiry.failed'
    | 'request.failed'
    /** A batchPay answer we could not trust: unsigned where required, forged, stale, or not bound to our request. */
    | 'antom.answer.untrusted'
    /** An inquiry answer we could not trust, or about another payment or amount. */
    | 'inquiry.untrusted'
    /** Antom has no record of this batchPaymentRequestId (the same id may be sent again). */
    | 'inquiry.no-record'
    /** A resumed checkout was not sent again, because Antom knows the batch (or we could not ask). */
    | 'checkout.not-resent'
    /** A signed result contradicted a final order status: SUCCESS kept (or taken over a FAIL), and recorded. */
    | 'payment.contradiction'
    /** The `authorize` hook refused a request. */
    | 'request.forbidden'
    /** A client went over its rate limit. */
    | 'request.limited';
  checkoutId?: string;
  batchPaymentRequestId?: string;
  detail: string;
}

export interface BatchPayHandlerOptions {
  storage: BatchPayStorage;
  antom: AntomClient;
  /** The methods this merchant offers (from configuration), in the order the picker should start from. */
  paymentMethods: ReadonlyArray<string | PaymentMethodOption>;
  /** Where Antom sends the buyer back; the handler appends `?checkout=<checkoutId>`. */
  returnUrl: string;
  /** The public URL of `POST <basePath>/antom/notify`, as Antom must call it. */
  notifyUrl: string;
  /** Path prefix the routes live under (default `/api`). */
  basePath?: string;
  /**
   * Ask Antom (inquiryPayment) when no notification came for this long and the batch is not final (default 5 000);
   * later inquiries wait twice as long each time, up to 512 s (Antom's polling guidance). Once the local expiry has
   * passed, the server asks once more at the next status read: our clock alone never makes a checkout final.
   */
  inquiryAfterMs?: number;
  /**
   * Ask Antom to expire the payment this long after the request (sent as `paymentExpiryTime`). Must be under the
   * limits of Antom's batchPay API reference: under 10 minutes, or under 48 hours for bank transfer. Default: not sent, so Antom's default
   * applies (14 minutes; 48 hours for bank transfer).
   */
  paymentExpiryMs?: number;
  /**
   * How long a creating request holds a checkout before a retry with the same key may take over (default 4 000).
   * The holder renews it every third of that while Antom is called, so only a dead process's lease runs out.
   */
  leaseMs?: number;
  /** Largest request body accepted (default 16 KiB for the API, 64 KiB for notifications). */
  maxBodyBytes?: number;
  /**
   * How long a request waits for a concurrent identical request before answering 409 CHECKOUT_IN_PROGRESS with
   * `Retry-After` (default 8 000).
   */
  waitForConcurrentMs?: number;
  /**
   * Called before every cart and checkout route with what it is about to touch; return false to answer
   * 403 FORBIDDEN. Tie carts to the buyer's session here (see the README). Default: everything is allowed.
   */
  authorize?: ((request: Request, target: AuthorizeTarget) => boolean | Promise<boolean>) | undefined;
  /** Per-client token buckets on checkout creation and status reads (429 RATE_LIMITED + Retry-After); false = off. */
  rateLimit?: RateLimitOptions | false | undefined;
  /**
   * The header a trusted reverse proxy puts the client address in (such as `x-forwarded-for`; its LAST entry is
   * used, the one your proxy added). Default: none, the connection's address is used. Never set it without a proxy
   * that overwrites the header, or a client could pick its own address.
   */
  trustProxyHeader?: string | undefined;
  /** The key a client is rate-limited by (default: its address). */
  clientKey?: ((request: Request, clientIp: string | undefined) => string) | undefined;
  /**
   * How far a notification's `request-time` may lie in the past (default 25 hours) or the future (5 minutes).
   * Antom redelivers an unacknowledged notification for about 24 h 22 min (0 s, 2 min, 10 min, 10 min, 1 h, 2 h, 6 h,
   * 15 h); a redelivery may carry the first delivery's time, so the window must cover the whole schedule.
   */
  notificationMaxAgeMs?: number | undefined;
  onEvent?: (event: BatchPayEvent) => void;
  now?: () => Date;
  newId?: () => string;
}
