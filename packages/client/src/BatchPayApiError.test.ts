import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse } from './apiErrorFromResponse.js';
import { BatchPayApiError } from './BatchPayApiError.js';
import { failedOutcomeFromError } from './failedOutcomeFromError.js';
import { transportFailure } from './transportFailure.js';

describe('BatchPayApiError and its constructors', () => {
  it('reads the backend error body of a 4xx: not retryable, with code, message and field', () => {
    const error = apiErrorFromResponse(422, {
      error: { code: 'UNKNOWN_CART', message: 'no cart c1', field: 'cartId' },
    });
    expect(error).toBeInstanceOf(BatchPayApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'BatchPayApiError',
      code: 'UNKNOWN_CART',
      message: 'no cart c1',
      status: 422,
      field: 'cartId',
      retryable: false,
    });
  });

  it('makes a 5xx without a body retryable, named after the status', () => {
    const error = apiErrorFromResponse(503, null);
    expect(error).toMatchObject({ code: 'HTTP_503', status: 503, retryable: true, field: undefined });
    expect(error.message).toMatch(/HTTP 503/);
  });

  it('ignores an error body of the wrong shape instead of crashing', () => {
    expect(apiErrorFromResponse(400, { error: { code: 7, message: ['x'] } })).toMatchObject({
      code: 'HTTP_400',
      retryable: false,
    });
    expect(apiErrorFromResponse(400, 'plain text').code).toBe('HTTP_400');
  });

  it('turns a request that got no answer into a retryable TRANSPORT_ERROR that names the fix', () => {
    const error = transportFailure(new TypeError('Failed to fetch'));
    expect(error).toMatchObject({ code: 'TRANSPORT_ERROR', status: 0, retryable: true });
    expect(error.message).toMatch(/Failed to fetch.*apiBaseUrl/);
    expect(transportFailure('offline').message).toMatch(/offline/);
  });

  it('maps errors to failed outcomes: a refusal is final for the request, no answer keeps the request id', () => {
    expect(
      failedOutcomeFromError(apiErrorFromResponse(409, { error: { code: 'CART_CHANGED', message: 'm' } })),
    ).toMatchObject({ kind: 'failed', code: 'CART_CHANGED', status: 'F', message: 'm' });
    const offline = failedOutcomeFromError(transportFailure(new Error('down')));
    expect(offline).toMatchObject({ code: 'TRANSPORT_ERROR', status: 'U', retry: 'same-request-id' });
    expect(failedOutcomeFromError(apiErrorFromResponse(500, null)).retry).toBe('same-request-id');
    expect(failedOutcomeFromError(new Error('boom'))).toMatchObject({ code: 'TRANSPORT_ERROR', message: 'boom' });
  });
});
