import type { SandboxApi, SandboxScenario } from './SandboxScenario.js';

interface PendingScenario {
  scenario: SandboxScenario;
  remaining: number;
}

/** The scenarios waiting for gateway calls. A scenario for a request id wins over a general one. */
export class ScenarioBook {
  private pending: PendingScenario[] = [];

  add(scenario: SandboxScenario): void {
    this.pending.push({ scenario, remaining: scenario.times ?? 1 });
  }

  clear(): number {
    const count = this.pending.length;
    this.pending = [];
    return count;
  }

  list(): Array<SandboxScenario & { remaining: number }> {
    return this.pending.map((p) => ({ ...p.scenario, remaining: p.remaining }));
  }

  /** Takes (uses up once) the scenario for this call, if any. */
  take(api: SandboxApi, batchPaymentRequestId: string | undefined): SandboxScenario | undefined {
    const applies = (p: PendingScenario) => (p.scenario.api ?? 'batchPay') === api;
    const match =
      this.pending.find(
        (p) =>
          applies(p) &&
          p.scenario.batchPaymentRequestId !== undefined &&
          p.scenario.batchPaymentRequestId === batchPaymentRequestId,
      ) ?? this.pending.find((p) => applies(p) && p.scenario.batchPaymentRequestId === undefined);
    if (!match) return undefined;
    match.remaining -= 1;
    if (match.remaining <= 0) this.pending = this.pending.filter((p) => p !== match);
    return match.scenario;
  }
}
