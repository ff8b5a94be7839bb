import { readFileSync } from "node:fs";
import { App, CfnElement, type Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";
import { STREAM_CONSUMER } from "../../infra/notification-stream.ts";
import { routeGroups, routeGroupSettings } from "../../infra/route-groups.ts";
import { createErasureLogInput, TTL_ATTRIBUTE } from "../../shared/db/table-definition.ts";
import { bundledSources } from "./table-actions.ts";

const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));

function synth(stage: "dev" | "prod") {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: {
      ...context,
      stage,
      webOrigin: "https://passung.example.org",
      alarmEmail: "ops@example.org",
      "aws:cdk:bundling-stacks": [],
    },
  });
  return definePassung(app);
}
const logicalId = (stack: Stack, construct: IConstruct) =>
  stack.getLogicalId(construct.node.defaultChild as CfnElement);

describe("the erasure log table", () => {
  it("is a table of its own in the stateful stack: point-in-time backups, TTL, the local key", () => {
    const { stateful } = synth("dev");
    const template = Template.fromStack(stateful);
    const local = createErasureLogInput("local");
    template.hasResourceProperties("AWS::DynamoDB::Table", {
      KeySchema: local.KeySchema,
      AttributeDefinitions: local.AttributeDefinitions,
      BillingMode: "PAY_PER_REQUEST",
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      SSESpecification: { SSEEnabled: true },
    });
    expect(Object.keys(template.findResources("AWS::DynamoDB::Table"))).toHaveLength(2);
  });

  it("prod retains it and protects it from deletion, like the data", () => {
    const { stateful } = synth("prod");
    const id = logicalId(stateful, stateful.erasureLog);
    expect(Template.fromStack(stateful).toJSON().Resources[id]).toMatchObject({
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: { DeletionProtectionEnabled: true },
    });
  });
});

describe("who may write it", () => {
  const { stateless } = synth("dev");
  const template = Template.fromStack(stateless);
  // The stateless stack reads the log's ARN from the stateful stack's outputs (their names say whose).
  const onLogTable = (resource: unknown) => JSON.stringify(resource).includes("ErasureLog");
  const erasing = [
    ...routeGroups().map((group) => ({ group, settings: routeGroupSettings(group) })),
    { group: "notification-stream", settings: STREAM_CONSUMER },
  ];

  it.each(erasing)(
    "$group logs erasures exactly when its code erases candidates",
    async ({ group, settings }) => {
      const code = await bundledSources(`functions/${group}/index.ts`);
      const writes = code.some((s) => s.path.endsWith("shared/db/erasure-log.ts"));
      expect(Boolean(settings.logsErasures)).toBe(writes);
    },
  );

  it("grants PutItem on the log to the erasing functions only, and nothing else on it", () => {
    const policies = Object.values(template.findResources("AWS::IAM::Policy"));
    const onLog = policies.flatMap(({ Properties }) =>
      (Properties.PolicyDocument.Statement as { Action: unknown; Resource: unknown }[])
        .filter((s) => onLogTable(s.Resource))
        .map((s) => ({ roles: Properties.Roles, action: s.Action })),
    );
    const roles = [stateless.functions.get("candidates"), stateless.notificationStream.consumer].map((f) => [
      { Ref: logicalId(stateless, f?.role as IConstruct) },
    ]);
    expect(onLog.map((p) => p.roles).sort()).toEqual(roles.sort());
    for (const p of onLog) expect(p.action).toBe("dynamodb:PutItem");
  });

  it("tells the erasing functions the log's name", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Description: Match.stringLikeRegexp("candidates routes"),
      Environment: { Variables: Match.objectLike({ ERASURE_LOG_TABLE: Match.anyValue() }) },
    });
    const named = Object.values(template.findResources("AWS::Lambda::Function")).filter(
      ({ Properties }) => Properties.Environment?.Variables?.ERASURE_LOG_TABLE !== undefined,
    );
    expect(named).toHaveLength(2);
    for (const fn of named)
      expect(onLogTable(fn.Properties.Environment.Variables.ERASURE_LOG_TABLE)).toBe(true);
  });
});
