import { readFileSync } from "node:fs";
import { App, CfnElement, type Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";
import { REFERENCE_DATA_DIR } from "../../infra/passung-function.ts";
import { routeGroups, routeGroupSettings, verifiesTokens } from "../../infra/route-groups.ts";
import { GSIS } from "../../shared/db/table-definition.ts";

const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
const WEB = "https://passung.example.org";

/** No esbuild (placeholder assets) and no CloudFormation schema validation: app.test.ts runs those. */
function synth(stage: "dev" | "prod") {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: {
      ...context,
      stage,
      webOrigin: WEB,
      alarmEmail: "ops@example.org",
      "aws:cdk:bundling-stacks": [],
    },
  });
  const stacks = definePassung(app);
  return { ...stacks, template: Template.fromStack(stacks.stateless) };
}

function logicalId(stack: Stack, construct: IConstruct): string {
  const element = construct.node.defaultChild;
  if (!(element instanceof CfnElement))
    throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return stack.getLogicalId(element);
}

const { stateful, stateless, template } = synth("dev");
const resources = (type: string) => template.findResources(type);
const fnId = (group: string) => {
  const fn = stateless.functions.get(group);
  if (!fn) throw new Error(`no function for ${group}`);
  return { fn: logicalId(stateless, fn.function), role: logicalId(stateless, fn.role) };
};
// The route groups' functions and roles (the stack also holds CDK's web-upload function).
const own = routeGroups().map(fnId);
const functions = Object.fromEntries(
  Object.entries(resources("AWS::Lambda::Function")).filter(([id]) => own.some((o) => o.fn === id)),
);
const ownPolicies = Object.values(resources("AWS::IAM::Policy")).filter(({ Properties }) =>
  own.some((o) => JSON.stringify(Properties.Roles) === JSON.stringify([{ Ref: o.role }])),
);

describe("functions", () => {
  it("one Node.js 22 arm64 function per route group, sized by infra/route-groups.ts", () => {
    expect(Object.keys(functions)).toHaveLength(routeGroups().length);
    for (const group of routeGroups()) {
      const props = functions[fnId(group).fn]?.Properties;
      const settings = routeGroupSettings(group);
      expect(props).toMatchObject({
        Architectures: ["arm64"],
        Runtime: "nodejs22.x",
        Handler: "index.handler",
        MemorySize: settings.memorySize,
        Timeout: settings.timeoutSeconds,
      });
    }
  });

  it("gets the environment its group needs, and no more", () => {
    for (const group of routeGroups()) {
      const env: Record<string, unknown> = functions[fnId(group).fn]?.Properties.Environment.Variables;
      const settings = routeGroupSettings(group);
      expect(env).toMatchObject({ NODE_OPTIONS: "--enable-source-maps", LOG_LEVEL: "info" });
      expect("TABLE_NAME" in env, group).toBe(settings.tableActions.length > 0);
      expect(env.REFERENCE_DATA_DIR, group).toBe(settings.referenceData ? REFERENCE_DATA_DIR : undefined);
      expect("COGNITO_USER_POOL_ID" in env && "COGNITO_CLIENT_ID" in env, group).toBe(verifiesTokens(group));
    }
  });

  it("logs to its own log group, kept a month in dev", () => {
    const logGroups = resources("AWS::Logs::LogGroup");
    for (const { Properties } of Object.values(functions)) {
      const ref: string = Properties.LoggingConfig.LogGroup.Ref;
      expect(logGroups[ref]?.Properties.RetentionInDays).toBe(30);
    }
  });
});

describe("IAM", () => {
  const statements = ownPolicies.flatMap(
    ({ Properties }) =>
      Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
  );
  const actions = (s: { Action: string | string[] }) => [s.Action].flat();
  const tableArn = (value: unknown) =>
    JSON.stringify(value).includes(`${logicalId(stateful, stateful.table)}Arn`) &&
    JSON.stringify(value).includes(stateful.stackName);
  // The erasure log's single grant (PutItem) is checked in erasure-log.test.ts.
  const onErasureLog = (s: { Resource: unknown }) =>
    JSON.stringify(s.Resource).includes(`${logicalId(stateful, stateful.erasureLog)}Arn`);

  it("has no wildcard action, and no wildcard resource except X-Ray's (which has no resource ARNs)", () => {
    for (const s of statements) {
      for (const action of actions(s)) expect(action).not.toMatch(/(^|:)\*$/);
      if (actions(s).every((action) => action.startsWith("xray:"))) {
        expect(actions(s).sort()).toEqual(["xray:PutTelemetryRecords", "xray:PutTraceSegments"]);
        expect(s.Resource).toBe("*");
      } else expect(JSON.stringify(s.Resource)).not.toMatch(/"\*"|\/\*"/);
    }
  });

  it("grants DynamoDB actions only on the table and its named indexes", () => {
    const dynamo = statements.filter(
      (s) => actions(s).some((a) => a.startsWith("dynamodb:")) && !onErasureLog(s),
    );
    expect(dynamo.length).toBeGreaterThan(0);
    for (const s of dynamo) {
      const [table, ...indexes] = [s.Resource].flat();
      expect(tableArn(table)).toBe(true);
      expect(indexes).toEqual(GSIS.map((g) => ({ "Fn::Join": ["", [table, `/index/${g.indexName}`]] })));
    }
  });

  it("gives each group exactly its table actions (meta and reference: none)", () => {
    const policies = Object.values(resources("AWS::IAM::Policy"));
    for (const group of routeGroups()) {
      const role = fnId(group).role;
      const granted = policies
        .filter(({ Properties }) => JSON.stringify(Properties.Roles) === JSON.stringify([{ Ref: role }]))
        .flatMap(({ Properties }) =>
          (Properties.PolicyDocument.Statement as { Action: string; Resource: unknown }[])
            .filter((s) => !onErasureLog(s))
            .flatMap(actions),
        )
        .filter((action: string) => action.startsWith("dynamodb:"));
      expect(granted.sort(), group).toEqual([...routeGroupSettings(group).tableActions].sort());
    }
  });
});
