import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";
import { routeKey, routes } from "../../shared/http/routes.ts";

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
  return Template.fromStack(definePassung(app).stateless);
}

const template = synth("dev");
const byKey = new Map(
  Object.entries(template.findResources("AWS::ApiGatewayV2::Route")).map(([id, route]) => [
    route.Properties.RouteKey as string,
    { id, ...route.Properties },
  ]),
);
const [authorizerId, authorizer] =
  Object.entries(template.findResources("AWS::ApiGatewayV2::Authorizer"))[0] ?? [];
const integrations = template.findResources("AWS::ApiGatewayV2::Integration");
const functions = template.findResources("AWS::Lambda::Function");

describe("routes (derived from shared/http/routes.ts)", () => {
  it("has exactly the route table's routes: no /dev/token, no catch-all", () => {
    expect([...byKey.keys()].sort()).toEqual(routes.map(routeKey).sort());
    for (const key of byKey.keys()) expect(key).not.toMatch(/\/dev\b|\$default/);
  });

  it('puts the JWT authorizer on every "required" route and none on "none" or "optional" routes', () => {
    for (const route of routes) {
      const deployed = byKey.get(routeKey(route));
      if (route.auth === "required") {
        expect(deployed, routeKey(route)).toMatchObject({
          AuthorizationType: "JWT",
          AuthorizerId: { Ref: authorizerId },
        });
      } else {
        expect(deployed, routeKey(route)).toMatchObject({ AuthorizationType: "NONE" });
        expect(deployed?.AuthorizerId, routeKey(route)).toBeUndefined();
      }
    }
  });

  it("sends every route to its group's function with payload format 2.0", () => {
    for (const route of routes) {
      const target = byKey.get(routeKey(route))?.Target["Fn::Join"][1][1].Ref;
      const integration = integrations[target]?.Properties;
      expect(integration?.PayloadFormatVersion).toBe("2.0");
      const fnId: string = integration?.IntegrationUri["Fn::GetAtt"][0];
      expect(functions[fnId]?.Properties.Description, routeKey(route)).toBe(`Passung ${route.group} routes`);
    }
  });

  it("checks Cognito ID tokens of the web client: issuer is the user pool, audience the app client", () => {
    expect(authorizer?.Properties).toMatchObject({
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
    });
    const jwt = JSON.stringify(authorizer?.Properties.JwtConfiguration);
    // The app sets the region (eu-central-1 unless -c region=…): it is part of the issuer's text.
    expect(jwt).toMatch(/"https:\/\/cognito-idp\.eu-central-1\.amazonaws\.com\/".*AuthUserPool/);
    expect(JSON.stringify(authorizer?.Properties.JwtConfiguration.Audience)).toMatch(/WebClient/);
  });
});

describe("stage and CORS", () => {
  it("throttles the $default stage and writes JSON access logs with the request id", () => {
    const [stage] = Object.values(template.findResources("AWS::ApiGatewayV2::Stage"));
    expect(stage?.Properties).toMatchObject({
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 },
    });
    const format = JSON.parse(stage?.Properties.AccessLogSettings.Format);
    expect(format).toMatchObject({
      requestId: "$context.requestId",
      ip: "$context.identity.sourceIp",
      routeKey: "$context.routeKey",
      status: "$context.status",
      integrationError: "$context.integrationErrorMessage",
    });
    // The raw path would put decision-link tokens (a credential, /decisions/{token}) in the log.
    expect(stage?.Properties.AccessLogSettings.Format).not.toContain("$context.path");
    const logGroup = stage?.Properties.AccessLogSettings.DestinationArn["Fn::GetAtt"][0];
    expect(template.findResources("AWS::Logs::LogGroup")[logGroup]?.Properties.RetentionInDays).toBe(30);
  });

  it("allows the web origin (and localhost in dev), the headers the API reads and exposes", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      CorsConfiguration: {
        AllowOrigins: [WEB, "http://localhost:3000"],
        AllowHeaders: ["authorization", "content-type", "if-match", "idempotency-key"],
        ExposeHeaders: ["etag", "location", "x-next-cursor", "content-disposition"],
        AllowMethods: [...new Set(routes.map((route) => route.method))],
      },
    });
  });

  it("allows only the web origin in prod", () => {
    synth("prod").hasResourceProperties("AWS::ApiGatewayV2::Api", {
      CorsConfiguration: { AllowOrigins: [WEB] },
    });
  });

  it("outputs the $default stage's URL", () => {
    const [output] = Object.values(template.findOutputs("ApiUrl"));
    expect(JSON.stringify(output?.Value)).toMatch(
      /"https:\/\/",\{"Ref":"Api\w+"\},".execute-api.eu-central-1."/,
    );
  });
});
