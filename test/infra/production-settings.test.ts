import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";
import { STREAM_CONSUMER, STREAM_CONSUMER_GROUP } from "../../infra/notification-stream.ts";
import { ROUTE_GROUPS } from "../../infra/route-groups.ts";
import { ROUTE_THROTTLES, routeThrottleSettings } from "../../infra/throttling.ts";
import { type Route, routeKey, routes } from "../../shared/http/routes.ts";

const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));

/** No esbuild, no CloudFormation schema validation; app.test.ts runs cdk-nag on both stages. */
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
  const { authStack, stateless } = definePassung(app);
  return { auth: Template.fromStack(authStack), api: Template.fromStack(stateless) };
}
const dev = synth("dev");
const prod = synth("prod");

describe("MFA", () => {
  it("prod requires a TOTP app of every account (Cognito cannot require it per group)", () => {
    prod.auth.hasResourceProperties("AWS::Cognito::UserPool", {
      MfaConfiguration: "ON",
      EnabledMfas: ["SOFTWARE_TOKEN_MFA"],
    });
  });

  it("dev only offers it", () => {
    dev.auth.hasResourceProperties("AWS::Cognito::UserPool", {
      MfaConfiguration: "OPTIONAL",
      EnabledMfas: ["SOFTWARE_TOKEN_MFA"],
    });
  });
});

describe("route throttles", () => {
  const stages = (template: Template) => Object.entries(template.findResources("AWS::ApiGatewayV2::Stage"));
  const routeIds = (template: Template) =>
    new Map(
      Object.entries(template.findResources("AWS::ApiGatewayV2::Route")).map(([id, r]) => [
        r.Properties.RouteKey as string,
        id,
      ]),
    );

  it.each([
    ["dev", dev],
    ["prod", prod],
  ])("%s: expensive routes get their own small buckets below the default", (_, template) => {
    const [[, stage] = []] = stages(template.api);
    expect(stage?.Properties.DefaultRouteSettings).toEqual({
      ThrottlingBurstLimit: 100,
      ThrottlingRateLimit: 50,
    });
    // POST /matches also has detailed metrics: its p99 latency alarm needs route-level metrics.
    expect(stage?.Properties.RouteSettings).toEqual({
      ...routeThrottleSettings(routes),
      "POST /matches": { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20, DetailedMetricsEnabled: true },
    });
    for (const key of ["POST /qualification-offers/import", "POST /mentoring-places/import"])
      expect(stage?.Properties.RouteSettings[key]).toEqual({
        ThrottlingRateLimit: 1,
        ThrottlingBurstLimit: 2,
      });
    for (const { rateLimit, burstLimit } of Object.values(ROUTE_THROTTLES)) {
      expect(rateLimit).toBeLessThan(50);
      expect(burstLimit).toBeLessThan(100);
    }
  });

  it("creates the stage after the routes its settings name (else CloudFormation cannot find them)", () => {
    const [[, stage] = []] = stages(dev.api);
    const ids = routeIds(dev.api);
    for (const key of Object.keys(ROUTE_THROTTLES)) expect(stage?.DependsOn, key).toContain(ids.get(key));
  });

  it("refuses at synth a throttle for a route the table lacks", () => {
    const without = routes.filter((route) => routeKey(route) !== "POST /matches") as Route[];
    expect(() => routeThrottleSettings(without)).toThrow(/POST \/matches/);
  });
});

describe("reserved concurrency", () => {
  const reserved = (template: ReturnType<typeof synth>) =>
    Object.values(template.api.findResources("AWS::Lambda::Function"))
      .filter((fn) => String(fn.Properties.Description).startsWith("Passung "))
      .map((fn) => [
        String(fn.Properties.Description).replace(/^Passung | routes$| stream consumer$/g, ""),
        fn.Properties.ReservedConcurrentExecutions,
      ]);

  it("prod reserves (and caps) each function's share", () => {
    const byGroup = Object.fromEntries(reserved(prod));
    const functions = { ...ROUTE_GROUPS, [STREAM_CONSUMER_GROUP]: STREAM_CONSUMER };
    expect(Object.keys(byGroup).sort()).toEqual(Object.keys(functions).sort());
    for (const [group, settings] of Object.entries(functions))
      expect(byGroup[group], group).toBe(settings.reservedConcurrency);
    expect(byGroup.imports).toBeLessThan(byGroup.matches);
  });

  it("leaves the default account quota (1,000) well above AWS's 100 unreserved minimum", () => {
    const total = [...Object.values(ROUTE_GROUPS), STREAM_CONSUMER].reduce(
      (sum, group) => sum + group.reservedConcurrency,
      0,
    );
    expect(total).toBeLessThanOrEqual(200);
  });

  it("dev reserves nothing, so accounts with a small Lambda quota can deploy it", () => {
    for (const [group, value] of reserved(dev)) expect(value, String(group)).toBeUndefined();
  });
});
