import { resultCodeList } from '@batchpay/core';
import { detectEnvironment } from '@batchpay/react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useDemoSettings } from './DemoSettings';
import { demoConfig } from './demoConfig';
import { describeEvent } from './describeEvent';
import { useEventLog } from './EventLog';
import { regionChoices } from './regionChoices';
import { clearScenarios, setNextResultCode } from './sandboxControl';
import { terminalChoices } from './terminalChoices';
import { useBrowserRegion } from './useBrowserRegion';
import { useBrowserSnapshot } from './useBrowserSnapshot';

const statusNames = { S: 'Success (S)', U: 'Unknown (U)', F: 'Failure (F)' } as const;
const codesByStatus = (['S', 'U', 'F'] as const).map((status) => ({
  status,
  codes: resultCodeList.filter((info) => info.status === status),
}));

function readDetected(): string {
  const detected = detectEnvironment();
  return detected.osType ? `${detected.terminalType}, ${detected.osType}` : detected.terminalType;
}

type ScenarioState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/**
 * Controls for trying the kit, kept apart from the shop: the buyer's region (the picker re-sorts), the terminal the
 * hooks emulate, and what the sandbox answers to the next payment. Also the hooks' event log.
 */
export function DeveloperPanel(): ReactNode {
  const settings = useDemoSettings();
  const log = useEventLog();
  const id = useId();
  const [code, setCode] = useState('PAYMENT_IN_PROCESS');
  const [scenario, setScenario] = useState<ScenarioState>({ kind: 'idle' });
  const detectedText = useBrowserSnapshot(readDetected);
  const fromBrowser = useBrowserRegion();

  const apply = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setScenario({ kind: 'busy' });
    try {
      await setNextResultCode(demoConfig.sandboxUrl, code);
      setScenario({ kind: 'done', text: `The next payment will be answered with ${code}.` });
    } catch (error) {
      setScenario({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  const clear = async () => {
    setScenario({ kind: 'busy' });
    try {
      await clearScenarios(demoConfig.sandboxUrl);
      setScenario({ kind: 'done', text: 'Cleared: the sandbox answers normally again.' });
    } catch (error) {
      setScenario({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <aside className="dev-panel" aria-labelledby={`${id}-title`}>
      <details open>
        <summary>
          <h2 id={`${id}-title`} className="dev-panel__title">
            Developer panel
          </h2>
          <span className="dev-panel__badge">Sandbox only</span>
        </summary>
        <p className="dev-panel__intro">Not part of the shop: settings for trying the checkout kit.</p>

        <div className="dev-field">
          <label htmlFor={`${id}-region`}>Buyer region</label>
          <select
            id={`${id}-region`}
            value={settings.region}
            onChange={(e) => settings.setRegion(e.currentTarget.value)}
            aria-describedby={`${id}-region-hint`}
          >
            <option value="auto">From the browser language{fromBrowser ? ` (${fromBrowser})` : ''}</option>
            {regionChoices.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label} ({r.code})
              </option>
            ))}
          </select>
          <p id={`${id}-region-hint`} className="dev-hint">
            The buyer's home wallets move to the top of the payment methods.
          </p>
        </div>

        <div className="dev-field">
          <label htmlFor={`${id}-terminal`}>Terminal to emulate</label>
          <select
            id={`${id}-terminal`}
            value={settings.terminal}
            onChange={(e) => settings.setTerminal(e.currentTarget.value)}
            aria-describedby={`${id}-terminal-hint`}
          >
            {terminalChoices.map((t) => (
              <option key={t.id} value={t.id}>
                {t.id === 'auto' && detectedText ? `${t.label} (${detectedText})` : t.label}
              </option>
            ))}
          </select>
          <p id={`${id}-terminal-hint`} className="dev-hint">
            Sent as Antom's env; decides which cashier URL is tried first.
          </p>
        </div>

        <form className="dev-field" onSubmit={apply}>
          <label htmlFor={`${id}-scenario`}>Sandbox answer for the next payment</label>
          <select id={`${id}-scenario`} value={code} onChange={(e) => setCode(e.currentTarget.value)}>
            {codesByStatus.map((group) => (
              <optgroup key={group.status} label={statusNames[group.status]}>
                {group.codes.map((info) => (
                  <option key={info.code} value={info.code}>
                    {info.code}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <div className="dev-actions">
            <button type="submit" className="dev-button" disabled={scenario.kind === 'busy'}>
              Apply to next payment
            </button>
            <button type="button" className="dev-button" onClick={clear} disabled={scenario.kind === 'busy'}>
              Clear
            </button>
          </div>
          <p className="dev-hint" role="status" data-state={scenario.kind}>
            {scenario.kind === 'done' || scenario.kind === 'error' ? scenario.text : ''}
          </p>
        </form>

        <div className="dev-field">
          <div className="dev-log__header">
            <h3 id={`${id}-log`} className="dev-panel__subtitle">
              Checkout events
            </h3>
            {log.events.length > 0 ? (
              <button type="button" className="dev-button dev-button--small" onClick={log.clear}>
                Clear log
              </button>
            ) : null}
          </div>
          {log.events.length === 0 ? (
            <p className="dev-hint">No events on this page yet.</p>
          ) : (
            <ol className="dev-log" aria-labelledby={`${id}-log`}>
              {log.events.map((entry) => (
                <li key={entry.id} data-type={entry.event.type}>
                  {describeEvent(entry.event)}
                </li>
              ))}
            </ol>
          )}
        </div>
      </details>
    </aside>
  );
}
