import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';

export class BusyError extends Error {}

const isTransactionConflict = (error: unknown) => {
  const cancelled = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  if (cancelled?.name === 'TransactionConflictException') return true;
  return (
    cancelled?.name === 'TransactionCanceledException' &&
    (cancelled.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict') &&
    !(cancelled.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed')
  );
};

/**
 * Runs a transaction, retrying with jittered backoff while DynamoDB reports it
 * collided with another transaction on the same item (not a failed condition:
 * those are answers, and are thrown to the caller at once).
 */
export async function transact(input: TransactWriteCommandInput, attempts = 12): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await documents().send(new TransactWriteCommand(input));
      return;
    } catch (error) {
      if (!isTransactionConflict(error)) throw error;
      if (attempt >= attempts) throw new BusyError('Too many concurrent changes; try again.');
      const ceiling = Math.min(1000, 20 * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}
