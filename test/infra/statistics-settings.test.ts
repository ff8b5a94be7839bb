import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";

const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
const targets = [
  {
    figure: "qualificationsStarted",
    label: "Qualifizierungen",
    target: 1000,
    from: "2026-01",
    to: "2028-12",
  },
];

function synth(extra: Record<string, unknown>) {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: {
      ...context,
      stage: "prod",
      webOrigin: "https://passung.example.org",
      alarmEmail: "ops@example.org",
      "aws:cdk:bundling-stacks": [],
      ...extra,
    },
  });
  return Template.fromStack(definePassung(app).stateless);
}

describe("the statistics function's settings", () => {
  const template = synth({ statisticsTargets: JSON.stringify(targets) });

  const functions = template.findResources("AWS::Lambda::Function");
  const [statisticsId, statistics] =
    Object.entries(functions).find(([, fn]) => fn.Properties.Environment?.Variables?.STATISTICS_TARGETS) ??
    [];
  const secrets = Object.keys(template.findResources("AWS::SecretsManager::Secret"));
  // Two secrets: the cell key here, and the decision links' signing key (infra/decision-links.ts).
  const secretId = secrets.find((id) => id.startsWith("StatisticsKeySecret"));

  it("gets the network's targets and the name (ARN) of a generated cell-key secret, never its value", () => {
    expect(secrets).toHaveLength(2);
    expect(secretId).toBeDefined();
    const vars = statistics?.Properties.Environment.Variables ?? {};
    expect(JSON.parse(vars.STATISTICS_TARGETS as string)).toEqual(targets);
    expect(vars.STATISTICS_KEY_SECRET_ARN).toEqual({ Ref: secretId });
    expect(vars).not.toHaveProperty("STATISTICS_KEY_SECRET");
    // No function's environment resolves a secret at deploy time.
    for (const [id, fn] of Object.entries(functions))
      expect(JSON.stringify(fn.Properties.Environment ?? {}), id).not.toMatch(
        /resolve:secretsmanager|SecretString/,
      );
  });

  it("reads it at run time through the Parameters and Secrets extension", () => {
    expect(JSON.stringify(statistics?.Properties.Layers)).toMatch(
      /AWS-Parameters-and-Secrets-Lambda-Extension-Arm64/,
    );
  });

  it("lets only the statistics function read that secret, and it reads no other", () => {
    const readers = Object.values(template.findResources("AWS::IAM::Policy")).flatMap((policy) =>
      (policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
        .filter((st) => [st.Action].flat().some((a) => a.startsWith("secretsmanager:")))
        .map((st) => ({
          roles: policy.Properties.Roles,
          actions: [st.Action].flat().sort(),
          resource: st.Resource,
        })),
    );
    const role = (statistics?.Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const touching = readers.filter(
      (r) => same(r.resource, { Ref: secretId }) || same(r.roles, [{ Ref: role }]),
    );
    expect(touching).toEqual([
      {
        roles: [{ Ref: role }],
        actions: ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"],
        resource: { Ref: secretId },
      },
    ]);
    // The other secret (decision links) is read by other roles only.
    const decisionSecret = secrets.find((id) => id !== secretId);
    const decisionReaders = readers.filter((r) => same(r.resource, { Ref: decisionSecret }));
    expect(decisionReaders.length).toBeGreaterThan(0);
    for (const r of decisionReaders) expect(r.roles).not.toContainEqual({ Ref: role });
    expect(statisticsId).toBeDefined();
  });

  it("refuses targets of the wrong shape at synth", () => {
    expect(() => synth({ statisticsTargets: '[{"figure":"x"}]' })).toThrow(/STATISTICS_TARGETS\[0\]/);
  });
});
