import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { type Stage, stageConfig } from "../../infra/stage.ts";
import { StatefulStack } from "../../infra/stateful-stack.ts";
import { createTableInput, TTL_ATTRIBUTE } from "../../shared/db/table-definition.ts";

// The feature flags cdk.json gives the CLI, so the tests synthesise what `cdk synth` does.
const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));

function synth(stage: Stage) {
  const app = new App({ context: { ...context, stage } });
  const stack = new StatefulStack(app, "Stateful", { stage: stageConfig(stage) });
  return { stack, template: Template.fromStack(stack) };
}
const TABLE = "AWS::DynamoDB::Table";

describe("StatefulStack table", () => {
  const { stack, template } = synth("dev");

  it("has the same keys and GSIs as the local table (shared/db/table-definition.ts)", () => {
    const local = createTableInput("local");
    template.hasResourceProperties(TABLE, {
      KeySchema: local.KeySchema,
      AttributeDefinitions: local.AttributeDefinitions,
      GlobalSecondaryIndexes: local.GlobalSecondaryIndexes,
    });
  });

  it("bills on demand, expires items by TTL, keeps point-in-time backups, encrypts with the AWS managed key", () => {
    template.hasResourceProperties(TABLE, {
      BillingMode: "PAY_PER_REQUEST",
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent() },
    });
  });

  it("streams new and old images, like the local table (the notifications' stream consumer)", () => {
    template.hasResourceProperties(TABLE, {
      StreamSpecification: { StreamViewType: createTableInput("local").StreamSpecification?.StreamViewType },
    });
    expect(createTableInput("local").StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: "NEW_AND_OLD_IMAGES",
    });
  });

  it("exposes the table for the stateless stack", () => {
    expect(stack.resolve(stack.table.tableName)).toEqual({ Ref: expect.stringMatching(/^Table/) });
  });
});

describe("stages", () => {
  it("prod retains the table and protects it from deletion", () => {
    const { stack, template } = synth("prod");
    template.hasResource(TABLE, {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
    expect(stack.terminationProtection).toBe(true);
  });

  it("dev deletes the table with the stack", () => {
    const { stack, template } = synth("dev");
    template.hasResource(TABLE, {
      DeletionPolicy: "Delete",
      UpdateReplacePolicy: "Delete",
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
    expect(stack.terminationProtection).toBe(false);
  });

  it("rejects an unknown stage instead of deploying something half-configured", () => {
    expect(() => stageConfig("staging")).toThrow(/stage=dev\|prod/);
    expect(() => stageConfig(undefined)).toThrow();
  });
});
