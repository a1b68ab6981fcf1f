/**
 * The pragmas set on every SQLite connection of the kit. WAL lets readers run beside the writer; `synchronous = FULL`
 * syncs the WAL on every commit, so an acknowledged notification or a written checkout survives an OS crash or a
 * power cut (NORMAL could roll back the last commits).
 */
export const sqlitePragmas = [
  'journal_mode = WAL',
  'busy_timeout = 5000',
  'foreign_keys = ON',
  'synchronous = FULL',
] as const;
