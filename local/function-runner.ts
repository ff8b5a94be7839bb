import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Context } from "aws-lambda";
import type { ApiEvent, RouteHandler } from "../shared/http/api-handler.ts";
import type { Logger } from "../shared/logger.ts";
import { problem } from "../shared/http/problem-middleware.ts";
import type { ApiResult } from "../shared/http/response.ts";

/** Loads a route group's handler (functions/<group>/index.ts → `handler`). */
export type GroupLoader = (group: string) => Promise<RouteHandler>;

const LAMBDA_RESPONSE_LIMIT = 6 * 1024 * 1024;

export function importFunctions(functionsDir: string): GroupLoader {
  return async (group) => {
    const module = (await import(pathToFileURL(join(functionsDir, group, "index.ts")).href)) as {
      handler?: RouteHandler;
    };
    if (typeof module.handler !== "function")
      throw new Error(`functions/${group}/index.ts exports no handler`);
    return module.handler;
  };
}

/** One import per group, like one Lambda container per function; failures are retried next time. */
export function oncePerGroup(load: GroupLoader): GroupLoader {
  const loaded = new Map<string, Promise<RouteHandler>>();
  return (group) => {
    let pending = loaded.get(group);
    if (!pending) {
      pending = load(group);
      loaded.set(group, pending);
      pending.catch(() => loaded.delete(group));
    }
    return pending;
  };
}

/** The Context Lambda passes to functions/<group>: its name, a request id, the time left. */
export function lambdaContext(group: string, deadline: number): Context {
  const functionName = `passung-${group}`;
  const context: Omit<Context, "done" | "fail" | "succeed"> = {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:eu-central-1:000000000000:function:${functionName}`,
    memoryLimitInMB: "1024",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  return context as Context; // done/fail/succeed: legacy callbacks no handler here uses
}

/** A result without statusCode is, for API Gateway, a JSON body with status 200. */
function asStructured(result: unknown): ApiResult {
  if (typeof result === "object" && result !== null && "statusCode" in result) return result as ApiResult;
  return { statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(result) };
}

const timedOut = Symbol("timed out");

/** Invokes like API Gateway → Lambda: 30 s integration timeout (504), 6 MB response limit, 500 on a crash. */
export async function invokeFunction(args: {
  load: GroupLoader;
  group: string;
  event: ApiEvent;
  timeoutMs: number;
  log: Logger;
}): Promise<ApiResult> {
  const { load, group, event, timeoutMs, log } = args;
  let timer: NodeJS.Timeout | undefined;
  const deadline = Date.now() + timeoutMs;
  const run = load(group).then((handler) => handler(event, lambdaContext(group, deadline)));
  const timeout = new Promise<typeof timedOut>((resolve) => {
    timer = setTimeout(() => resolve(timedOut), timeoutMs);
  });
  const outcome = await Promise.race([run, timeout])
    .catch((error: unknown) => {
      log.error("function failed", { group, error: error instanceof Error ? error.stack : String(error) });
      return problem(500, "internal", "Interner Fehler", `Die Funktion passung-${group} ist fehlgeschlagen.`);
    })
    .finally(() => clearTimeout(timer));
  if (outcome === timedOut) {
    return problem(504, "gateway-timeout", "Zeitüberschreitung", `Keine Antwort nach ${timeoutMs / 1000} s.`);
  }
  const result = asStructured(outcome);
  if (Buffer.byteLength(JSON.stringify(result)) > LAMBDA_RESPONSE_LIMIT) {
    return problem(500, "internal", "Interner Fehler", "Die Antwort der Funktion ist größer als 6 MB.");
  }
  return result;
}
