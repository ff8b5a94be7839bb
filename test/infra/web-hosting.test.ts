import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, CfnParameter, Stack, type StackProps } from "aws-cdk-lib";
import { CorsHttpMethod, HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import { Annotations, Match, Template } from "aws-cdk-lib/assertions";
import { UserPool } from "aws-cdk-lib/aws-cognito";
import { AwsSolutionsChecks } from "cdk-nag";
import { afterAll, describe, expect, it } from "vitest";
import { type Stage, stageConfig } from "../../infra/stage.ts";
import { withCspMeta } from "../../infra/web-csp.ts";
import { type WebConfig, WebHosting } from "../../infra/web-hosting.ts";

// The feature flags cdk.json gives the CLI; no bundling, for speed.
const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
const newApp = () => new App({ context: { ...context, "aws:cdk:bundling-stacks": [] } });

const CONFIG: WebConfig = {
  apiUrl: "https://abc123.execute-api.eu-central-1.amazonaws.com/",
  userPoolId: "eu-central-1_Example",
  appClientId: "example-client",
  cognitoDomain: "https://passung-dev.auth.eu-central-1.amazoncognito.com",
  region: "eu-central-1",
};
const TMP = mkdtempSync(join(tmpdir(), "passung-web-"));
const [BUILD, NO_BUILD] = [join(TMP, "dist"), join(TMP, "missing")];
mkdirSync(BUILD);
writeFileSync(
  join(BUILD, "index.html"),
  '<!doctype html><html><head><title>Passung</title><script type="module" src="/assets/index.js"></script></head><body></body></html>',
);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function synth(stage: Stage, { webRoot = BUILD, env }: { webRoot?: string; env?: StackProps["env"] } = {}) {
  const app = newApp();
  const stack = new Stack(app, "Web", { env });
  const web = new WebHosting(stack, "Web", { stage: stageConfig(stage), webRoot, config: CONFIG });
  return { stack, web, template: Template.fromStack(stack) };
}
const distributionConfig = (props: Record<string, unknown>) => ({
  DistributionConfig: Match.objectLike(props),
});
const statement = (props: Record<string, unknown>) => ({
  PolicyDocument: { Statement: Match.arrayWith([Match.objectLike(props)]) },
});

describe("WebHosting", () => {
  const { stack, web, template } = synth("dev");

  it("keeps the bucket private, encrypted and reachable over TLS only", () => {
    template.resourceCountIs("AWS::S3::Bucket", 1);
    template.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
    });
    template.hasResourceProperties(
      "AWS::S3::BucketPolicy",
      statement({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
    );
  });

  it("lets only this distribution read the bucket, through origin access control (no OAI)", () => {
    const oac = Object.keys(template.findResources("AWS::CloudFront::OriginAccessControl"));
    expect(oac).toHaveLength(1);
    template.resourceCountIs("AWS::CloudFront::CloudFrontOriginAccessIdentity", 0);
    template.hasResourceProperties(
      "AWS::CloudFront::Distribution",
      distributionConfig({
        Origins: [
          Match.objectLike({
            OriginAccessControlId: { "Fn::GetAtt": [oac[0], "Id"] },
            S3OriginConfig: { OriginAccessIdentity: "" },
          }),
        ],
      }),
    );
    template.hasResourceProperties(
      "AWS::S3::BucketPolicy",
      statement({ Principal: { Service: "cloudfront.amazonaws.com" }, Action: "s3:GetObject" }),
    );
  });

  it("redirects to HTTPS and serves index.html for / and for client-side routes", () => {
    template.hasResourceProperties(
      "AWS::CloudFront::Distribution",
      distributionConfig({
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: "redirect-to-https" }),
        DefaultRootObject: "index.html",
        CustomErrorResponses: [403, 404].map((ErrorCode) => ({
          ErrorCode,
          ResponseCode: 200,
          ResponsePagePath: "/index.html",
        })),
        HttpVersion: "http2and3",
        PriceClass: "PriceClass_100",
      }),
    );
    expect(stack.resolve(web.url)).toEqual({
      "Fn::Join": [
        "",
        ["https://", { "Fn::GetAtt": [expect.stringMatching(/^WebDistribution/), "DomainName"] }],
      ],
    });
  });

  it("sends security headers; the header's CSP names no host and no wildcard", () => {
    const [policy] = Object.values(template.findResources("AWS::CloudFront::ResponseHeadersPolicy"));
    const headers = policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: "DENY" },
      ReferrerPolicy: { ReferrerPolicy: "no-referrer" },
    });
    const csp = headers.ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/\*|https?:|execute-api|amazoncognito/);
    // connect-src lives in the page (below): the header must not widen or narrow it.
    expect(csp).not.toMatch(/default-src|connect-src/);
  });
});

describe("the page's CSP", () => {
  it("names exactly the API and the Cognito sign-in URL, first in <head>, before any script", () => {
    const app = newApp();
    const stack = new Stack(app, "Web");
    new WebHosting(stack, "Web", { stage: stageConfig("dev"), webRoot: BUILD, config: CONFIG });
    const [deployment] = Object.values(
      Template.fromStack(stack).findResources("Custom::CDKBucketDeployment"),
    );
    const keys: string[] = deployment?.Properties.SourceObjectKeys ?? [];
    const html = keys
      .map((key) => join(app.synth().directory, `asset.${key.replace(/\.zip$/, "")}`, "index.html"))
      .flatMap((file) => (existsSync(file) ? [readFileSync(file, "utf8")] : []))
      .find((text) => text.includes("Content-Security-Policy"));
    expect(html).toBe(
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="connect-src 'self' ${CONFIG.apiUrl} ${CONFIG.cognitoDomain}" /><title>Passung</title>` +
        `<script type="module" src="/assets/index.js"></script></head><body></body></html>`,
    );
  });

  it("refuses a page without <head>", () => {
    expect(() => withCspMeta("<title>x</title>", "default-src 'self'")).toThrow(/no <head>/);
    expect(withCspMeta('<HEAD lang="de"></HEAD>', "x")).toBe(
      '<HEAD lang="de"><meta http-equiv="Content-Security-Policy" content="x" /></HEAD>',
    );
  });
});

describe("deployment", () => {
  it("writes config.json with deploy-time values and invalidates the distribution", () => {
    const app = newApp();
    const stack = new Stack(app, "Web");
    const apiUrl = new CfnParameter(stack, "ApiUrl").valueAsString;
    new WebHosting(stack, "Web", {
      stage: stageConfig("dev"),
      webRoot: NO_BUILD,
      config: { ...CONFIG, apiUrl },
    });
    const [deployment] = Object.values(
      Template.fromStack(stack).findResources("Custom::CDKBucketDeployment"),
    );
    expect(deployment?.Properties).toMatchObject({
      SourceObjectKeys: [expect.any(String)],
      SourceMarkers: [{ "<<marker:0xbaba:0>>": { Ref: "ApiUrl" } }],
      Prune: false,
      DistributionId: { Ref: expect.stringMatching(/^WebDistribution/) },
      DistributionPaths: ["/*"],
      SystemMetadata: { "cache-control": "public, max-age=0, s-maxage=31536000" },
    });
    const asset = deployment?.Properties.SourceObjectKeys[0].replace(/\.zip$/, "");
    const written = readFileSync(join(app.synth().directory, `asset.${asset}`, "config.json"), "utf8");
    expect(JSON.parse(written)).toEqual({ ...CONFIG, apiUrl: "<<marker:0xbaba:0>>" });
    Annotations.fromStack(stack).hasWarning("/Web/Web", Match.stringLikeRegexp("deploying config.json only"));
  });

  it("uploads the web build too when there is one, and then prunes what the build no longer has", () => {
    synth("dev").template.hasResourceProperties("Custom::CDKBucketDeployment", {
      SourceObjectKeys: [Match.anyValue(), Match.anyValue(), Match.anyValue()],
      Prune: true,
    });
  });

  it("refuses to synthesise without config.json", () => {
    const stack = new Stack(newApp(), "Web");
    new WebHosting(stack, "Web", { stage: stageConfig("dev"), webRoot: NO_BUILD });
    expect(() => Template.fromStack(stack)).toThrow(/deploy\(config\)/);
  });
});

describe("stages", () => {
  it("prod retains the bucket and its files", () => {
    const { template } = synth("prod");
    template.hasResource("AWS::S3::Bucket", { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
    template.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
  });

  it("dev empties and deletes the bucket with the stack", () => {
    const { template } = synth("dev");
    template.hasResource("AWS::S3::Bucket", { DeletionPolicy: "Delete", UpdateReplacePolicy: "Delete" });
    template.resourceCountIs("Custom::S3AutoDeleteObjects", 1);
  });
});

describe("cdk-nag AwsSolutions", () => {
  // cdk-nag v3 reports through CDK's policy validation, not annotations: ask the pack directly,
  // after synthesis (synth() above), as the CLI does.
  const unacknowledged = (stack: Stack) =>
    new AwsSolutionsChecks().validateScope(stack).violations.map((violation) => violation.ruleName);

  it("has no unacknowledged finding, environment-agnostic or not, with or without a build", () => {
    expect(unacknowledged(synth("dev").stack)).toEqual([]);
    const env = { account: "123456789012", region: "eu-central-1" };
    expect(unacknowledged(synth("prod", { webRoot: NO_BUILD, env }).stack)).toEqual([]);
  });
});

describe("wiring", () => {
  it("works across stacks: pages first, Cognito and the API get `url`, the upload their ids and URL", () => {
    const app = newApp();
    const [webStack, authStack, apiStack] = [
      new Stack(app, "Web"),
      new Stack(app, "Auth"),
      new Stack(app, "Stateless"),
    ];
    const web = new WebHosting(webStack, "Web", { stage: stageConfig("dev"), webRoot: BUILD });
    const users = new UserPool(authStack, "Users");
    const domain = users.addDomain("Domain", { cognitoDomain: { domainPrefix: "passung-test" } });
    const client = users.addClient("WebClient", { oAuth: { callbackUrls: [`${web.url}/`] } });
    const api = new HttpApi(apiStack, "Api", {
      corsPreflight: { allowOrigins: [web.url], allowMethods: [CorsHttpMethod.ANY] },
    });
    const config = {
      apiUrl: api.apiEndpoint,
      userPoolId: users.userPoolId,
      appClientId: client.userPoolClientId,
      cognitoDomain: domain.baseUrl(),
      region: apiStack.region,
    };
    web.deploy(config, apiStack);
    // Synthesis refuses cyclic references between stacks; a header CSP naming the API would be one.
    app.synth();
    const dependencies = (stack: Stack) =>
      stack.dependencies.map((dependency) => dependency.stackName).sort();
    expect([webStack, authStack, apiStack].map(dependencies)).toEqual([[], ["Web"], ["Auth", "Web"]]);
    Template.fromStack(apiStack).resourceCountIs("Custom::CDKBucketDeployment", 1);
    // The page's CSP: the markers of its connect-src resolve to this API and this Cognito domain.
    const [upload] = Object.values(Template.fromStack(apiStack).findResources("Custom::CDKBucketDeployment"));
    const [, page] = upload?.Properties.SourceMarkers ?? [];
    expect(Object.values(page)).toEqual([
      { "Fn::GetAtt": [expect.stringMatching(/^Api/), "ApiEndpoint"] },
      { "Fn::GetStackOutput": expect.objectContaining({ OutputName: expect.stringMatching(/UsersDomain/) }) },
      { Ref: "AWS::Region" },
    ]);
    const ours = (stack: Stack) =>
      new AwsSolutionsChecks()
        .validateScope(stack)
        .violations.filter((v) =>
          v.violatingResources.some((r) => /Web|CDKBucketDeployment/.test(r.constructPath ?? "")),
        )
        .map((v) => v.ruleName);
    expect([...ours(webStack), ...ours(apiStack)]).toEqual([]);
  });
});
