import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  type Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITable, Operation } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { stageName, stageOf } from '../deployment.ts';

/** A function to watch, by what it does. */
export interface WatchedFunction {
  /** Short and stable: part of the alarm names (`api`, `job-follow-up-digest`, `pre-sign-up`). */
  readonly name: string;
  readonly function: IFunction;
}

export interface MonitoringStackProps extends StackProps {
  readonly httpApi: IHttpApi;
  readonly table: ITable;
  readonly functions: readonly WatchedFunction[];
  /** Where failed scheduled-job runs land. */
  readonly jobDeadLetters: IQueue;
  /** Subscribed to the alarm topic, if given. */
  readonly alarmEmail?: string;
}

/**
 * The thresholds of the alarms, in one place for the runbook (docs/operations.md,
 * "Alarms") and the tests. Periods are five minutes.
 */
export const alarmThresholds = {
  /** Percent of API requests answered 5xx, in 2 of 3 periods with at least 20 requests. */
  api5xxPercent: 1,
  /** API Gateway's p99 latency in milliseconds, in 3 periods running. */
  apiP99LatencyMs: 3000,
  /** Function errors (a crash, a timeout, a failed job run) in one period. */
  functionErrors: 1,
  /** Function invocations refused for lack of concurrency, in one period. */
  functionThrottles: 1,
  /** Throttled reads and writes on the table (and its indexes) in one period. */
  tableThrottles: 1,
  /** DynamoDB's own 500s on the app's operations in one period. */
  tableSystemErrors: 1,
  /** Failed job runs waiting in the dead-letter queue. */
  failedJobRuns: 1,
} as const;

// The operations the repositories perform (infra/constructs/node-function.ts grants no others).
const tableOperations = [
  Operation.GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

/**
 * Alarms to one SNS topic (mailed to `-c alarmEmail=…`), and one dashboard of the
 * service: the API, the functions, the table and the scheduled jobs.
 */
export class MonitoringStack extends Stack {
  readonly topic: Topic;
  readonly dashboard: Dashboard;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props);
    const stage = stageOf(this);
    const period = Duration.minutes(5);

    // CloudWatch may publish to an encrypted topic only with a key that lets it.
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the Bryggan alarm topic',
      enableKeyRotation: true,
      removalPolicy: stage.removalPolicy,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Alarms', {
      topicName: stageName(this, 'alarms'),
      displayName: `Bryggan ${stage.stage} alarms`,
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    const notify = new SnsAction(this.topic);

    const alarm = (
      id: string,
      metric: IMetric,
      threshold: number,
      description: string,
      evaluation: { periods: number; toAlarm: number } = { periods: 1, toAlarm: 1 },
    ) => {
      const created = new Alarm(this, id, {
        alarmName: `${stageName(this)}-${id}`,
        alarmDescription: description,
        metric,
        threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: evaluation.periods,
        datapointsToAlarm: evaluation.toAlarm,
        // No requests, no runs: nothing is wrong.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      this.alarms.push(created);
      return created;
    };

    const requests = props.httpApi.metricCount({ period, statistic: 'Sum' });
    const serverErrors = props.httpApi.metricServerError({ period, statistic: 'Sum' });
    const errorRate = new MathExpression({
      expression: 'IF(requests >= 20, 100 * errors / requests, 0)',
      usingMetrics: { requests, errors: serverErrors },
      label: 'API 5xx (%)',
      period,
    });
    alarm(
      'api-5xx-rate',
      errorRate,
      alarmThresholds.api5xxPercent,
      'API answers 5xx to 1% or more of requests',
      {
        periods: 3,
        toAlarm: 2,
      },
    );
    const p99 = props.httpApi.metricLatency({ period, statistic: 'p99' });
    alarm('api-p99-latency', p99, alarmThresholds.apiP99LatencyMs, 'API p99 latency is 3 s or more', {
      periods: 3,
      toAlarm: 3,
    });

    for (const watched of props.functions) {
      alarm(
        `${watched.name}-errors`,
        watched.function.metricErrors({ period, statistic: 'Sum' }),
        alarmThresholds.functionErrors,
        `The ${watched.name} function failed (crash, timeout or unhandled error)`,
      );
      alarm(
        `${watched.name}-throttles`,
        watched.function.metricThrottles({ period, statistic: 'Sum' }),
        alarmThresholds.functionThrottles,
        `The ${watched.name} function was throttled (no concurrency left)`,
      );
    }

    const tableThrottles = new MathExpression({
      expression: 'reads + writes',
      usingMetrics: {
        reads: props.table.metric('ReadThrottleEvents', { period, statistic: 'Sum' }),
        writes: props.table.metric('WriteThrottleEvents', { period, statistic: 'Sum' }),
      },
      label: 'Throttled reads and writes',
      period,
    });
    alarm(
      'table-throttles',
      tableThrottles,
      alarmThresholds.tableThrottles,
      'DynamoDB throttled reads or writes',
    );
    const systemErrors = props.table.metricSystemErrorsForOperations({
      operations: tableOperations,
      period,
      statistic: 'Sum',
    });
    alarm(
      'table-system-errors',
      systemErrors,
      alarmThresholds.tableSystemErrors,
      'DynamoDB answered with its own errors (500)',
    );

    const failedRuns = props.jobDeadLetters.metricApproximateNumberOfMessagesVisible({
      period,
      statistic: 'Maximum',
    });
    alarm(
      'failed-job-runs',
      failedRuns,
      alarmThresholds.failedJobRuns,
      'A scheduled job run failed for good',
    );

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: stageName(this),
      defaultInterval: Duration.hours(24),
    });
    const functionMetric = (metric: (fn: IFunction) => Metric) =>
      props.functions.map((watched) => metric(watched.function).with({ label: watched.name, period }));
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: `# Bryggan (${stage.stage})\nAlarms and what to do: docs/operations.md, "Alarms".`,
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 4 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and errors',
        left: [
          requests.with({ label: 'requests' }),
          props.httpApi.metricClientError({ period, statistic: 'Sum', label: '4xx' }),
          serverErrors.with({ label: '5xx' }),
        ],
        right: [errorRate],
        width: 12,
      }),
      new GraphWidget({
        title: 'API latency (ms)',
        left: [
          props.httpApi.metricLatency({ period, statistic: 'p50', label: 'p50' }),
          p99.with({ label: 'p99' }),
        ],
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Function errors',
        left: functionMetric((fn) => fn.metricErrors({ statistic: 'Sum' })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Function throttles',
        left: functionMetric((fn) => fn.metricThrottles({ statistic: 'Sum' })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Function duration p99 (ms)',
        left: functionMetric((fn) => fn.metricDuration({ statistic: 'p99' })),
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'DynamoDB capacity used',
        left: [
          props.table.metricConsumedReadCapacityUnits({ period, label: 'read units' }),
          props.table.metricConsumedWriteCapacityUnits({ period, label: 'write units' }),
        ],
        width: 8,
      }),
      new GraphWidget({
        title: 'DynamoDB throttles and errors',
        left: [tableThrottles, systemErrors],
        width: 8,
      }),
      new GraphWidget({ title: 'Failed job runs (dead-letter queue)', left: [failedRuns], width: 8 }),
    );

    new CfnOutput(this, 'AlarmTopicArn', { value: this.topic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: this.dashboard.dashboardName });
  }
}
