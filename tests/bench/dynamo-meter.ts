import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

// Counts and times what the app asks of DynamoDB, from outside the production code: a
// middleware on the shared client asks every call for its consumed capacity and notes
// the operation, the units and when the call ran.

const readOperations = new Set([
  'GetItemCommand',
  'QueryCommand',
  'BatchGetItemCommand',
  'TransactGetItemsCommand',
]);

export interface Call {
  operation: string;
  read: boolean;
  units: number;
  started: number;
  ended: number;
}

interface Capacity {
  CapacityUnits?: number;
}

export class DynamoMeter {
  calls: Call[] = [];

  attach(client: DynamoDBDocumentClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as Record<string, unknown>;
        input.ReturnConsumedCapacity = 'TOTAL';
        const started = performance.now();
        const result = await next(args);
        const output = result.output as { ConsumedCapacity?: Capacity | Capacity[] };
        const capacity = output.ConsumedCapacity;
        const units = (Array.isArray(capacity) ? capacity : capacity ? [capacity] : []).reduce(
          (sum, entry) => sum + (entry.CapacityUnits ?? 0),
          0,
        );
        const operation = context.commandName ?? 'unknown';
        this.calls.push({
          operation,
          read: readOperations.has(operation),
          units,
          started,
          ended: performance.now(),
        });
        return result;
      },
      { step: 'initialize', name: 'benchDynamoMeter' },
    );
  }

  /** The calls made while `work` ran, and the time DynamoDB was busy with them (overlaps once). */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; calls: Call[]; dynamoMs: number }> {
    const from = this.calls.length;
    const result = await work();
    const calls = this.calls.slice(from);
    return { result, calls, dynamoMs: busyTime(calls) };
  }
}

function busyTime(calls: readonly Call[]): number {
  const spans = [...calls].sort((a, b) => a.started - b.started);
  let total = 0;
  let end = -Infinity;
  for (const span of spans) {
    if (span.ended <= end) continue;
    total += span.ended - Math.max(span.started, end);
    end = span.ended;
  }
  return total;
}
