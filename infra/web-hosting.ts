import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Annotations,
  DefaultStackSynthesizer,
  Duration,
  RemovalPolicy,
  Stack,
  Token,
  Validations,
} from "aws-cdk-lib";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { LogGroup } from "aws-cdk-lib/aws-logs";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, CacheControl, Source } from "aws-cdk-lib/aws-s3-deployment";
// How cdk-nag writes resources in its findings, so that acknowledgements match them.
import { flattenCfnReference } from "cdk-nag/lib/utils/flatten-cfn-reference.js";
import { Construct, type IConstruct } from "constructs";
import type { StageConfig } from "./stage.ts";
import { HEADER_CSP, pageCsp, withCspMeta } from "./web-csp.ts";

/** What the web pages read from `/config.json` at start-up; deploy-time tokens are fine. */
export interface WebConfig {
  apiUrl: string;
  userPoolId: string;
  appClientId: string;
  /** Base URL of the Cognito domain, e.g. `UserPoolDomain.baseUrl()`. */
  cognitoDomain: string;
  region: string;
  /** The accessibility statement's feedback contact (-c feedbackEmail=…); absent: the pages' demo address. */
  feedbackEmail?: string;
}

export interface WebHostingProps {
  stage: StageConfig;
  /** The built web pages; default `web/dist` in the repository. */
  webRoot?: string;
  /** Deploy at once; or leave out and call `deploy()` when the API and app client (needing `url`) exist. */
  config?: WebConfig;
}

const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../web/dist", import.meta.url));

/** The web pages: a private S3 bucket behind CloudFront (origin access control), plus their config.json. */
export class WebHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: cloudfront.Distribution;
  /** `https://<id>.cloudfront.net`, no trailing slash: the API's CORS origin, Cognito's callback URL. */
  readonly url: string;
  private readonly webRoot: string;
  private readonly stage: StageConfig;
  private deployment: BucketDeployment | undefined;

  constructor(scope: Construct, id: string, { stage, webRoot = DEFAULT_WEB_ROOT, config }: WebHostingProps) {
    super(scope, id);
    this.webRoot = webRoot;
    this.stage = stage;
    this.bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: stage.removalPolicy,
      autoDeleteObjects: stage.removalPolicy === RemovalPolicy.DESTROY,
    });
    this.distribution = new cloudfront.Distribution(this, "Distribution", {
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: this.securityHeaders(),
      },
      defaultRootObject: "index.html",
      // Client-side routes: S3 answers 403 (no ListBucket grant) or 404; the app routes itself.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: "/index.html",
      })),
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
    // No access logs: the content is public anyway, and the logs would be viewer IP addresses to manage.
    acknowledge(this.bucket, {
      "AwsSolutions-S1":
        "Holds only the public build, readable by anyone via CloudFront; only the deployment writes.",
    });
    acknowledge(this.distribution, {
      "AwsSolutions-CFR1": "Public pages; nothing served depends on the viewer's country.",
      "AwsSolutions-CFR2":
        "Static public files, no server-side logic for a WAF to guard; the API is separate.",
      "AwsSolutions-CFR3": "Static public files: CloudFront's default metrics show traffic and errors.",
      "AwsSolutions-CFR4":
        "No custom domain yet: the default *.cloudfront.net certificate fixes the TLS minimum.",
    });
    this.node.addValidation({
      validate: () =>
        this.deployment ? [] : ["WebHosting needs deploy(config): the pages need config.json"],
    });
    if (config) this.deploy(config);
  }

  /**
   * Uploads the web build (when there is one) and config.json, then invalidates the cache. Once.
   * `scope` holds the upload: a later stack's when `config` comes from stacks that need `url`.
   */
  deploy(config: WebConfig, scope: Construct = this): BucketDeployment {
    const built = existsSync(this.webRoot);
    if (!built) {
      const message = `${this.webRoot} does not exist: deploying config.json only. Build the pages first.`;
      Annotations.of(this).addWarningV2("passung:web-build-missing", message);
    }
    const id = scope === this ? "Deployment" : `${this.node.id}Deployment`;
    this.deployment = new BucketDeployment(scope, id, {
      destinationBucket: this.bucket,
      // One deployment, index.html (with the page's CSP naming the exact API and Cognito URLs,
      // web-csp.ts) and config.json last: they replace the build's.
      sources: [
        ...(built ? [Source.asset(this.webRoot), Source.data("index.html", this.pageWithCsp(config))] : []),
        Source.jsonData("config.json", config),
      ],
      // With a build the bucket mirrors it; without one, what is deployed stays, only config.json changes.
      prune: built,
      // Browsers revalidate every file (a cheap 304), so config.json and index.html are never stale;
      // CloudFront keeps them until the invalidation below.
      cacheControl: [
        CacheControl.setPublic(),
        CacheControl.maxAge(Duration.seconds(0)),
        CacheControl.sMaxAge(Duration.days(365)),
      ],
      distribution: this.distribution,
      distributionPaths: ["/*"],
      // Its upload function logs like ours: stage retention, deleted with a dev stack.
      logGroup: new LogGroup(scope, `${id}Logs`, {
        retention: this.stage.logRetention,
        removalPolicy: this.stage.removalPolicy,
      }),
    });
    this.acknowledgeHandler(this.deployment.handlerRole);
    return this.deployment;
  }

  /** The stack-wide Lambda function of CDK's BucketDeployment, with the grants CDK gives it. */
  private acknowledgeHandler(role: IConstruct): void {
    const stack = Stack.of(role);
    // The asset bucket as the template names it: pseudo parameters as <AWS::…>, known values literally.
    const nag = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);
    const [partition, account] = [nag(stack.partition, "Partition"), nag(stack.account, "AccountId")];
    const assets = `${partition}:s3:::cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-${account}`;
    const sync = "CDK's BucketDeployment grant: read the source assets, write and prune the site bucket.";
    acknowledge(role, {
      "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]":
        "CDK's BucketDeployment handler: the managed policy only lets it write its own logs.",
      ...Object.fromEntries(
        ["GetBucket*", "GetObject*", "List*", "Abort*", "DeleteObject*"].map((action) => [
          `AwsSolutions-IAM5[Action::s3:${action}]`,
          sync,
        ]),
      ),
      [`AwsSolutions-IAM5[Resource::arn:${assets}-${nag(stack.region, "Region")}/*]`]:
        "CDK's asset bucket: the handler reads this deployment's source zips there.",
      "AwsSolutions-IAM5[Resource::*]": "CDK grants cloudfront:CreateInvalidation/GetInvalidation on *.",
    });
    // Its grant on the site bucket names the bucket as this template does: for another stack's bucket,
    // a reference only synthesis resolves. Construct validation runs after that and before cdk-nag.
    this.node.addValidation({
      validate: () => {
        const objects = flattenCfnReference(stack.resolve(this.bucket.arnForObjects("*")));
        const reason = "Every object of the site bucket: the deployment owns its content.";
        acknowledge(role, { [`AwsSolutions-IAM5[Resource::${objects}]`]: reason });
        return [];
      },
    });
    const handler = role.node.scope;
    if (handler) {
      const reason = "CDK's BucketDeployment handler: aws-cdk-lib pins its Python runtime and updates it.";
      acknowledge(handler, { "AwsSolutions-L1": reason });
    }
  }

  /** The build's index.html with the page's CSP; deploy-time values (the API's URL) become markers. */
  private pageWithCsp(config: WebConfig): string {
    return withCspMeta(readFileSync(join(this.webRoot, "index.html"), "utf8"), pageCsp(config));
  }

  /**
   * Security headers; the CSP here names no host (web-csp.ts): where the pages may connect is in
   * index.html, which the upload writes with the exact API and Cognito URLs.
   */
  private securityHeaders(): cloudfront.ResponseHeadersPolicy {
    return new cloudfront.ResponseHeadersPolicy(this, "SecurityHeaders", {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: HEADER_CSP, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });
  }
}

/** Accepts cdk-nag (v3) findings on `scope` and everything below it, each with its reason. */
function acknowledge(scope: IConstruct, reasons: Record<string, string>): void {
  for (const [id, reason] of Object.entries(reasons)) Validations.of(scope).acknowledge({ id, reason });
}
