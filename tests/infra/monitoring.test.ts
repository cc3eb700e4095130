import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { jobSchedules } from '../../functions/jobs/catalogue.ts';
import { alarmThresholds } from '../../infra/stacks/monitoring-stack.ts';
import { buildBryggan, onlyResource, readBryggan } from './bryggan-app.ts';
import { logicalIdOf, producedValue } from './cross-stack.ts';

interface MetricStat {
  Metric: { Namespace: string; MetricName: string; Dimensions: { Name: string; Value: unknown }[] };
  Stat: string;
  Period: number;
}
interface MetricQuery {
  Id: string;
  Expression?: string;
  MetricStat?: MetricStat;
  ReturnData?: boolean;
}
interface AlarmProperties {
  AlarmName: string;
  Threshold: number;
  ComparisonOperator: string;
  EvaluationPeriods: number;
  DatapointsToAlarm: number;
  TreatMissingData: string;
  AlarmActions: unknown[];
  OKActions: unknown[];
  Namespace?: string;
  MetricName?: string;
  Statistic?: string;
  ExtendedStatistic?: string;
  Period?: number;
  Dimensions?: { Name: string; Value: unknown }[];
  Metrics?: MetricQuery[];
}

const alarmsOf = (template: Template) =>
  Object.fromEntries(
    Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((alarm) => {
      const properties = alarm.Properties as AlarmProperties;
      return [properties.AlarmName.replace(/^bryggan-test-/, ''), properties];
    }),
  ) as Record<string, AlarmProperties>;

/** The metrics an alarm reads, by namespace and name. */
const metricsOf = (alarm: AlarmProperties) =>
  alarm.Metrics
    ? alarm.Metrics.filter((query) => query.MetricStat).map(
        (query) => `${query.MetricStat!.Metric.Namespace}/${query.MetricStat!.Metric.MetricName}`,
      )
    : [`${alarm.Namespace}/${alarm.MetricName}`];

describe('alarms and the dashboard', () => {
  let bryggan: ReturnType<typeof readBryggan>;
  let alarms: Record<string, AlarmProperties>;
  let topic: { Ref: string };

  beforeAll(() => {
    bryggan = readBryggan(inject('infraAssembly'));
    alarms = alarmsOf(bryggan.templates.monitoring);
    topic = { Ref: logicalIdOf(bryggan.templates.monitoring, 'AWS::SNS::Topic') };
  });

  it('tell one encrypted SNS topic when they go off and when they clear', () => {
    expect(Object.keys(alarms).length).toBeGreaterThan(10);
    for (const [name, alarm] of Object.entries(alarms)) {
      expect(alarm.AlarmActions, name).toEqual([topic]);
      expect(alarm.OKActions, name).toEqual([topic]);
      expect(alarm.ComparisonOperator, name).toBe('GreaterThanOrEqualToThreshold');
      expect(alarm.TreatMissingData, name).toBe('notBreaching');
    }
    const properties = onlyResource(bryggan.templates.monitoring, 'AWS::SNS::Topic').Properties;
    expect(properties.TopicName).toBe('bryggan-test-alarms');
    expect(properties.KmsMasterKeyId).toEqual({
      'Fn::GetAtt': [logicalIdOf(bryggan.templates.monitoring, 'AWS::KMS::Key'), 'Arn'],
    });
    // No address given: nobody is subscribed until an operator is (-c alarmEmail=…).
    bryggan.templates.monitoring.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('mail the alarm address when one is given', () => {
    const withAddress = buildBryggan(
      { context: { alarmEmail: 'drift@kommun.example.se' } },
      { bundling: false },
    );
    withAddress.templates.monitoring.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'drift@kommun.example.se',
    });
  });

  it("watch the API's 5xx rate: 1% of at least 20 requests, in 2 of 3 five-minute periods", () => {
    const alarm = alarms['api-5xx-rate']!;
    expect(alarm).toMatchObject({
      Threshold: alarmThresholds.api5xxPercent,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
    });
    expect(alarmThresholds.api5xxPercent).toBe(1);
    const expression = alarm.Metrics?.find((query) => query.Expression);
    expect(expression?.Expression).toBe('IF(requests >= 20, 100 * errors / requests, 0)');
    const stats = Object.fromEntries(
      (alarm.Metrics ?? []).filter((query) => query.MetricStat).map((query) => [query.Id, query.MetricStat!]),
    );
    expect(stats.requests).toMatchObject({
      Metric: { Namespace: 'AWS/ApiGateway', MetricName: 'Count' },
      Stat: 'Sum',
      Period: 300,
    });
    expect(stats.errors).toMatchObject({
      Metric: { Namespace: 'AWS/ApiGateway', MetricName: '5xx' },
      Stat: 'Sum',
      Period: 300,
    });
    const apiId = stats.errors!.Metric.Dimensions.find((dimension) => dimension.Name === 'ApiId')?.Value;
    expect(producedValue(apiId, bryggan.templates.web)).toEqual({
      Ref: logicalIdOf(bryggan.templates.web, 'AWS::ApiGatewayV2::Api'),
    });
  });

  it("watch the API's p99 latency: 3 s, three periods running", () => {
    expect(alarms['api-p99-latency']).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      ExtendedStatistic: 'p99',
      Period: 300,
      Threshold: 3000,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 3,
    });
  });

  it('watch errors and throttles of every function: the API, the Cognito triggers and each job', () => {
    const functions = [
      'api',
      'pre-sign-up',
      'post-confirmation',
      ...jobSchedules.map((job) => `job-${job.name}`),
    ];
    for (const name of functions) {
      expect(alarms[`${name}-errors`], name).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Statistic: 'Sum',
        Threshold: alarmThresholds.functionErrors,
      });
      expect(alarms[`${name}-throttles`], name).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Throttles',
        Statistic: 'Sum',
        Threshold: alarmThresholds.functionThrottles,
      });
    }
    const { api } = bryggan.templates;
    const apiFunction = alarms['api-errors']!.Dimensions?.find(
      (dimension) => dimension.Name === 'FunctionName',
    );
    expect(producedValue(apiFunction?.Value, api)).toEqual({
      Ref: logicalIdOf(api, 'AWS::Lambda::Function'),
    });
  });

  it('watch DynamoDB throttles and system errors on the operations the app performs', () => {
    expect(metricsOf(alarms['table-throttles']!).sort()).toEqual([
      'AWS/DynamoDB/ReadThrottleEvents',
      'AWS/DynamoDB/WriteThrottleEvents',
    ]);
    expect(alarms['table-throttles']?.Threshold).toBe(1);
    const systemErrors = alarms['table-system-errors']!;
    expect(new Set(metricsOf(systemErrors))).toEqual(new Set(['AWS/DynamoDB/SystemErrors']));
    const operations = (systemErrors.Metrics ?? []).flatMap((query) =>
      (query.MetricStat?.Metric.Dimensions ?? []).filter((d) => d.Name === 'Operation').map((d) => d.Value),
    );
    expect(operations).toEqual(expect.arrayContaining(['GetItem', 'Query', 'PutItem', 'TransactWriteItems']));
    expect(systemErrors.Threshold).toBe(1);
  });

  it('watch failed scheduled-job runs in their dead-letter queue', () => {
    const alarm = alarms['failed-job-runs']!;
    expect(alarm).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Statistic: 'Maximum',
      Threshold: 1,
    });
    const queue = alarm.Dimensions?.find((dimension) => dimension.Name === 'QueueName')?.Value;
    const { jobs } = bryggan.templates;
    expect(producedValue(queue, jobs)).toEqual({
      'Fn::GetAtt': [logicalIdOf(jobs, 'AWS::SQS::Queue'), 'QueueName'],
    });
    // The schedules hand undeliverable runs to that queue.
    for (const schedule of Object.values(jobs.findResources('AWS::Scheduler::Schedule'))) {
      expect(schedule.Properties.Target.DeadLetterConfig).toEqual({
        Arn: { 'Fn::GetAtt': [logicalIdOf(jobs, 'AWS::SQS::Queue'), 'Arn'] },
      });
    }
  });

  it('show on one dashboard of the service', () => {
    const dashboard = onlyResource(bryggan.templates.monitoring, 'AWS::CloudWatch::Dashboard').Properties;
    expect(dashboard.DashboardName).toBe('bryggan-test');
    const body = JSON.stringify(dashboard.DashboardBody);
    for (const title of [
      'Alarms',
      'API requests and errors',
      'API latency (ms)',
      'Function errors',
      'Function throttles',
      'DynamoDB throttles and errors',
      'Failed job runs (dead-letter queue)',
    ]) {
      expect(body).toContain(title);
    }
    expect(body).toContain('"AWS/ApiGateway\\",\\"Latency');
  });
});
