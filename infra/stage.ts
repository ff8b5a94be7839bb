import { RemovalPolicy, Token } from "aws-cdk-lib";
import { RetentionDays } from "aws-cdk-lib/aws-logs";
import { parseTargets, type Target } from "../shared/domain/statistics-targets.ts";

export const STAGES = ["dev", "prod"] as const;
export type Stage = (typeof STAGES)[number];

/** Everything that differs between stages, decided in one place. */
export interface StageConfig {
  name: Stage;
  /** What CloudFormation does with stateful resources when they leave the stack. */
  removalPolicy: RemovalPolicy;
  /** Table and user pool deletion protection, stack termination protection. */
  protectData: boolean;
  /** Function and access logs hold IP addresses (personal data): kept only as long as needed. */
  logRetention: RetentionDays;
  /** Origins besides the deployed web pages: dev also serves pages run locally (`npm start`). */
  localOrigins: readonly string[];
  /**
   * Every account must sign in with a TOTP app. Admins read every organisation's candidates and
   * coaches their own; Cognito cannot require MFA per group, so prod requires it of everyone.
   * Dev offers it only, so disposable test accounts sign in with a password.
   */
  mfaRequired: boolean;
  /**
   * Reserve each function's concurrency (route-groups.ts). Prod only: a reservation must leave
   * 100 of the account's Lambda concurrency unreserved, which new accounts (quota 10) cannot.
   */
  reserveConcurrency: boolean;
}

/** Frankfurt: personal data of the IQ networks stays in Germany. */
export const DEFAULT_REGION = "eu-central-1";

/**
 * The region every stack is deployed to, from `-c region=…` (default eu-central-1): set by the app,
 * never taken from the deployer's AWS profile (a profile without one gave us-east-1).
 */
export function deployRegion(value: unknown): string {
  if (value === undefined) return DEFAULT_REGION;
  if (typeof value !== "string" || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(value))
    throw new Error(`region ${JSON.stringify(value)} is not an AWS region like eu-central-1`);
  return value;
}

const isStage = (value: unknown): value is Stage => STAGES.some((stage) => stage === value);

/** From `-c stage=dev|prod`. Only prod keeps its data; dev is disposable. */
export function stageConfig(value: unknown): StageConfig {
  if (!isStage(value))
    throw new Error(`Unknown stage ${JSON.stringify(value)}: use -c stage=${STAGES.join("|")}`);
  const prod = value === "prod";
  return {
    name: value,
    removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    protectData: prod,
    logRetention: prod ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_MONTH,
    localOrigins: prod ? [] : ["http://localhost:3000"],
    mfaRequired: prod,
    reserveConcurrency: prod,
  };
}

/**
 * The origins the web pages are served from (CORS, sign-in callbacks): `webOrigin` (from
 * `-c webOrigin=https://…` or the web hosting) plus the stage's local ones. Never `*`: prod
 * without a web origin is refused rather than opened to every site.
 */
export function webOrigins(stage: StageConfig, webOrigin: unknown): string[] {
  if (webOrigin !== undefined && (typeof webOrigin !== "string" || !isOrigin(webOrigin)))
    throw new Error(
      `webOrigin ${JSON.stringify(webOrigin)} is not an origin like https://passung.example.org`,
    );
  const origins = [...(webOrigin ? [webOrigin] : []), ...stage.localOrigins];
  if (origins.length === 0)
    throw new Error(`Stage ${stage.name} needs the web pages' origin: -c webOrigin=https://…`);
  return origins;
}

/**
 * Who gets the alarm mails (SNS e-mail subscriptions), from `-c alarmEmail=a@example.org,b@…`:
 * addresses are personal data and differ per deployment, so they live in the deploy command or
 * cdk.context.json, not in the code. Prod without a recipient is refused: alarms nobody
 * receives are the outage nobody notices. Dev may go without (the topic and alarms still exist).
 */
export function alarmRecipients(stage: StageConfig, value: unknown): string[] {
  if (value !== undefined && typeof value !== "string")
    throw new Error(`alarmEmail ${JSON.stringify(value)} is not a comma-separated list of addresses`);
  const emails = (value ?? "")
    .split(",")
    .map((email) => email.trim())
    .filter(Boolean);
  const bad = emails.filter((email) => !/^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(email));
  if (bad.length) throw new Error(`alarmEmail: not an e-mail address: ${bad.join(", ")}`);
  if (stage.name === "prod" && emails.length === 0)
    throw new Error(`Stage prod needs alarm recipients: -c alarmEmail=ops@example.org[,…]`);
  return [...new Set(emails)];
}

/**
 * The network's targets (`-c statisticsTargets='[{"figure":"qualificationsStarted",…}]'`, the shape
 * of STATISTICS_TARGETS in shared/domain/statistics-targets.ts); none when unset. Checked at synth.
 */
export function statisticsTargets(value: unknown): Target[] {
  if (value !== undefined && typeof value !== "string")
    throw new Error(`statisticsTargets ${JSON.stringify(value)} is not a JSON list`);
  return parseTargets(value);
}

/**
 * The candidates' retention period in months (`-c candidateRetentionMonths=12`, README
 * "Retention"); unset: the code's default (shared/domain/retention.ts). Checked at synth.
 */
export function candidateRetentionMonths(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1 || months > 120)
    throw new Error(`candidateRetentionMonths ${JSON.stringify(value)}: a whole number of months, 1 to 120`);
  return months;
}

/** A plain origin, or a token (e.g. the CloudFront domain) that CloudFormation resolves. */
function isOrigin(text: string): boolean {
  if (Token.isUnresolved(text)) return true;
  try {
    const url = new URL(text);
    return url.origin === text && (url.protocol === "https:" || url.hostname === "localhost");
  } catch {
    return false;
  }
}

/** Who notice mails come from, and the SES identity that may send them (notification-mail.ts). */
export interface MailSetting {
  /** The From address, e.g. benachrichtigung@passung.example.org. */
  from: string;
  /** The verified SES identity: the From address itself, or its domain. IAM allows only this one. */
  identity: string;
}

const EMAIL = /^[^\s@,<>]+@([^\s@,<>]+\.[^\s@,<>]+)$/;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * The sender of notice mails, from `-c mailFrom=benachrichtigung@passung.example.org` and
 * optionally `-c mailIdentity=passung.example.org` (a verified domain; default: the address,
 * verified on its own). The identity is verified in SES once, outside the stack (an address by
 * its confirmation mail, a domain by its DKIM records), and the account must be out of the SES
 * sandbox to mail unverified recipients. Unset: no mail is sent (notices stay in the inbox) and
 * synth warns — so a stack can be tried before SES is set up.
 */
export function mailSetting(from: unknown, identity: unknown): MailSetting | undefined {
  if (from === undefined && identity === undefined) return undefined;
  if (typeof from !== "string" || !EMAIL.test(from))
    throw new Error(
      `mailFrom ${JSON.stringify(from)} is not an e-mail address like benachrichtigung@example.org`,
    );
  const domain = (EMAIL.exec(from)?.[1] ?? "").toLowerCase();
  const chosen = identity ?? from;
  if (typeof chosen !== "string" || !(EMAIL.test(chosen) || DOMAIN.test(chosen)))
    throw new Error(`mailIdentity ${JSON.stringify(identity)} is neither an e-mail address nor a domain`);
  const sameAddress = chosen.toLowerCase() === from.toLowerCase();
  if (!sameAddress && chosen.toLowerCase() !== domain)
    throw new Error(`mailIdentity ${chosen} does not cover mailFrom ${from}: use the address or its domain`);
  return { from, identity: chosen };
}
