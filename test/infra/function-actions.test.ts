import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";
import { routeGroups, routeGroupSettings } from "../../infra/route-groups.ts";
import { routes } from "../../shared/http/routes.ts";

const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));

/** The deployed template, as `cdk synth -c stage=prod` writes it (no esbuild). */
const app = new App({
  builtinCloudFormationValidation: false,
  context: {
    ...context,
    stage: "prod",
    webOrigin: "https://passung.example.org",
    alarmEmail: "ops@example.org",
    "aws:cdk:bundling-stacks": [],
  },
});
const template = Template.fromStack(definePassung(app).stateless);

interface Statement {
  Action: string | string[];
}
const policies = Object.values(template.findResources("AWS::IAM::Policy")) as {
  Properties: { Roles: { Ref: string }[]; PolicyDocument: { Statement: Statement[] } };
}[];

/** Every DynamoDB action the role of the route group's function may take, from the template. */
function tableActionsOf(group: string): string[] {
  const fns = Object.values(
    template.findResources("AWS::Lambda::Function", {
      Properties: { Description: `Passung ${group} routes` },
    }),
  ) as { Properties: { Role: { "Fn::GetAtt": [string, string] } } }[];
  expect(fns, group).toHaveLength(1);
  const role = fns[0]?.Properties.Role["Fn::GetAtt"][0];
  const actions = policies
    .filter((p) => p.Properties.Roles.some((r) => r.Ref === role))
    .flatMap((p) => p.Properties.PolicyDocument.Statement.flatMap((s) => [s.Action].flat()));
  return [...new Set(actions.filter((a) => a.startsWith("dynamodb:")))].sort();
}

const WRITES = [
  "PutItem",
  "UpdateItem",
  "DeleteItem",
  "BatchWriteItem",
  "ConditionCheckItem",
  "PartiQLUpdate",
];
const readOnlyGroups = routeGroups().filter((group) =>
  routes.filter((route) => route.group === group).every((route) => route.method === "GET"),
);

describe("each function's DynamoDB actions in the synthesized template", () => {
  it("lists them per function: exactly what its routes' code sends", () => {
    const listed = Object.fromEntries(routeGroups().map((group) => [group, tableActionsOf(group)]));
    for (const group of routeGroups())
      expect(listed[group], group).toEqual([...routeGroupSettings(group).tableActions].sort());
    // The read-only functions, pinned.
    expect(listed).toMatchObject({
      handouts: ["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:Query"],
      meta: ["dynamodb:GetItem"],
      statistics: ["dynamodb:Query"],
      reference: [],
    });
  });

  it("gives a function whose routes only read (GET) no write action", () => {
    expect(readOnlyGroups.sort()).toEqual(["handouts", "meta", "reference", "statistics"]);
    for (const group of readOnlyGroups)
      expect(
        tableActionsOf(group).filter((a) => WRITES.includes(a.replace("dynamodb:", ""))),
        group,
      ).toEqual([]);
  });

  it("never grants dynamodb:* or Scan", () => {
    for (const group of routeGroups())
      expect(
        tableActionsOf(group).filter((a) => a === "dynamodb:*" || a === "dynamodb:Scan"),
        group,
      ).toEqual([]);
  });
});
