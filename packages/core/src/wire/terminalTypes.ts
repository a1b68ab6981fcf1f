/*
 * Antom's `env.terminalType` and `env.osType`: plain lists, apart from the schemas, so that a browser that needs only
 * the names does not load the schemas.
 */
export const terminalTypes = ['WEB', 'WAP', 'APP', 'MINI_APP'] as const;
export type TerminalType = (typeof terminalTypes)[number];
export const osTypes = ['IOS', 'ANDROID'] as const;
export type OsType = (typeof osTypes)[number];
