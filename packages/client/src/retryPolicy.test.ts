import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse } from './apiErrorFromResponse.js';
import { defaultRetryPolicy, resolveRetryPolicy, retryDelay, shouldRetryRequest } from './retryPolicy.js';
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

  it('retries 409 CHECKOUT_IN_PROGRESS and 429 after their Retry-After, not another 409 nor a wait over a minute', () => {
    const policy = resolveRetryPolicy({ retries: 3, baseDelayMs: 100, maxDelayMs: 1000 });
    const busy = apiErrorFromResponse(409, { error: { code: 'CHECKOUT_IN_PROGRESS', message: 'busy' } }, 2000);
    const limited = apiErrorFromResponse(429, { error: { code: 'RATE_LIMITED', message: 'slow' } }, 5000);
    const changed = apiErrorFromResponse(409, { error: { code: 'CART_CHANGED', message: 'changed' } }, 2000);
    expect([busy.retryable, limited.retryable, changed.retryable]).toEqual([true, true, false]);
    expect(changed.retryAfterMs).toBeUndefined();
    expect(shouldRetryRequest(policy, 0, busy)).toBe(true);
    expect(retryDelay(policy, 0, busy)).toBe(2000);
    expect(retryDelay(policy, 0, limited)).toBe(5000);
    expect(retryDelay(policy, 0, apiErrorFromResponse(429, null))).toBe(100);
    expect(shouldRetryRequest(policy, 0, changed)).toBe(false);
    expect(shouldRetryRequest(policy, 0, apiErrorFromResponse(429, null, 61_000))).toBe(false);
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
