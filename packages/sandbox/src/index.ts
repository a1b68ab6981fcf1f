export type { PaymentResultNotification } from './buildPaymentNotification.js';
export { createMerchantCredentials } from './createMerchantCredentials.js';
export { type CreateSandboxOptions, createSandbox, defaultCorsOrigins, type Sandbox } from './createSandbox.js';
export { createSqliteStorage } from './createSqliteStorage.js';
export { type DeclineReason, declineReasons } from './declineReasons.js';
export { magicAmountCode, magicAmounts } from './magicAmounts.js';
export type { NotificationDelivery } from './NotificationDelivery.js';
export { type NotifyShape, notifyShapes } from './NotifyShape.js';
export { notificationScheduleMs } from './notificationSchedule.js';
export { isLoopbackHost } from './notifyTargetProblem.js';
export type {
  SandboxBatch,
  SandboxBatchStatus,
  SandboxBatchView,
  SandboxNotificationState,
  SandboxOrderRecord,
} from './SandboxBatch.js';
export type { CashierUrlKind, SandboxApi, SandboxFault, SandboxScenario } from './SandboxScenario.js';
export { parseScenario } from './SandboxScenario.js';
export type { SandboxSnapshot, SandboxStorage } from './SandboxStorage.js';
export { type MerchantFile, parseCliArgs, type SandboxCliOptions, startSandboxCli } from './startSandboxCli.js';
export {
  defaultServerTimeouts,
  type SandboxServer,
  type SandboxServerTimeouts,
  type StartSandboxServerOptions,
  startSandboxServer,
} from './startSandboxServer.js';
export { submitCashierForm } from './submitCashierForm.js';
export type { KeyPemFiles } from './writeKeyPemFiles.js';
