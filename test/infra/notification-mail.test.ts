import { readFileSync } from "node:fs";
import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { AttributeType, Table } from "aws-cdk-lib/aws-dynamodb";
import { AwsSolutionsChecks } from "cdk-nag";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";
import { PassungMonitoring } from "../../infra/monitoring.ts";
import { MAIL_SCHEDULE, MAIL_SCHEDULE_GROUP, NotificationMail } from "../../infra/notification-mail.ts";
import { mailSetting, stageConfig } from "../../infra/stage.ts";
import { actionsIn, bundledSources } from "./table-actions.ts";

/** The mail construct on a bare stack (no bundling); the wired stack: notification-stream.test.ts. */
function build() {
  const app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
  const stack = new Stack(app, "Mail", { env: { account: "111122223333", region: "eu-central-1" } });
  const stage = stageConfig("prod");
  const table = new Table(stack, "Table", { partitionKey: { name: "PK", type: AttributeType.STRING } });
  const monitoring = new PassungMonitoring(stack, "Monitoring", { stage, alarmEmails: ["ops@example.org"] });
  const mail = new NotificationMail(stack, "NoticeMail", {
    stage,
    table,
    setting: { from: "benachrichtigung@passung.example.org", identity: "passung.example.org" },
    webUrl: "https://passung.example.org",
  });
  mail.watch(monitoring);
  return { stack, mail, template: Template.fromStack(stack) };
}
const { stack, mail, template } = build();
type Statement = { Action: string | string[]; Resource: unknown };
const statements = (): Statement[] =>
  Object.values(template.findResources("AWS::IAM::Policy")).flatMap(
    (policy) => policy.Properties.PolicyDocument.Statement as Statement[],
  );

describe("notice mails on AWS", () => {
  it("may send only as the sender identity: ses:SendEmail on its ARN, no wildcard", () => {
    const ses = statements().filter((s) => [s.Action].flat().some((a) => a.startsWith("ses:")));
    expect(ses.length).toBeGreaterThan(0);
    for (const statement of ses) {
      expect(statement.Action).toBe("ses:SendEmail");
      expect(statement.Resource).toEqual(stack.resolve(mail.identityArn));
    }
    expect(JSON.stringify(stack.resolve(mail.identityArn))).toContain(
      ":ses:eu-central-1:111122223333:identity/passung.example.org",
    );
  });

  it("runs the digest daily at 06:00 UTC, the retries every 5 minutes and overdue measures hourly, each naming its job", () => {
    const fn = {
      "Fn::GetAtt": [stack.getLogicalId(mail.schedule.function.node.defaultChild as never), "Arn"],
    };
    template.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "cron(0 6 * * ? *)",
      Targets: [Match.objectLike({ Arn: fn, Input: JSON.stringify({ job: "digest" }) })],
    });
    template.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "rate(5 minutes)",
      Targets: [Match.objectLike({ Arn: fn, Input: JSON.stringify({ job: "retries" }) })],
    });
    template.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "rate(1 hour)",
      Targets: [Match.objectLike({ Arn: fn, Input: JSON.stringify({ job: "measures-due" }) })],
    });
  });

  it("tells the function who sends and where the mails link to", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Description: `Passung ${MAIL_SCHEDULE_GROUP} mail schedule`,
      Timeout: MAIL_SCHEDULE.timeoutSeconds,
      ReservedConcurrentExecutions: 1,
      Environment: {
        Variables: Match.objectLike({
          MAIL_FROM: "benachrichtigung@passung.example.org",
          WEB_URL: "https://passung.example.org",
        }),
      },
    });
  });

  it("grants the schedule exactly the table actions its code sends", async () => {
    const code = await bundledSources(`functions/${MAIL_SCHEDULE_GROUP}/index.ts`);
    expect([...MAIL_SCHEDULE.tableActions].sort()).toEqual(actionsIn(code));
  });

  it("alarms on SES bounces and complaints and on the schedule's errors", () => {
    const names = Object.values(template.findResources("AWS::CloudWatch::Alarm")).map(
      (alarm) => alarm.Properties.AlarmName as string,
    );
    expect(names).toEqual(
      expect.arrayContaining([
        "Passung-prod-mail-bounce-rate",
        "Passung-prod-mail-complaint-rate",
        expect.stringMatching(/notice-mail/),
      ]),
    );
  });
});

describe("mailSetting (-c mailFrom, -c mailIdentity)", () => {
  it("is off when unset, the address itself by default, or the address's domain", () => {
    expect(mailSetting(undefined, undefined)).toBeUndefined();
    expect(mailSetting("info@passung.example.org", undefined)).toEqual({
      from: "info@passung.example.org",
      identity: "info@passung.example.org",
    });
    expect(mailSetting("info@passung.example.org", "passung.example.org")).toEqual({
      from: "info@passung.example.org",
      identity: "passung.example.org",
    });
  });

  it("refuses what is no address, or an identity that does not cover the address", () => {
    expect(() => mailSetting("passung", undefined)).toThrow(/mailFrom/);
    expect(() => mailSetting(undefined, "passung.example.org")).toThrow(/mailFrom/);
    expect(() => mailSetting("info@passung.example.org", "other.example.org")).toThrow(/does not cover/);
    expect(() => mailSetting("info@passung.example.org", "x y")).toThrow(/mailIdentity/);
  });
});

describe("the app with -c mailFrom", () => {
  const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
  const app = new App({
    builtinCloudFormationValidation: false,
    context: {
      ...context,
      stage: "prod",
      webOrigin: "https://passung.example.org",
      alarmEmail: "ops@example.org",
      mailFrom: "benachrichtigung@passung.example.org",
      "aws:cdk:bundling-stacks": [],
    },
  });
  const { stateless } = definePassung(app);
  const wired = Template.fromStack(stateless);
  // Throws on any cdk-nag finding that is not acknowledged.
  app.synth();

  it("lets the stream consumer send as the identity, linking to the web pages", () => {
    const consumer = stateless.notificationStream.consumer;
    wired.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: Match.objectLike({
          MAIL_FROM: "benachrichtigung@passung.example.org",
          WEB_URL: "https://passung.example.org",
          TABLE_NAME: Match.anyValue(),
        }),
      },
    });
    const consumerPolicies = Object.values(wired.findResources("AWS::IAM::Policy")).filter((policy) =>
      JSON.stringify(policy.Properties.Roles).includes(
        stateless.getLogicalId(consumer.role.node.defaultChild as never),
      ),
    );
    const ses = consumerPolicies
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[])
      .filter((s) => s.Action === "ses:SendEmail");
    expect(ses).toHaveLength(1);
    expect(JSON.stringify(ses[0]?.Resource)).toContain(":identity/benachrichtigung@passung.example.org");
    expect(stateless.mail).toBeDefined();
  });

  it("leaves no cdk-nag finding and no warning about a missing sender", () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
    const warnings = stateless.node.metadata.filter((entry) => String(entry.data).includes("mailFrom"));
    expect(warnings).toEqual([]);
  });
});

describe("the app without -c mailFrom", () => {
  it("mails nothing and says so at synth", () => {
    const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
    const app = new App({
      builtinCloudFormationValidation: false,
      context: {
        ...context,
        stage: "dev",
        webOrigin: "https://passung.example.org",
        "aws:cdk:bundling-stacks": [],
      },
    });
    const { stateless } = definePassung(app);
    expect(stateless.mail).toBeUndefined();
    const template = Template.fromStack(stateless);
    expect(JSON.stringify(template.findResources("AWS::IAM::Policy"))).not.toContain("ses:");
    expect(template.findResources("AWS::Events::Rule")).toEqual({});
    const warnings = stateless.node.metadata.filter((entry) => entry.type === "aws:cdk:warning");
    expect(warnings.map((entry) => String(entry.data))).toEqual([expect.stringContaining("mailFrom")]);
  });
});
