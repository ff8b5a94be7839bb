import type { Tracer } from "@aws-lambda-powertools/tracer";

/**
 * X-Ray subsegments for AWS SDK calls (Powertools Tracer). Lambda's active tracing
 * (infra/passung-function.ts) records each invocation; a captured client adds one subsegment per
 * DynamoDB call (operation, table, duration, errors). The Tracer and the X-Ray SDK under it are
 * loaded only on Lambda with tracing on: elsewhere (local runtime, tests, benchmarks) nothing is
 * loaded and clients stay as they are. POWERTOOLS_TRACE_ENABLED=false switches it off on Lambda.
 */
const tracingEnabled =
  Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME) && process.env.POWERTOOLS_TRACE_ENABLED !== "false";

const tracer: Tracer | undefined = tracingEnabled
  ? new (await import("@aws-lambda-powertools/tracer")).Tracer()
  : undefined;

/** The client, captured by the Tracer when tracing is on (call once, where the client is built). */
export function traced<T extends object>(client: T): T {
  return tracer ? tracer.captureAWSv3Client(client) : client;
}
