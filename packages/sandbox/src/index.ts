export { createFileStorage } from './createFileStorage';
export { createMerchantCredentials } from './createMerchantCredentials';
export { type CreateSandboxOptions, createSandbox, type Sandbox } from './createSandbox';
export { type DeclineReason, declineReasons } from './declineReasons';
export { magicAmountCode, magicAmounts } from './magicAmounts';
export type { NotificationDelivery } from './NotificationDelivery';
export { notificationScheduleMs } from './notificationSchedule';
export type {
  SandboxBatch,
  SandboxBatchStatus,
  SandboxBatchView,
  SandboxNotificationState,
  SandboxOrderRecord,
} from './SandboxBatch';
export type { CashierUrlKind, SandboxApi, SandboxFault, SandboxScenario } from './SandboxScenario';
export { parseScenario } from './SandboxScenario';
export type { SandboxSnapshot, SandboxStorage } from './SandboxStorage';
export { type MerchantFile, parseCliArgs, type SandboxCliOptions, startSandboxCli } from './startSandboxCli';
export { type SandboxServer, type StartSandboxServerOptions, startSandboxServer } from './startSandboxServer';
