import { readFileSync } from "node:fs";
import { App, Stack, Validations } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { Code, Function as LambdaFunction, Runtime } from "aws-cdk-lib/aws-lambda";
import { AwsSolutionsChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";
import { stageConfig, webOrigins } from "../../infra/stage.ts";

const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
const WEB = "https://passung.example.org";

/**
 * As `cdk synth` does, cdk-nag included, but without esbuild and CloudFormation's schema validation
 * (10 s to load; `npm run synth` runs both).
 */
const newApp = (stage: string, extra: Record<string, unknown> = { webOrigin: WEB }) =>
  new App({
    builtinCloudFormationValidation: false,
    context: { ...context, stage, alarmEmail: "ops@example.org", "aws:cdk:bundling-stacks": [], ...extra },
  });

function acknowledgements(root: IConstruct): { id: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .map(([id, reason]) => ({ id, reason })),
  );
}

describe.each(["dev", "prod"])("the %s app", (stage) => {
  const app = newApp(stage);
  const stacks = definePassung(app);
  // Throws on any cdk-nag finding that is not acknowledged.
  const assembly = app.synth();

  it("synthesises Passung-<stage>-Stateful, -Web, -Auth and -Stateless", () => {
    expect(assembly.stacks.map((s) => s.stackName).sort()).toEqual(
      ["Auth", "Stateful", "Stateless", "Web"].map((name) => `Passung-${stage}-${name}`),
    );
    expect(stacks.stateless.dependencies.map((s) => s.stackName).sort()).toEqual([
      `Passung-${stage}-Auth`,
      `Passung-${stage}-Stateful`,
      `Passung-${stage}-Web`,
    ]);
  });

  it("leaves no cdk-nag AwsSolutions finding unacknowledged", () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources[0]?.constructPath}`)).toEqual(
      [],
    );
  });

  it("names a one-line reason for every acknowledgement", () => {
    const acks = acknowledgements(app);
    expect(acks.length).toBeGreaterThan(0);
    for (const { id, reason } of acks) expect(reason, id).toMatch(/^[^\n]{20,200}$/);
  });

  it(stage === "prod" ? "retains logs with the stack" : "deletes logs with the stack", () => {
    const logGroups = Template.fromStack(stacks.stateless).findResources("AWS::Logs::LogGroup");
    for (const logGroup of Object.values(logGroups)) {
      expect(logGroup.DeletionPolicy).toBe(stage === "prod" ? "Retain" : "Delete");
      expect(logGroup.Properties.RetentionInDays).toBe(stage === "prod" ? 90 : 30);
    }
  });
});

describe("cdk-nag wiring", () => {
  it("fails synthesis on a finding nobody acknowledged", () => {
    const app = newApp("dev");
    definePassung(app);
    const stack = new Stack(app, "Unreviewed");
    new LambdaFunction(stack, "Old", {
      runtime: Runtime.NODEJS_20_X,
      handler: "i.h",
      code: Code.fromInline("0"),
    });
    expect(() => app.synth()).toThrow(/AwsSolutions-L1/);
  });
});

describe("web origins", () => {
  it("prod takes the CloudFront URL unless -c webOrigin names another; dev adds localhost", () => {
    const { auth } = definePassung(newApp("prod", {}));
    const resources = Object.values(Template.fromStack(Stack.of(auth)).toJSON().Resources) as {
      Type: string;
      Properties: { CallbackURLs?: unknown };
    }[];
    const client = resources.find((r) => r.Type === "AWS::Cognito::UserPoolClient");
    expect(JSON.stringify(client?.Properties.CallbackURLs)).toMatch(
      /"https:\/\/",{"Fn::GetStackOutput":{"StackName":"Passung-prod-Web".*WebDistribution\w*DomainName/,
    );
    expect(() => webOrigins(stageConfig("prod"), undefined)).toThrow(/webOrigin/);
    expect(webOrigins(stageConfig("dev"), undefined)).toEqual(["http://localhost:3000"]);
  });

  it.each(["*", "http://passung.example.org", "https://passung.example.org/", "https://x.org/app"])(
    "refuses %s",
    (origin) => expect(() => webOrigins(stageConfig("prod"), origin)).toThrow(/not an origin/),
  );
});

describe("the region", () => {
  const regionsOf = (app: App) => definePassung(app).stateless.region;

  it("is eu-central-1 unless -c region says otherwise, never the deployer's profile", () => {
    const before = process.env.CDK_DEFAULT_REGION;
    process.env.CDK_DEFAULT_REGION = "us-east-1";
    try {
      const app = newApp("dev");
      const stacks = definePassung(app);
      for (const stack of [stacks.stateful, stacks.webStack, stacks.authStack, stacks.stateless])
        expect(stack.region, stack.stackName).toBe("eu-central-1");
      expect(regionsOf(newApp("dev", { webOrigin: WEB, region: "eu-west-1" }))).toBe("eu-west-1");
    } finally {
      if (before === undefined) delete process.env.CDK_DEFAULT_REGION;
      else process.env.CDK_DEFAULT_REGION = before;
    }
  });

  it("refuses what is not a region", () => {
    expect(() => regionsOf(newApp("dev", { webOrigin: WEB, region: "frankfurt" }))).toThrow(
      /not an AWS region/,
    );
  });
});
