import { Annotations, Arn, Duration, Stack } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { Rule, RuleTargetInput, Schedule } from "aws-cdk-lib/aws-events";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import { type IGrantable, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Construct } from "constructs";
import type { MailJob } from "../functions/notice-mail/index.ts";
import { DIGEST_HOUR_UTC } from "../shared/app/mail-digest.ts";
import type { PassungMonitoring } from "./monitoring.ts";
import { watchMail } from "./monitoring-notifications.ts";
import { watchFunctions } from "./monitoring-watch.ts";
import { PassungFunction } from "./passung-function.ts";
import type { RouteGroupSettings } from "./route-groups.ts";
import type { MailSetting, StageConfig } from "./stage.ts";

/** functions/notice-mail/index.ts: the daily digest and the retries of refused mails. */
export const MAIL_SCHEDULE_GROUP = "notice-mail";

/** How often overdue employer measures are looked for (shared/app/measure-due.ts): due dates are days. */
export const MEASURES_DUE_EVERY = Duration.hours(1);

/** How often refused mails are tried again (the backoff itself is per mail: shared/app/mail-outbox.ts). */
export const RETRY_SWEEP_EVERY = Duration.minutes(5);

/**
 * What the schedule's code sends (test/infra/notification-mail.test.ts compares it with the code):
 * profiles by key, the digest and retry partitions by Query, markers by conditional Put and
 * Update, retry and digest entries removed (a retry taken in a transaction with its marker).
 */
export const MAIL_SCHEDULE: RouteGroupSettings = {
  memorySize: 256,
  // A sweep stops after 500 mails or at the first refusal; SES answers in well under a second.
  timeoutSeconds: 120,
  tableActions: [
    "dynamodb:GetItem",
    "dynamodb:Query",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
  ],
  referenceData: false,
  // One run at a time: two sweeps would only race for the same retries (harmless, but wasted).
  reservedConcurrency: 1,
};

/** The table actions the mail reaction adds to the stream consumer (shared/app/notice-mail.ts). */
export const MAIL_REACTION_ACTIONS = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"] as const;

export interface NotificationMailProps {
  stage: StageConfig;
  table: ITable;
  setting: MailSetting;
  /** The web pages' origin the mails link to. */
  webUrl: string;
}

/**
 * Notice mails through Amazon SES: the sender identity (a stack setting), the scheduled function
 * (digest once a day at DIGEST_HOUR_UTC, retries every 5 minutes, overdue employer measures hourly) and `allowSending` for every
 * function that mails — ses:SendEmail on that one identity, nothing else.
 */
export class NotificationMail extends Construct {
  readonly schedule: PassungFunction;
  /** MAIL_FROM and WEB_URL: what shared/mail/ses-mailer.ts reads. */
  readonly environment: Record<string, string>;
  readonly identityArn: string;

  constructor(scope: Construct, id: string, { stage, table, setting, webUrl }: NotificationMailProps) {
    super(scope, id);
    this.identityArn = Arn.format(
      { service: "ses", resource: "identity", resourceName: setting.identity },
      Stack.of(this),
    );
    this.environment = { MAIL_FROM: setting.from, WEB_URL: webUrl };
    this.schedule = new PassungFunction(this, "Schedule", {
      group: MAIL_SCHEDULE_GROUP,
      settings: MAIL_SCHEDULE,
      stage,
      table,
      purpose: "mail schedule",
      environment: this.environment,
    });
    this.allowSending(this.schedule.role);
    const job = (name: string, schedule: Schedule, input: MailJob, description: string) =>
      new Rule(this, name, {
        description,
        schedule,
        targets: [
          new LambdaFunction(this.schedule.function, {
            event: RuleTargetInput.fromObject(input),
            retryAttempts: 2,
            maxEventAge: Duration.hours(1),
          }),
        ],
      });
    job(
      "Digest",
      Schedule.cron({ minute: "0", hour: String(DIGEST_HOUR_UTC) }),
      { job: "digest" },
      "Passung: daily digest of notices (notify: daily)",
    );
    job(
      "Retries",
      Schedule.rate(RETRY_SWEEP_EVERY),
      { job: "retries" },
      "Passung: retry refused notice mails",
    );
    job(
      "MeasuresDue",
      Schedule.rate(MEASURES_DUE_EVERY),
      { job: "measures-due" },
      "Passung: employer.measureDue notices of overdue employer measures",
    );
  }

  /** ses:SendEmail as the sender identity only (SES v2 SendEmail checks the identity's ARN). */
  allowSending(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ["ses:SendEmail"], resources: [this.identityArn] }),
    );
  }

  /** The schedule's errors and throttles like every function's, SES reputation and the mail figures. */
  watch(monitoring: PassungMonitoring): void {
    watchFunctions(monitoring, new Map([[MAIL_SCHEDULE_GROUP, this.schedule.function]]));
    watchMail(monitoring);
  }
}

/** Without a sender identity nothing is mailed; synth says so instead of failing. */
export function warnNoMail(scope: Construct): void {
  Annotations.of(scope).addWarningV2(
    "passung:noMailFrom",
    "No -c mailFrom=…: notices stay in the inbox and no e-mail is sent (see README, Deploy to AWS).",
  );
}
