// A DynamoDB transport that fails on demand. The faults are made below the SDK
// (in the request handler), so the SDK classifies them and retries with backoff
// exactly as in production; aws-sdk-client-mock replaces `send` and would skip that.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { HttpResponse } from '@smithy/core/transport';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { localClientConfig, marshallOptions, replaceDocuments } from '#shared/db/client';

export type Fault = 'throttle' | 'throughput' | 'server-error';

/** The DynamoDB operations that change the table. */
const writeOperations = new Set([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'TransactWriteItems',
  'BatchWriteItem',
]);

const faultBodies: Record<Fault, { status: number; type: string; message: string }> = {
  throttle: {
    status: 400,
    type: 'ThrottlingException',
    message: 'Rate of requests exceeds the allowed throughput.',
  },
  throughput: {
    status: 400,
    type: 'ProvisionedThroughputExceededException',
    message: 'The level of configured provisioned throughput for the table was exceeded.',
  },
  'server-error': { status: 500, type: 'InternalServerError', message: 'Internal server error' },
};

/** What a test sees of the Lambda dying: the request never reached DynamoDB, nor does anything after it. */
export class LambdaDied extends Error {
  override name = 'LambdaDied';
}

class FaultyHandler extends NodeHttpHandler {
  /** Every operation sent (attempts, not calls), in order. */
  readonly sent: string[] = [];
  private fault: Fault | undefined;
  private faultsLeft = 0;
  private writesBeforeDeath = Number.POSITIVE_INFINITY;
  private dead = false;
  private onlyWrites = false;
  private writesToPass = 0;

  /** The next `writes` writes go through untouched before a fault hits one. */
  passWrites(writes: number) {
    this.writesToPass = writes;
  }
  private beforeWrite: (() => Promise<void>) | undefined;

  /**
   * Runs `interfere` once, just before the next write reaches DynamoDB: another
   * request changes the table between this request's reads and its write, as a
   * concurrent one would, so the write's own condition is what refuses it.
   */
  interfereBeforeNextWrite(interfere: () => Promise<void>) {
    this.beforeWrite = interfere;
  }

  /** Whether faults hit only writes (so a route gets as far as its first write). */
  failOnlyWrites(on: boolean) {
    this.onlyWrites = on;
  }

  /** The next `times` attempts (every one when omitted) answer with the fault. */
  failWith(fault: Fault | undefined, times = Number.POSITIVE_INFINITY) {
    this.fault = fault;
    this.faultsLeft = fault ? times : 0;
  }

  /** Lets `writes` more writes through, then the process "dies": every later call is lost. */
  dieAfterWrites(writes: number) {
    this.writesBeforeDeath = writes;
    this.dead = false;
  }

  /** Back to a healthy transport. */
  heal() {
    this.failWith(undefined);
    this.writesBeforeDeath = Number.POSITIVE_INFINITY;
    this.dead = false;
    this.onlyWrites = false;
    this.writesToPass = 0;
    this.beforeWrite = undefined;
    this.sent.length = 0;
  }

  override async handle(...[request, options]: Parameters<NodeHttpHandler['handle']>) {
    const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? 'unknown';
    if (this.beforeWrite && writeOperations.has(operation)) {
      const interfere = this.beforeWrite;
      this.beforeWrite = undefined;
      await interfere();
    }
    this.sent.push(operation);
    if (writeOperations.has(operation) && !this.dead) {
      if (this.writesBeforeDeath <= 0) this.dead = true;
      else this.writesBeforeDeath--;
    }
    if (this.dead) throw new LambdaDied(`the Lambda died before ${operation}`);
    if (writeOperations.has(operation) && this.writesToPass > 0) {
      this.writesToPass--;
      return super.handle(request, options);
    }
    if (this.fault && this.faultsLeft > 0 && (!this.onlyWrites || writeOperations.has(operation))) {
      this.faultsLeft--;
      const { status, type, message } = faultBodies[this.fault];
      return {
        response: new HttpResponse({
          statusCode: status,
          headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': type },
          body: Buffer.from(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message })),
        }),
      };
    }
    return super.handle(request, options);
  }
}

export type FaultyDynamo = FaultyHandler;

/**
 * Installs, for the app and the repositories, a document client over DynamoDB
 * Local whose transport fails on demand; returns its handler and a way back.
 * Retries keep the SDK's standard strategy (three attempts) with a short delay
 * so a test over every route stays quick.
 */
export function installFaultyDynamo(retryDelayMs = 5) {
  const handler = new FaultyHandler();
  const client = new DynamoDBClient({
    ...localClientConfig(),
    requestHandler: handler,
    retryStrategy: new ConfiguredRetryStrategy(3, () => retryDelayMs),
  });
  const previous = replaceDocuments(DynamoDBDocumentClient.from(client, { marshallOptions }));
  return {
    handler,
    uninstall() {
      replaceDocuments(previous);
      client.destroy();
    },
  };
}
