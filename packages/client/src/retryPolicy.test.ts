import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse } from './apiErrorFromResponse.js';
import { defaultRetryPolicy, resolveRetryPolicy, retryDelay, retryOptions, shouldRetryRequest } from './retryPolicy.js';
import { statusPollDelay } from './statusPollDelay.js';
import { transportFailure } from './transportFailure.js';

describe('retry policy', () => {
  it('fills in the defaults for what is not given', () => {
    expect(resolveRetryPolicy()).toEqual({ retries: 3, baseDelayMs: 500, maxDelayMs: 8000 });
    expect(resolveRetryPolicy({ retries: 0 })).toEqual({ ...defaultRetryPolicy, retries: 0 });
  });

  it('doubles the delay from the base and caps it', () => {
    const policy = { retries: 9, baseDelayMs: 500, maxDelayMs: 3000 };
    expect([0, 1, 2, 3, 4].map((attempt) => retryDelay(policy, attempt))).toEqual([500, 1000, 2000, 3000, 3000]);
  });

  it('retries only a retryable API error, and only up to the number of retries', () => {
    const policy = resolveRetryPolicy({ retries: 2 });
    const offline = transportFailure(new Error('offline'));
    expect(shouldRetryRequest(policy, 0, offline)).toBe(true);
    expect(shouldRetryRequest(policy, 1, offline)).toBe(true);
    expect(shouldRetryRequest(policy, 2, offline)).toBe(false);
    expect(shouldRetryRequest(policy, 0, apiErrorFromResponse(502, null))).toBe(true);
    expect(shouldRetryRequest(policy, 0, apiErrorFromResponse(404, null))).toBe(false);
    expect(shouldRetryRequest(policy, 0, new Error('a bug'))).toBe(false);
  });

  it('gives react-query style retry and retryDelay functions', () => {
    const { retry, retryDelay: delay } = retryOptions({ retries: 1, baseDelayMs: 10, maxDelayMs: 100 });
    expect(retry(0, transportFailure('x'))).toBe(true);
    expect(retry(1, transportFailure('x'))).toBe(false);
    expect(delay(2)).toBe(40);
  });
});

describe('statusPollDelay', () => {
  it('grows by the factor from the first interval, rounded, and caps at the maximum', () => {
    expect([0, 1, 2, 3].map((polls) => statusPollDelay(polls))).toEqual([1000, 1500, 2250, 3375]);
    expect(statusPollDelay(20)).toBe(15_000);
    expect(statusPollDelay(2, { initialIntervalMs: 10, backoffFactor: 2, maxIntervalMs: 30 })).toBe(30);
    expect(statusPollDelay(-1, { initialIntervalMs: 10 })).toBe(10);
  });
});
