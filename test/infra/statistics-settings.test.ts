import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
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

  it("gets the network's targets and a generated cell-key secret, resolved at deploy time", () => {
    template.resourceCountIs("AWS::SecretsManager::Secret", 1);
    const fns = template.findResources("AWS::Lambda::Function", {
      Properties: { Environment: { Variables: { STATISTICS_TARGETS: Match.anyValue() } } },
    });
    const [fn] = Object.values(fns) as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    }[];
    expect(Object.keys(fns)).toHaveLength(1);
    const vars = fn?.Properties.Environment.Variables ?? {};
    expect(JSON.parse(vars.STATISTICS_TARGETS as string)).toEqual(targets);
    expect(JSON.stringify(vars.STATISTICS_KEY_SECRET)).toContain("{{resolve:secretsmanager:");
  });

  it("refuses targets of the wrong shape at synth", () => {
    expect(() => synth({ statisticsTargets: '[{"figure":"x"}]' })).toThrow(/STATISTICS_TARGETS\[0\]/);
  });
});
