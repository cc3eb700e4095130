import { describe, expect, it } from 'vitest';
import { isTransientStoreError } from '#shared/db/errors';

// Which store errors mean "busy for now, nothing written" (503 service.busy) and which are answers.
const named = (name: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(name), { name, ...extra });
const cancelled = (...codes: string[]) =>
  named('TransactionCanceledException', { CancellationReasons: codes.map((Code) => ({ Code })) });

describe('isTransientStoreError', () => {
  it.each([
    ['ThrottlingException', named('ThrottlingException')],
    ['ProvisionedThroughputExceededException', named('ProvisionedThroughputExceededException')],
    ['RequestLimitExceeded', named('RequestLimitExceeded')],
    ['InternalServerError', named('InternalServerError')],
    ['any 5xx from the service', named('SomethingNew', { $metadata: { httpStatusCode: 503 } })],
    ['a transaction cancelled by throttling', cancelled('None', 'ThrottlingError')],
    ['a transaction cancelled by a conflict', cancelled('TransactionConflict', 'None')],
  ])('is true for %s', (_name, error) => {
    expect(isTransientStoreError(error)).toBe(true);
  });

  it.each([
    ['a failed condition', named('ConditionalCheckFailedException', { $metadata: { httpStatusCode: 400 } })],
    [
      'a transaction whose condition failed (even with throttling beside it)',
      cancelled('ConditionalCheckFailed', 'ThrottlingError'),
    ],
    ['a validation error', named('ValidationException', { $metadata: { httpStatusCode: 400 } })],
    ['a programming error', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('is false for %s', (_name, error) => {
    expect(isTransientStoreError(error)).toBe(false);
  });
});
