import { formatValidationIssues, type ValidationIssue } from '@batchpay/core';

/** At most this many issues are spelled out in an error message; the rest are counted. */
export const maxReportedIssues = 5;

/** The validation issues as one message, capped so that a huge hostile body never makes a huge answer. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  const shown = formatValidationIssues(issues.slice(0, maxReportedIssues));
  const more = issues.length - maxReportedIssues;
  return more > 0 ? `${shown}; and ${more} more issue(s)` : shown;
}
