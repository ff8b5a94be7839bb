import { AsyncLocalStorage } from "node:async_hooks";
import { Logger as PowertoolsLogger } from "@aws-lambda-powertools/logger";
import type { ConstructorOptions, LogAttributes, LogLevel } from "@aws-lambda-powertools/logger/types";
import type { Context } from "aws-lambda";

/**
 * Structured JSON logs through Powertools for AWS Lambda: one line per entry with `level`,
 * `message`, `timestamp`, `service`, the Lambda context (`cold_start`, `function_request_id`, …)
 * inside `withLambdaContext`, `xray_trace_id` when traced, and the fields of the request's
 * child logger (`correlation_id` = API Gateway's request id, `route`, the caller's `role`, `org`).
 * The local runtime uses the same logger, so its lines look the same.
 *
 * Never candidate data: fields named like a candidate's (CANDIDATE_FIELDS) are written as
 * "[redacted]" at any depth, whatever a caller passes. Call sites pass ids, counts and errors.
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** A logger that adds `fields` to every line (per request: no state shared between requests). */
  child(fields: Record<string, unknown>): Logger;
}

/**
 * The fields a candidate is made of (shared/schemas/candidate.ts; test/unit/log-privacy.test.ts
 * keeps the list complete) and the containers that would hold them. Not `radiusKm`: how far a
 * coach searches says nothing about the person (the match log line reports it).
 */
export const CANDIDATE_FIELDS: ReadonlySet<string> = new Set([
  "reference",
  "ownReference",
  "occupation",
  "location",
  "postalCode",
  "germanLevel",
  "languages",
  "availableFrom",
  "recognition",
  "alerts",
  "entryDate",
  "exit",
  "esf",
  "consents",
  "candidate",
  "body",
]);
const REDACTED = "[redacted]";

function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object" || value instanceof Error) return value;
  if (depth > 5) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      CANDIDATE_FIELDS.has(key) ? REDACTED : redact(item, depth + 1),
    ]),
  );
}

/**
 * Level from POWERTOOLS_LOG_LEVEL or LOG_LEVEL (infra sets "info"; the tests "silent"). Powertools
 * reads those variables only in upper case ("silent" would quietly mean INFO), but upper-cases a
 * level given to its constructor: so the variable is handed over that way.
 */
const level = process.env.POWERTOOLS_LOG_LEVEL || process.env.LOG_LEVEL;
const OPTIONS: ConstructorOptions = {
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "passung-local",
  ...(level ? { logLevel: level.toUpperCase() as LogLevel } : {}),
};
const powertools = new PowertoolsLogger(OPTIONS);

/** The Powertools logger of the invocation running now (withLambdaContext), if any. */
const invocation = new AsyncLocalStorage<PowertoolsLogger>();

export function createLogger(base: Record<string, unknown> = {}): Logger {
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (message: string, fields?: Record<string, unknown>): void =>
      (invocation.getStore() ?? powertools)[level](message, redact({ ...base, ...fields }) as LogAttributes);
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    child: (fields) => createLogger({ ...base, ...fields }),
  };
}

export const logger = createLogger();

/** Functions invoked in this process so far: only the first invocation of each is a cold start. */
const invoked = new Set<string>();

/** Powertools' logger for one invocation, reporting the cold start of its function, not its own. */
class InvocationLogger extends PowertoolsLogger {
  constructor(private readonly firstOfFunction: boolean) {
    super(OPTIONS);
  }
  protected override getColdStart(): boolean {
    return super.getColdStart() && this.firstOfFunction;
  }
}

/**
 * Runs one invocation with its Lambda context (function name and version, request id, cold start)
 * on every line written meanwhile, by any logger. On Lambda a container runs one function, one
 * invocation at a time; the local runtime runs every function in one process, several at once
 * (and the stream poller between them), so the context belongs to the invocation, not the process.
 */
export function withLambdaContext<T>(context: Context, run: () => T): T {
  const scoped = new InvocationLogger(!invoked.has(context.functionName));
  invoked.add(context.functionName);
  scoped.addContext(context);
  return invocation.run(scoped, run);
}
