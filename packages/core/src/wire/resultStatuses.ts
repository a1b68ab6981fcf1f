/** Antom's `result.resultStatus`: S success, F failure, U unknown (see the result-process logic in results/). */
export const resultStatuses = ['S', 'F', 'U'] as const;
export type ResultStatus = (typeof resultStatuses)[number];
