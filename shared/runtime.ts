import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulidx";
import { DEFAULT_RETENTION_MONTHS } from "./domain/retention.ts";
import type { NoticeMailer } from "./mail/mail-sender.ts";
import { traced } from "./observability/tracing.ts";
import type { TokenVerifier } from "./token-verifier.ts";

/** What handlers and repositories need from the outside world, passed in (never imported). */
export interface Deps {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: () => Date;
  newId: () => string;
  /**
   * Verifies tokens on public routes that widen for signed-in callers: set only by the functions
   * that have such routes (tokenVerifierFromEnv), so no other bundle carries the verifier; absent
   * locally, where the local authorizer does it.
   */
  verifyToken?: TokenVerifier;
  /**
   * The erasure log (shared/db/erasure-log.ts), a table of its own: set for the entry points that
   * erase (candidates, the stream consumer, `npm run erasures:reapply`) and locally; without it
   * (most tests, benchmarks) nothing is logged.
   */
  erasureLogTable?: string;
  /**
   * The retention period in months (shared/domain/retention.ts; default 12): how long a candidate
   * is kept after its exit, or after its last activity while it has none.
   */
  candidateRetentionMonths?: number;
  /** @deprecated No longer read (the retention period is in months since issue 30). */
  candidateRetentionDays?: number;
  /**
   * Where notice mails go (SES on AWS, SMTP locally): set only by the entry points that send mail
   * (the stream consumer, the mail schedule, the local runtime), so no other bundle carries a mail client.
   */
  mail?: NoticeMailer;
}

export interface DbClientLimits {
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  maxAttempts: number;
}

/**
 * The functions fail fast: with DynamoDB unreachable or hanging, a call gives up after 3 attempts
 * of at most 2 s (+ backoff) — about 6.5 s, inside their 10–15 s timeouts (infra/route-groups.ts) —
 * so the caller gets a 503 with Retry-After, not a gateway timeout. Tests, scripts and benchmarks
 * that flood DynamoDB Local keep the SDK's patient defaults.
 */
export const FUNCTION_DB_LIMITS: DbClientLimits = {
  connectionTimeoutMs: 1000,
  requestTimeoutMs: 2000,
  maxAttempts: 3,
};

export function documentClient(
  endpoint?: string,
  region = "eu-central-1",
  limits?: DbClientLimits,
): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region,
    ...(limits && {
      maxAttempts: limits.maxAttempts,
      requestHandler: {
        connectionTimeout: limits.connectionTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        throwOnRequestTimeout: true,
      },
    }),
    ...(endpoint ? { endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
  // Nothing reads the SDK's log (its logger is a no-op), yet its logger middleware walks every
  // answer to mask sensitive fields before handing it to that no-op: a share of a match's CPU.
  client.middlewareStack.remove("loggerMiddleware");
  // traced: one X-Ray subsegment per DynamoDB call on Lambda with tracing on; unchanged elsewhere.
  return DynamoDBDocumentClient.from(traced(client), { marshallOptions: { removeUndefinedValues: true } });
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

let cached: Deps | undefined;

/** Reads the environment once per container (cold start) and fails fast when it is incomplete. */
export function depsFromEnv(env: NodeJS.ProcessEnv = process.env): Deps {
  cached ??= {
    db: documentClient(env.DYNAMODB_ENDPOINT, env.AWS_REGION, FUNCTION_DB_LIMITS),
    tableName: required(env, "TABLE_NAME"),
    clock: () => new Date(),
    newId: () => ulid(),
    candidateRetentionMonths: positiveInt(env, "CANDIDATE_RETENTION_MONTHS", DEFAULT_RETENTION_MONTHS),
    ...(env.ERASURE_LOG_TABLE ? { erasureLogTable: env.ERASURE_LOG_TABLE } : {}),
  };
  return cached;
}
