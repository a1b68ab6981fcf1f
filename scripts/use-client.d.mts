/** Prepends 'use client' to each built file (idempotent) and shifts its source map by the added line. */
export function prependUseClient(files: readonly string[]): void;
