import { pathToFileURL } from "node:url";
import { App, CfnOutput, type Environment, Stack, Tags } from "aws-cdk-lib";
import { PassungAuth } from "./auth.ts";
import { applyNagChecks } from "./nag.ts";
import {
  alarmRecipients,
  deployRegion,
  mailSetting,
  stageConfig,
  statisticsTargets,
  candidateRetentionMonths,
  webOrigins,
} from "./stage.ts";
import { StatefulStack } from "./stateful-stack.ts";
import { StatelessStack } from "./stateless-stack.ts";
import { WebHosting } from "./web-hosting.ts";

/**
 * The Passung stacks of one stage, from the app's context: `stage` (dev|prod), optionally
 * `region` (default eu-central-1, never the profile's), `webOrigin` (a custom origin in front of
 * the web pages) and `authDomainPrefix`. Tests call this with their own App; `npx cdk
 * synth|deploy -c stage=dev|prod` runs the file itself.
 *
 * - Passung-<stage>-Web: S3 + CloudFront for the web pages; first, so its URL can reach CORS and
 *   the sign-in callbacks of the others without a cycle. Its config.json is uploaded by the
 *   stateless stack, which knows the API URL.
 * - Passung-<stage>-Stateful: the DynamoDB table.
 * - Passung-<stage>-Auth: the Cognito user pool. Its accounts are data too, so it is not in the
 *   freely replaceable stateless stack; its app client changes with the web origin, not the table.
 * - Passung-<stage>-Stateless: functions, HTTP API, alarm topic, alarms and dashboard (code, so
 *   freely replaceable). The web pages' URL (the web hosting's `url`, or `-c webOrigin`) reaches
 *   CORS and the sign-in callbacks through `webOrigins`.
 */
export function definePassung(app: App, account?: Environment["account"]) {
  const context = (key: string): unknown => app.node.tryGetContext(key);
  const stage = stageConfig(context("stage"));
  const env: Environment = { account, region: deployRegion(context("region")) };
  const webStack = new Stack(app, `Passung-${stage.name}-Web`, {
    env,
    description: "Passung: web pages (S3 + CloudFront)",
  });
  const web = new WebHosting(webStack, "Web", { stage });
  new CfnOutput(webStack, "WebUrl", { key: "WebUrl", value: web.url });
  const origins = webOrigins(stage, context("webOrigin") ?? web.url);
  const domainPrefix = context("authDomainPrefix");
  Tags.of(app).add("project", "passung");
  Tags.of(app).add("stage", stage.name);

  const stateful = new StatefulStack(app, `Passung-${stage.name}-Stateful`, { env, stage });
  const authStack = new Stack(app, `Passung-${stage.name}-Auth`, {
    env,
    terminationProtection: stage.protectData,
    description: "Passung: Cognito user pool, groups and the web pages' app client",
  });
  const auth = new PassungAuth(authStack, "Auth", {
    stage,
    webOrigins: origins,
    ...(typeof domainPrefix === "string" ? { domainPrefix } : {}),
  });
  const stateless = new StatelessStack(app, `Passung-${stage.name}-Stateless`, {
    env,
    stage,
    table: stateful.table,
    erasureLog: stateful.erasureLog,
    userPool: auth.userPool,
    client: auth.client,
    webOrigins: origins,
    alarmEmails: alarmRecipients(stage, context("alarmEmail")),
    statisticsTargets: statisticsTargets(context("statisticsTargets")),
    mail: mailSetting(context("mailFrom"), context("mailIdentity")),
    candidateRetentionMonths: candidateRetentionMonths(context("candidateRetentionMonths")),
    description: "Passung: Lambda functions, HTTP API, alarms and dashboard",
  });
  web.deploy(
    {
      apiUrl: stateless.apiUrl,
      userPoolId: auth.userPool.userPoolId,
      appClientId: auth.client.userPoolClientId,
      cognitoDomain: auth.domain.baseUrl(),
      region: stateless.region,
      ...(typeof context("feedbackEmail") === "string"
        ? { feedbackEmail: String(context("feedbackEmail")) }
        : {}),
    },
    stateless,
  );
  applyNagChecks(app, { auth, api: stateless, stage });
  return { stage, stateful, webStack, web, authStack, auth, stateless };
}

// Run by the CDK CLI (cdk.json "app"); importing this module (tests) synthesises nothing.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // The CLI's profile decides only the account (none: account-agnostic); the region is the app's.
  definePassung(new App(), process.env.CDK_DEFAULT_ACCOUNT);
}
