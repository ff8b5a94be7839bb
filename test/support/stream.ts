import { inject } from "vitest";
import { StreamBatchFailed, type StreamPoller, streamPoller } from "../../local/stream-poller.ts";
import { REACTIONS, type StreamReaction } from "../../shared/app/stream-reactions.ts";
import type { Deps } from "../../shared/runtime.ts";

export { StreamBatchFailed };

const pollers = new WeakMap<Deps, StreamPoller>();

/**
 * Feeds the test table's pending stream records (DynamoDB Local) through the stream consumer's
 * handler with `reactions` (all of them by default) — deterministically, before the test asserts.
 * One checkpoint per table: each record is processed once, a failed one again on the next call.
 * Resolves with how many records were processed; rejects with StreamBatchFailed when one failed.
 */
export function drainStream(deps: Deps, reactions: readonly StreamReaction[] = REACTIONS): Promise<number> {
  let poller = pollers.get(deps);
  if (!poller) {
    poller = streamPoller({ deps, endpoint: inject("dynamoEndpoint"), reactions });
    pollers.set(deps, poller);
  }
  return poller.drain(reactions);
}
