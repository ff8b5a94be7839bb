import { readFileSync } from "node:fs";
import { App, CfnElement, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { Code, Function as LambdaFunction, Runtime } from "aws-cdk-lib/aws-lambda";
import { Queue } from "aws-cdk-lib/aws-sqs";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import { ALARM_THRESHOLDS, type AlarmName } from "../../infra/alarm-thresholds.ts";
import { definePassung } from "../../infra/app.ts";
import { kebab, PassungMonitoring } from "../../infra/monitoring.ts";
import { watchMail, watchStreamConsumer } from "../../infra/monitoring-notifications.ts";
import { tableOperations } from "../../infra/monitoring-watch.ts";
import { routeGroups } from "../../infra/route-groups.ts";
import { alarmRecipients, stageConfig } from "../../infra/stage.ts";

const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
const RECIPIENTS = "ops@example.org, oncall@example.org";

/** No esbuild, no CloudFormation schema validation; app.test.ts runs cdk-nag on both stages. */
function synth(stage: "dev" | "prod", alarmEmail?: string) {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: {
      ...context,
      stage,
      webOrigin: "https://passung.example.org",
      "aws:cdk:bundling-stacks": [],
      ...(alarmEmail ? { alarmEmail } : {}),
    },
  });
  const stacks = definePassung(app);
  return { ...stacks, template: Template.fromStack(stacks.stateless) };
}

const logicalId = (construct: IConstruct) => {
  const element = construct.node.defaultChild;
  if (!(element instanceof CfnElement)) throw new Error(`${construct.node.path} has no resource`);
  return Stack.of(construct).getLogicalId(element);
};

type Props = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const alarmsByName = (template: Template): Map<string, Props> =>
  new Map(
    Object.values(template.findResources("AWS::CloudWatch::Alarm")).map(({ Properties }) => [
      Properties.AlarmName as string,
      Properties,
    ]),
  );
const alarmOf = (alarms: Map<string, Props>, name: string): Props => {
  const alarm = alarms.get(name);
  if (!alarm) throw new Error(`no alarm ${name}; have ${[...alarms.keys()].join(", ")}`);
  return alarm;
};
/** The one metric an alarm watches, whether CloudFormation holds it plainly or as a Metrics query. */
function watched(alarm: Props): {
  Namespace: string;
  MetricName: string;
  Dimensions?: Props[];
  Stat: string;
} {
  if (alarm.MetricName)
    return {
      Namespace: alarm.Namespace,
      MetricName: alarm.MetricName,
      Dimensions: alarm.Dimensions,
      Stat: alarm.ExtendedStatistic ?? alarm.Statistic,
    };
  expect(alarm.Metrics).toHaveLength(1);
  const { Metric, Stat } = alarm.Metrics[0].MetricStat;
  return { ...Metric, Stat };
}

/** Threshold, periods, direction, missing data, description and the topic of one alarm. */
function expectShape(alarm: Props, key: AlarmName, topicId: string) {
  const limit = ALARM_THRESHOLDS[key];
  expect(alarm).toMatchObject({
    Threshold: limit.threshold,
    EvaluationPeriods: limit.evaluationPeriods,
    DatapointsToAlarm: limit.datapointsToAlarm,
    ComparisonOperator: "GreaterThanOrEqualToThreshold",
    TreatMissingData: "notBreaching",
    AlarmActions: [{ Ref: topicId }],
    OKActions: [{ Ref: topicId }],
  });
  expect(alarm.AlarmDescription).toBe(`${limit.reason} Runbook: docs/operations.md#${kebab(key)}`);
  const periods = alarm.Metrics
    ? alarm.Metrics.filter((m: Props) => m.MetricStat).map((m: Props) => m.MetricStat.Period)
    : [alarm.Period];
  for (const period of periods) expect(period, key).toBe(limit.periodMinutes * 60);
}

describe("the alarm topic", () => {
  it("mails every recipient named by -c alarmEmail and accepts only TLS publishers", () => {
    const { template, stateless } = synth("prod", RECIPIENTS);
    template.resourceCountIs("AWS::SNS::Topic", 1);
    const topicId = logicalId(stateless.monitoring.topic);
    for (const endpoint of ["ops@example.org", "oncall@example.org"])
      template.hasResourceProperties("AWS::SNS::Subscription", {
        Protocol: "email",
        Endpoint: endpoint,
        TopicArn: { Ref: topicId },
      });
    template.resourceCountIs("AWS::SNS::Subscription", 2);
    template.hasOutput("AlarmTopicArn", { Value: { Ref: topicId } });
    const policy = JSON.stringify(template.findResources("AWS::SNS::TopicPolicy"));
    expect(policy).toMatch(/"aws:SecureTransport":"false"/);
    expect(policy).toMatch(/"Effect":"Deny"/);
  });

  it("prod refuses to deploy without a recipient; dev may have none", () => {
    expect(() => synth("prod")).toThrow(/alarmEmail=/);
    synth("dev").template.resourceCountIs("AWS::SNS::Subscription", 0);
  });

  it.each(["ops", "ops@example", "a@b.org;c@d.org", "a b@example.org"])("refuses the address %s", (value) =>
    expect(() => alarmRecipients(stageConfig("dev"), value)).toThrow(/not an e-mail address/),
  );

  it("trims and de-duplicates the list", () =>
    expect(alarmRecipients(stageConfig("prod"), " a@example.org,b@example.org , a@example.org")).toEqual([
      "a@example.org",
      "b@example.org",
    ]));
});

describe("alarms", () => {
  const { template, stateless, stateful } = synth("prod", RECIPIENTS);
  const alarms = alarmsByName(template);
  const topicId = logicalId(stateless.monitoring.topic);
  const fnRef = (group: string) => ({
    Ref: logicalId(stateless.functions.get(group)?.function as IConstruct),
  });

  it("are exactly the API, per-function and table alarms, named Passung-<stage>-…", () => {
    const expected = [
      "api-server-error-rate",
      "match-latency-p99",
      "table-throttles",
      "table-system-errors",
      ...routeGroups().flatMap((g) => [`function-errors-${g}`, `function-throttles-${g}`]),
      // The table's change stream consumer (notification-stream.ts).
      "stream-iterator-age",
      "stream-failed-batches",
      "function-errors-stream-consumer",
      "function-throttles-stream-consumer",
    ].map((name) => `Passung-prod-${name}`);
    expect([...alarms.keys()].sort()).toEqual(expected.sort());
  });

  it("API 5xx rate: percent of the stage's requests, only in windows with enough requests", () => {
    const alarm = alarmOf(alarms, "Passung-prod-api-server-error-rate");
    expectShape(alarm, "apiServerErrorRate", topicId);
    const [expression, ...metrics] = alarm.Metrics;
    expect(expression.Expression).toBe("IF(requests >= 10, 100 * FILL(errors, 0) / requests, 0)");
    const byId = Object.fromEntries(metrics.map((m: Props) => [m.Id, m.MetricStat]));
    expect(byId.errors).toMatchObject({
      Metric: { Namespace: "AWS/ApiGateway", MetricName: "5xx" },
      Stat: "Sum",
    });
    expect(byId.requests).toMatchObject({ Metric: { MetricName: "Count" }, Stat: "Sum" });
    expect(byId.errors.Metric.Dimensions).toEqual([
      { Name: "ApiId", Value: { Ref: logicalId(stateless.api) } },
      { Name: "Stage", Value: "$default" },
    ]);
  });

  it("p99 latency of POST /matches, from its route-level metrics", () => {
    const alarm = alarmOf(alarms, "Passung-prod-match-latency-p99");
    expectShape(alarm, "matchLatencyP99", topicId);
    expect(watched(alarm)).toMatchObject({ Namespace: "AWS/ApiGateway", MetricName: "Latency", Stat: "p99" });
    expect(watched(alarm).Dimensions).toEqual(
      expect.arrayContaining([
        { Name: "Method", Value: "POST" },
        { Name: "Resource", Value: "/matches" },
        { Name: "Stage", Value: "$default" },
      ]),
    );
  });

  it.each(routeGroups())("errors and throttles of the %s function", (group) => {
    for (const [metric, key] of [
      ["Errors", "functionErrors"],
      ["Throttles", "functionThrottles"],
    ] as const) {
      const alarm = alarmOf(alarms, `Passung-prod-${kebab(key)}-${group}`);
      expectShape(alarm, key, topicId);
      expect(watched(alarm)).toEqual({
        Namespace: "AWS/Lambda",
        MetricName: metric,
        Dimensions: [{ Name: "FunctionName", Value: fnRef(group) }],
        Stat: "Sum",
      });
    }
  });

  it.each([
    ["table-throttles", "tableThrottles", "ThrottledRequests"],
    ["table-system-errors", "tableSystemErrors", "SystemErrors"],
  ] as const)("%s: %s summed over every operation the functions send", (name, key, metricName) => {
    const alarm = alarmOf(alarms, `Passung-prod-${name}`);
    expectShape(alarm, key, topicId);
    const [expression, ...metrics] = alarm.Metrics;
    expect(expression.Expression).toMatch(/^SUM\(\[.+\]\)$/);
    expect(metrics.length).toBeLessThanOrEqual(10); // CloudWatch's limit per alarm
    const operations = metrics.map((m: Props) => {
      expect(m.MetricStat.Metric.MetricName).toBe(metricName);
      const dims = Object.fromEntries(m.MetricStat.Metric.Dimensions.map((d: Props) => [d.Name, d.Value]));
      expect(JSON.stringify(dims.TableName)).toContain(stateful.stackName);
      return dims.Operation;
    });
    expect(operations.sort()).toEqual(tableOperations());
    expect(operations).toEqual(expect.arrayContaining(["Query", "TransactWriteItems", "BatchGetItem"]));
  });

  it("every threshold has a one-line reason, and the runbook a section per alarm", () => {
    const runbook = readFileSync(new URL("../../docs/operations.md", import.meta.url), "utf8");
    for (const [key, limit] of Object.entries(ALARM_THRESHOLDS)) {
      expect(limit.reason, key).toMatch(/^[^\n]{20,200}$/);
      expect(runbook, key).toContain(`### ${kebab(key)}`);
    }
  });
});

describe("tracing", () => {
  const { template, stateless } = synth("dev");
  it.each(routeGroups())("the %s function traces actively and may send traces", (group) => {
    const fn = stateless.functions.get(group);
    if (!fn) throw new Error(group);
    const props = template.toJSON().Resources[logicalId(fn.function)].Properties;
    expect(props.TracingConfig).toEqual({ Mode: "Active" });
    const policies = Object.values(template.findResources("AWS::IAM::Policy")).filter(
      ({ Properties }) => JSON.stringify(Properties.Roles) === JSON.stringify([{ Ref: logicalId(fn.role) }]),
    );
    const xray = policies
      .flatMap(({ Properties }) => Properties.PolicyDocument.Statement as Props[])
      .filter((statement) => [statement.Action].flat().some((action: string) => action.startsWith("xray:")));
    expect(xray.map((st) => [[st.Action].flat().sort(), st.Resource])).toEqual([
      [["xray:PutTelemetryRecords", "xray:PutTraceSegments"], "*"],
    ]);
  });
});

/** The dashboard body as JSON: tokens become "@<logical id>" (Ref, GetAtt) or "@token". */
function dashboardBody(template: Template): { widgets: Props[] } {
  const [dashboard] = Object.values(template.findResources("AWS::CloudWatch::Dashboard"));
  const parts: unknown[] = dashboard?.Properties.DashboardBody["Fn::Join"][1];
  const text = parts
    .map((part) =>
      typeof part === "string"
        ? part
        : `@${(part as Props).Ref ?? (part as Props)["Fn::GetAtt"]?.[0] ?? "token"}`,
    )
    .join("");
  return JSON.parse(text);
}
const alarmWidgetIds = (body: { widgets: Props[] }) =>
  body.widgets.filter((w) => w.type === "alarm").flatMap((w) => w.properties.alarms);
/** Every plotted metric as "<namespace> <name> <dimension=value …>". */
const plotted = (body: { widgets: Props[] }) =>
  body.widgets
    .filter((w) => w.type === "metric")
    .flatMap((w) => w.properties.metrics as unknown[][])
    .filter((m) => typeof m[0] === "string")
    .map((m) => {
      const [namespace, name, ...rest] = m.filter((x) => typeof x === "string") as string[];
      const dims = [];
      for (let i = 0; i + 1 < rest.length; i += 2) dims.push(`${rest[i]}=${rest[i + 1]}`);
      return [namespace, name, ...dims.sort()].join(" ");
    });

describe("the dashboard", () => {
  const { template, stateless } = synth("prod", RECIPIENTS);
  const body = dashboardBody(template);
  const metrics = plotted(body);

  it("is one per stage, named Passung-<stage>", () => {
    const names = (t: Template) =>
      Object.values(t.findResources("AWS::CloudWatch::Dashboard")).map((d) => d.Properties.DashboardName);
    expect(names(template)).toEqual(["Passung-prod"]);
    expect(names(synth("dev").template)).toEqual(["Passung-dev"]);
  });

  it("shows every alarm's state and draws the figures the alarms watch, with their thresholds", () => {
    const alarmIds = Object.keys(template.findResources("AWS::CloudWatch::Alarm"));
    expect(alarmWidgetIds(body).sort()).toEqual(alarmIds.map((id) => `@${id}`).sort());
    for (const metric of ["5xx", "Count", "Latency"])
      expect(
        metrics.some((m) => m.startsWith(`AWS/ApiGateway ${metric} `)),
        metric,
      ).toBe(true);
    expect(metrics).toContain(
      `AWS/ApiGateway Latency ApiId=@${logicalId(stateless.api)} Method=POST Resource=/matches Stage=$default`,
    );
    for (const metric of ["Errors", "Throttles", "Duration"])
      expect(metrics.filter((m) => m.startsWith(`AWS/Lambda ${metric} `)).sort(), metric).toEqual(
        [
          ...routeGroups().map((g) => stateless.functions.get(g)?.function as IConstruct),
          stateless.notificationStream.consumer.function,
        ]
          .map((fn) => `AWS/Lambda ${metric} FunctionName=@${logicalId(fn)}`)
          .sort(),
      );
    for (const metric of ["ThrottledRequests", "SystemErrors"])
      expect(metrics.filter((m) => m.startsWith(`AWS/DynamoDB ${metric} `))).toHaveLength(
        tableOperations().length,
      );
    const thresholds = body.widgets
      .flatMap((w) => w.properties.annotations?.horizontal ?? [])
      .map((a) => a.value);
    for (const key of [
      "apiServerErrorRate",
      "matchLatencyP99",
      "tableThrottles",
      "tableSystemErrors",
    ] as const)
      expect(thresholds).toContain(ALARM_THRESHOLDS[key].threshold);
  });

  it("draws Passung's own figures: matches, results per match, zero results, referrals by outcome, import rows", () => {
    for (const metric of ["Matches", "MatchResults", "ZeroResultMatches", "ImportRows"])
      expect(metrics).toContain(`Passung ${metric} service=passung-prod`);
    for (const outcome of ["proposed", "accepted", "declined", "withdrawn"])
      expect(metrics).toContain(`Passung Referrals outcome=${outcome} service=passung-prod`);
  });
});

describe("alarms for what the notifications issue adds (SES, stream consumer)", () => {
  // Stand-ins for the resources that issue creates; no cdk-nag here (app.test.ts checks the real app).
  const stack = new Stack(new App(), "Later");
  const monitoring = new PassungMonitoring(stack, "Monitoring", {
    stage: stageConfig("dev"),
    alarmEmails: [],
  });
  const consumer = new LambdaFunction(stack, "Consumer", {
    runtime: Runtime.NODEJS_22_X,
    handler: "index.handler",
    code: Code.fromInline("export const handler = async () => {};"),
  });
  const failedBatches = new Queue(stack, "FailedBatches");
  watchStreamConsumer(monitoring, { consumer, failedBatches });
  watchMail(monitoring);
  const template = Template.fromStack(stack);
  const alarms = alarmsByName(template);
  const topicId = logicalId(monitoring.topic);

  it("watch the consumer's iterator age, failed batches, errors and throttles", () => {
    const age = alarmOf(alarms, "Passung-dev-stream-iterator-age");
    expectShape(age, "streamIteratorAge", topicId);
    expect(watched(age)).toEqual({
      Namespace: "AWS/Lambda",
      MetricName: "IteratorAge",
      Dimensions: [{ Name: "FunctionName", Value: { Ref: logicalId(consumer) } }],
      Stat: "Maximum",
    });
    const failed = alarmOf(alarms, "Passung-dev-stream-failed-batches");
    expectShape(failed, "streamFailedBatches", topicId);
    expect(watched(failed)).toEqual({
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      Dimensions: [{ Name: "QueueName", Value: { "Fn::GetAtt": [logicalId(failedBatches), "QueueName"] } }],
      Stat: "Maximum",
    });
    alarmOf(alarms, "Passung-dev-function-errors-stream-consumer");
    alarmOf(alarms, "Passung-dev-function-throttles-stream-consumer");
  });

  it("watch SES bounce and complaint rates", () => {
    for (const [name, key, metric] of [
      ["mail-bounce-rate", "mailBounceRate", "Reputation.BounceRate"],
      ["mail-complaint-rate", "mailComplaintRate", "Reputation.ComplaintRate"],
    ] as const) {
      const alarm = alarmOf(alarms, `Passung-dev-${name}`);
      expectShape(alarm, key, topicId);
      expect(watched(alarm)).toEqual({ Namespace: "AWS/SES", MetricName: metric, Stat: "Maximum" });
    }
  });

  it("list the late alarms on the dashboard too, with the mails sent and failed", () => {
    const body = dashboardBody(template);
    expect(alarms.size).toBe(6);
    const alarmIds = Object.keys(template.findResources("AWS::CloudWatch::Alarm"));
    expect(alarmWidgetIds(body).sort()).toEqual(alarmIds.map((id) => `@${id}`).sort());
    expect(plotted(body)).toEqual(
      expect.arrayContaining([
        "Passung NotificationMailsSent service=passung-dev",
        "Passung NotificationMailsFailed service=passung-dev",
        `AWS/Lambda IteratorAge FunctionName=@${logicalId(consumer)}`,
      ]),
    );
  });
});
