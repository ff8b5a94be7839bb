import { readFileSync } from "node:fs";
import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";
import { STREAM_CONSUMER, STREAM_CONSUMER_GROUP } from "../../infra/notification-stream.ts";
import { actionsIn, bundledSources } from "./table-actions.ts";

const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));

/** No esbuild, no CloudFormation schema validation; app.test.ts runs cdk-nag on both stages. */
function synth() {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: {
      ...context,
      stage: "dev",
      webOrigin: "https://passung.example.org",
      "aws:cdk:bundling-stacks": [],
    },
  });
  const stacks = definePassung(app);
  return { ...stacks, template: Template.fromStack(stacks.stateless) };
}
const { stateless, stateful, template } = synth();
const consumer = stateless.notificationStream.consumer;
const id = (construct: { node: { defaultChild?: unknown } }) =>
  stateless.getLogicalId(construct.node.defaultChild as never);
type Statement = { Action: string | string[]; Resource: unknown };

describe("the table's change stream consumer", () => {
  it("reads the table's stream in batches, reports partial failures, bisects, retries a bounded number of times", () => {
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      FunctionName: { Ref: id(consumer.function) },
      EventSourceArn: Match.anyValue(),
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 1,
      StartingPosition: "TRIM_HORIZON",
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 12 * 3600,
      ParallelizationFactor: 1,
      DestinationConfig: {
        OnFailure: { Destination: { "Fn::GetAtt": [id(stateless.notificationStream.failedBatches), "Arn"] } },
      },
    });
    // The stream of the stateful stack's table, imported by reference.
    const [mapping] = Object.values(template.findResources("AWS::Lambda::EventSourceMapping"));
    expect(JSON.stringify(mapping?.Properties.EventSourceArn)).toContain("StreamArn");
    expect(Stack.of(stateful.table).resolve(stateful.table.tableStreamArn)).toBeDefined();
  });

  it("keeps failed batches 14 days in an encrypted queue that refuses plain HTTP", () => {
    template.hasResourceProperties("AWS::SQS::Queue", {
      MessageRetentionPeriod: 14 * 86_400,
      SqsManagedSseEnabled: true,
    });
    template.hasResourceProperties("AWS::SQS::QueuePolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });

  it("may read only the table's stream (no `*`), send to its queue, and the table actions its code sends", async () => {
    const policies = Object.values(template.findResources("AWS::IAM::Policy")).filter((policy) =>
      (policy.Properties.Roles as unknown[]).some(
        (role) => JSON.stringify(role) === JSON.stringify({ Ref: id(consumer.role) }),
      ),
    );
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
    const actions = (s: Statement) => [s.Action].flat();
    const streamRead = statements.find((s) => actions(s).includes("dynamodb:GetRecords"));
    expect(actions(streamRead ?? { Action: [], Resource: [] }).sort()).toEqual([
      "dynamodb:DescribeStream",
      "dynamodb:GetRecords",
      "dynamodb:GetShardIterator",
      "dynamodb:ListStreams",
    ]);
    expect(JSON.stringify(streamRead?.Resource)).toContain("StreamArn");
    expect(statements.some((s) => actions(s).includes("sqs:SendMessage"))).toBe(true);
    // The erasure log's single grant (PutItem) is checked in erasure-log.test.ts.
    const tableActions = statements
      .filter((s) => !JSON.stringify(s.Resource).includes("ErasureLog"))
      .flatMap(actions)
      .filter((a) => a.startsWith("dynamodb:") && !streamRead?.Action.includes(a));
    expect(tableActions.sort()).toEqual([...STREAM_CONSUMER.tableActions].sort());
    const code = await bundledSources(`functions/${STREAM_CONSUMER_GROUP}/index.ts`);
    expect([...STREAM_CONSUMER.tableActions].sort()).toEqual(actionsIn(code));
  });

  it("alarms on iterator age and on batches in the failure queue", () => {
    const names = Object.values(template.findResources("AWS::CloudWatch::Alarm")).map(
      (a) => a.Properties.AlarmName as string,
    );
    expect(names).toEqual(
      expect.arrayContaining([
        "Passung-dev-stream-iterator-age",
        "Passung-dev-stream-failed-batches",
        "Passung-dev-function-errors-stream-consumer",
      ]),
    );
  });
});
