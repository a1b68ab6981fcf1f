import { type CashierRedirectPlan, methodDisplayName, type RedirectAttempt } from '@batchpay/core';
import { type UseCashierRedirectOptions, useCashierRedirect } from '@batchpay/react';
import { type ComponentType, type ReactNode, Suspense, useId } from 'react';
import type { AllowUndefined } from './AllowUndefined.js';
import { useMessages } from './messages/BatchPayMessagesProvider.js';
import { formatMessage } from './messages/formatMessage.js';
import type { MessageOverrides } from './messages/Messages.js';
import type { QrCodeProps } from './QrCode.js';
import { useCheckoutSettings } from './useCheckoutSettings.js';
import { useIsDesktop } from './useIsDesktop.js';

/**
 * The redirect is a view of the provider's checkout machine: it shows the machine's plan and position and keeps no
 * state of its own. Render it while `useBatchPay().state.status` is `redirecting`.
 */
export interface CashierRedirectProps extends AllowUndefined<UseCashierRedirectOptions> {
  /** The chosen method, for "Opening KakaoPay…". */
  paymentMethodType?: string | undefined;
  /** The name to show instead of the catalogue's. */
  methodName?: string | undefined;
  /**
   * The QR code component, to show a QR code of the app link (else the cashier URL) so the buyer can pay with a
   * phone: `import { QrCode } from '@batchpay/ui/qr'` and pass `qrCode={QrCode}`. Shown only on a desktop browser
   * unless `terminalType` says otherwise. Absent by default, so a checkout without it never loads the QR encoder.
   * A `React.lazy` component works too (a placeholder holds its place while it loads).
   */
  qrCode?: ComponentType<QrCodeProps> | undefined;
  /** Overrides the desktop detection for the QR code (`WEB` = desktop). */
  terminalType?: 'WEB' | 'WAP' | 'APP' | 'MINI_APP' | undefined;
  locale?: string | undefined;
  messages?: MessageOverrides | undefined;
  headingLevel?: 2 | 3 | 4 | undefined;
}

/** What a phone should scan: the app link (fired or kept for the buyer's hand on this desktop), else the cashier. */
function qrTarget(plan: CashierRedirectPlan): string | undefined {
  const usable = [...plan.attempts, ...plan.manualOnly];
  const find = (kind: RedirectAttempt['kind']) => usable.find((a) => a.kind === kind)?.url;
  return find('applink') ?? find('normal');
}

/**
 * What the buyer sees after Pay: which app is being opened, the countdown to the next way, a manual link for every
 * URL, and (when given `qrCode`, on a desktop) a QR code. Changes are announced through a polite live region.
 */
export function CashierRedirect(props: CashierRedirectProps): ReactNode {
  const {
    paymentMethodType,
    methodName,
    qrCode: QrCode,
    terminalType,
    locale,
    messages,
    headingLevel = 2,
    ...options
  } = props;
  const settings = useCheckoutSettings(locale);
  const m = useMessages(settings.locale, messages);
  // Every option of the hook takes `undefined` (absent), so the rest of the props is its options as they are.
  const redirect = useCashierRedirect(undefined, options);
  const { plan } = redirect;
  const isDesktopBrowser = useIsDesktop();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;

  const method =
    methodName ?? (paymentMethodType ? methodDisplayName({ paymentMethodType }) : undefined) ?? m.picker.label;
  const values = { method };
  const attempts = plan?.attempts ?? [];

  let announcement: string;
  if (attempts.length === 0) announcement = m.redirect.noUrl;
  else if (redirect.status === 'exhausted') announcement = formatMessage(m.redirect.allAttemptsFailed, values);
  else if (redirect.attemptIndex > 0 && redirect.status !== 'manual') {
    // Each attempt is announced: the next way to open the app, or the cashier page after the app did not open.
    const toPage = redirect.currentAttempt?.kind === 'normal';
    announcement = formatMessage(toPage ? m.redirect.openingPage : m.redirect.appDidNotOpen, values);
  } else announcement = formatMessage(m.redirect.opening, values);

  const seconds = redirect.timeLeftMs === null ? null : Math.ceil(redirect.timeLeftMs / 1000);
  const isDesktop = terminalType ? terminalType === 'WEB' : isDesktopBrowser;
  const qrUrl = QrCode && isDesktop && plan ? qrTarget(plan) : undefined;
  const appLinks = redirect.manualLinks.filter((l) => l.kind !== 'normal');

  return (
    <section className="bp-redirect" aria-labelledby={headingId} data-state={redirect.status}>
      <Heading id={headingId} className="bp-heading">
        {formatMessage(m.redirect.heading, values)}
      </Heading>
      <p className="bp-redirect__status" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {seconds !== null && redirect.status === 'waiting' && redirect.attemptIndex + 1 < attempts.length ? (
        <p className="bp-muted" data-testid="bp-countdown">
          {formatMessage(m.redirect.countdown, { ...values, seconds })}
        </p>
      ) : null}
      {plan?.rejected.some((r) => r.why === 'unsafe') ? <p className="bp-muted">{m.redirect.rejected}</p> : null}
      {plan?.rejected.some((r) => r.why === 'not-used') ? (
        <p className="bp-muted">{formatMessage(m.redirect.notUsed, values)}</p>
      ) : null}
      {redirect.manualLinks.length > 0 ? (
        <div>
          <p className="bp-muted">{m.redirect.manualHeading}</p>
          <div className="bp-actions">
            {redirect.manualLinks.map((link) => {
              const appIndex = appLinks.indexOf(link);
              const template =
                link.kind === 'normal'
                  ? m.redirect.openPage
                  : appIndex > 0
                    ? m.redirect.openAppAlternative
                    : m.redirect.openApp;
              return (
                <a
                  key={`${link.index}:${link.kind}`}
                  className="bp-button bp-link"
                  href={link.url}
                  target={link.target}
                  rel={link.target === '_blank' ? 'noopener noreferrer' : undefined}
                  data-kind={link.kind}
                  onClick={() => redirect.chooseLink(link.index)}
                >
                  {formatMessage(template, values)}
                </a>
              );
            })}
          </div>
        </div>
      ) : null}
      {QrCode && qrUrl ? (
        <figure className="bp-redirect__qr">
          <Suspense fallback={<span className="bp-redirect__qr-placeholder" />}>
            <QrCode value={qrUrl} label={m.redirect.qrHeading} />
          </Suspense>
          <figcaption className="bp-muted">{formatMessage(m.redirect.qrHint, values)}</figcaption>
        </figure>
      ) : null}
    </section>
  );
}
