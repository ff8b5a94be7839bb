import { Duration } from "aws-cdk-lib";
import type { HttpApi, HttpStage } from "aws-cdk-lib/aws-apigatewayv2";
import { MathExpression, Metric } from "aws-cdk-lib/aws-cloudwatch";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { MIN_REQUESTS_FOR_ERROR_RATE } from "./alarm-thresholds.ts";
import type { PassungMonitoring } from "./monitoring.ts";
import { graph } from "./monitoring-figures.ts";
import { ROUTE_GROUPS } from "./route-groups.ts";

const FIVE_MINUTES = Duration.minutes(5);

/** The route whose p99 latency is alarmed: the product's main call. Detailed metrics are on for it. */
export const WATCHED_ROUTE = { method: "POST", path: "/matches" } as const;

/** API Gateway's per-route `Latency` (needs DetailedMetricsEnabled on the route, stateless-stack.ts). */
export const routeLatency = (api: HttpApi, stage: HttpStage, statistic: string) =>
  new Metric({
    namespace: "AWS/ApiGateway",
    metricName: "Latency",
    dimensionsMap: {
      ApiId: api.apiId,
      Stage: stage.stageName,
      Method: WATCHED_ROUTE.method,
      Resource: WATCHED_ROUTE.path,
    },
    statistic,
    period: FIVE_MINUTES,
  });

/** The 5xx rate (percent) and the p99 latency of POST /matches. */
export function watchApi(monitoring: PassungMonitoring, api: HttpApi, stage: HttpStage): void {
  const requests = stage.metricCount({ statistic: "Sum", period: FIVE_MINUTES });
  const serverErrors = stage.metricServerError({ statistic: "Sum", period: FIVE_MINUTES });
  const clientErrors = stage.metricClientError({ statistic: "Sum", period: FIVE_MINUTES });
  const rate = new MathExpression({
    expression: `IF(requests >= ${MIN_REQUESTS_FOR_ERROR_RATE}, 100 * FILL(errors, 0) / requests, 0)`,
    usingMetrics: { requests, errors: serverErrors },
    label: "5xx (% of requests)",
    period: FIVE_MINUTES,
  });
  const rateAlarm = monitoring.alarm("apiServerErrorRate", rate);
  const p99 = routeLatency(api, stage, "p99");
  const latencyAlarm = monitoring.alarm("matchLatencyP99", p99);
  monitoring.addRow(
    graph("API requests, 4xx, 5xx", [requests, clientErrors, serverErrors]),
    graph("API 5xx rate (%)", [rate], [rateAlarm]),
    graph("POST /matches latency (ms)", [routeLatency(api, stage, "p50"), p99], [latencyAlarm]),
    graph("API latency (ms), all routes", [stage.metricLatency({ statistic: "p99", period: FIVE_MINUTES })]),
  );
}

/** Errors and throttles of every function (one alarm each), with their duration on the dashboard. */
export function watchFunctions(
  monitoring: PassungMonitoring,
  functions: ReadonlyMap<string, IFunction>,
): void {
  const each = [...functions].map(([name, fn]) => {
    const errors = fn.metricErrors({ label: name, period: FIVE_MINUTES });
    const throttles = fn.metricThrottles({ label: name, period: FIVE_MINUTES });
    return {
      name,
      fn,
      errors,
      throttles,
      errorAlarm: monitoring.alarm("functionErrors", errors, name),
      throttleAlarm: monitoring.alarm("functionThrottles", throttles, name),
    };
  });
  // Every function has the same threshold: one annotation per graph draws it.
  const first = each.slice(0, 1);
  monitoring.addRow(
    graph(
      "Function errors",
      each.map((f) => f.errors),
      first.map((f) => f.errorAlarm),
    ),
    graph(
      "Function throttles",
      each.map((f) => f.throttles),
      first.map((f) => f.throttleAlarm),
    ),
    graph(
      "Function duration p99 (ms)",
      each.map(({ name, fn }) => fn.metricDuration({ label: name, statistic: "p99", period: FIVE_MINUTES })),
    ),
    graph(
      "Concurrent executions (max)",
      each.map(({ name, fn }) =>
        fn.metric("ConcurrentExecutions", { label: name, statistic: "Maximum", period: FIVE_MINUTES }),
      ),
    ),
  );
}

/**
 * DynamoDB operations the functions send (route-groups.ts table actions; transactions are
 * TransactWriteItems). ConditionCheckItem runs inside transactions and has no metric of its own.
 */
export function tableOperations(): string[] {
  const actions = Object.values(ROUTE_GROUPS).flatMap((group) => group.tableActions);
  const operations = actions.map((action) => action.replace("dynamodb:", ""));
  return [...new Set([...operations, "TransactWriteItems"])]
    .filter((op) => op !== "ConditionCheckItem")
    .sort();
}

/** Sum of one DynamoDB metric over the operations (at most 10: an alarm's limit of metrics). */
const sumOverOperations = (table: ITable, metricName: string, label: string) =>
  new MathExpression({
    expression: `SUM([${tableOperations()
      .map((operation) => operation.toLowerCase())
      .join(", ")}])`,
    usingMetrics: Object.fromEntries(
      tableOperations().map((operation) => [
        operation.toLowerCase(),
        table.metric(metricName, {
          dimensionsMap: { TableName: table.tableName, Operation: operation },
          statistic: "Sum",
          period: FIVE_MINUTES,
        }),
      ]),
    ),
    label,
    period: FIVE_MINUTES,
  });

/** Throttled requests and system errors of the table. */
export function watchTable(monitoring: PassungMonitoring, table: ITable): void {
  const throttled = sumOverOperations(table, "ThrottledRequests", "Throttled requests");
  const systemErrors = sumOverOperations(table, "SystemErrors", "System errors");
  const throttleAlarm = monitoring.alarm("tableThrottles", throttled);
  const errorAlarm = monitoring.alarm("tableSystemErrors", systemErrors);
  monitoring.addRow(
    graph("DynamoDB throttled requests", [throttled], [throttleAlarm]),
    graph("DynamoDB system errors", [systemErrors], [errorAlarm]),
    graph("DynamoDB consumed capacity", [
      table.metricConsumedReadCapacityUnits({ period: FIVE_MINUTES }),
      table.metricConsumedWriteCapacityUnits({ period: FIVE_MINUTES }),
    ]),
  );
}
