import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";
import { candidateRetentionMonths } from "../../infra/stage.ts";

const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));

const variables = (extra: Record<string, unknown>) => {
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
  const functions = Template.fromStack(definePassung(app).stateless).findResources("AWS::Lambda::Function");
  return Object.values(functions).map(
    (fn) => (fn.Properties.Environment?.Variables ?? {}) as Record<string, unknown>,
  );
};

describe("the candidates' retention period (a deployment setting)", () => {
  it("reaches the candidates function when set, and no other", () => {
    const set = variables({ candidateRetentionMonths: "18" }).filter(
      (v) => "CANDIDATE_RETENTION_MONTHS" in v,
    );
    expect(set.map((v) => v.CANDIDATE_RETENTION_MONTHS)).toEqual(["18"]);
    expect(variables({}).some((v) => "CANDIDATE_RETENTION_MONTHS" in v)).toBe(false);
  });

  it("is a whole number of months from 1 to 120", () => {
    expect(candidateRetentionMonths(undefined)).toBeUndefined();
    expect(candidateRetentionMonths("12")).toBe(12);
    expect(candidateRetentionMonths(1)).toBe(1);
    expect(candidateRetentionMonths("120")).toBe(120);
    for (const bad of ["0", "121", "6.5", "zwölf", ""])
      expect(() => candidateRetentionMonths(bad), bad).toThrow(/candidateRetentionMonths/);
  });
});
