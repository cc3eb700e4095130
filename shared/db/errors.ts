// Repository outcomes the API maps to HTTP; the API never sees SDK errors.
import type { Said } from '../messages/language.ts';
import type { ProblemCode } from '../messages/problems.ts';

/** The item changed since the caller read it (optimistic locking). */
export class StaleVersionError extends Error {}

/**
 * A uniqueness or state rule stopped the write: `code` says which, `field` what
 * to blame, and `said` this case in words when the code's own do not say enough.
 */
export class ConflictError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly field = 'status',
    readonly said?: Said,
  ) {
    super(code);
  }
}

export const isConditionalCheckFailed = (error: unknown) =>
  (error as { name?: string })?.name === 'ConditionalCheckFailedException';

/**
 * For a cancelled transaction, the index of each item whose condition failed.
 * Any other cancellation (throttling, conflicts between transactions) rethrows.
 */
export function failedConditions(error: unknown): number[] | undefined {
  const cancelled = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  if (cancelled?.name !== 'TransactionCanceledException' || !cancelled.CancellationReasons) return undefined;
  const codes = cancelled.CancellationReasons.map((reason) => reason.Code);
  if (!codes.includes('ConditionalCheckFailed')) return undefined;
  return codes.flatMap((code, index) => (code === 'ConditionalCheckFailed' ? [index] : []));
}

const transientNames = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionConflictException',
  'TimeoutError',
]);

/**
 * The store failed for now, not for this request: DynamoDB throttled or erred
 * after the SDK's own retries, or a transaction kept colliding. Nothing was
 * written (a failed call or transaction writes nothing), so the caller may retry.
 */
export function isTransientStoreError(error: unknown): boolean {
  const failed = error as { name?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (!failed || typeof failed !== 'object') return false;
  if (transientNames.has(failed.name ?? '')) return true;
  if (
    failed.name === 'TransactionCanceledException' &&
    (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons?.some((reason) =>
      ['ThrottlingError', 'ProvisionedThroughputExceeded', 'TransactionConflict'].includes(reason.Code ?? ''),
    ) &&
    failedConditions(error) === undefined
  )
    return true;
  return (failed.$metadata?.httpStatusCode ?? 0) >= 500;
}
