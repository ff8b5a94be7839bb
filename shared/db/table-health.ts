import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import { healthProbeKey } from "./keys.ts";

/** Well inside the meta function's 5 s timeout, and short enough for a load balancer's probe. */
export const HEALTH_TIMEOUT_MS = 1500;

/**
 * Whether the table answers: one eventually consistent GetItem of a key that never holds an item
 * (half a read unit), given up after `timeoutMs` — a stopped, unreachable or missing table is a no.
 */
export async function tableAnswers(
  deps: Pick<Deps, "db" | "tableName">,
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<boolean> {
  try {
    await deps.db.send(new GetCommand({ TableName: deps.tableName, Key: healthProbeKey }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}
