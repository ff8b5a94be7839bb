import { marshall } from "@aws-sdk/util-dynamodb";
import { describe, expect, it } from "vitest";
import { changeOf, processStreamBatch, type StreamRecordLike } from "../../shared/app/stream-batch.ts";
import type { StreamChange, StreamReaction } from "../../shared/app/stream-reactions.ts";
import type { Deps } from "../../shared/runtime.ts";

const deps = {} as Deps;
const record = (n: number, eventName = "INSERT"): StreamRecordLike => ({
  eventID: `event-${n}`,
  eventName,
  dynamodb: {
    SequenceNumber: String(100 + n),
    NewImage: marshall({ PK: `ITEM#${n}`, SK: "ITEM", n }),
    ...(eventName === "MODIFY" ? { OldImage: marshall({ PK: `ITEM#${n}`, SK: "ITEM", n: n - 1 }) } : {}),
  },
});

/** A reaction that records what it saw and fails on the records named in `failOn`. */
function recorder(failOn: number[] = []) {
  const seen: number[] = [];
  const reaction: StreamReaction = {
    name: "recorder",
    handles: (change) => change.newItem !== undefined,
    async react(_deps, change: StreamChange) {
      const n = Number(change.newItem?.n);
      if (failOn.includes(n)) throw new Error(`record ${n} failed`);
      seen.push(n);
    },
  };
  return { reaction, seen };
}

describe("the stream consumer's batch handler", () => {
  it("runs every reaction on every record in order and reports no failure", async () => {
    const first = recorder();
    const second = recorder();
    const result = await processStreamBatch(
      deps,
      [1, 2, 3].map((n) => record(n)),
      [first.reaction, second.reaction],
    );
    expect(result).toEqual({ batchItemFailures: [] });
    expect(first.seen).toEqual([1, 2, 3]);
    expect(second.seen).toEqual([1, 2, 3]);
  });

  it("stops at the first failing record and reports it, so Lambda retries from there in order", async () => {
    const { reaction, seen } = recorder([2]);
    const result = await processStreamBatch(
      deps,
      [1, 2, 3, 4].map((n) => record(n)),
      [reaction],
    );
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: "102" }] });
    // Record 3 and 4 wait for the retry: nothing after a failure runs ahead of it.
    expect(seen).toEqual([1]);
  });

  it("a record failing in a later reaction is reported although an earlier one succeeded", async () => {
    const ok = recorder();
    const failing = recorder([1]);
    const result = await processStreamBatch(deps, [record(1), record(2)], [ok.reaction, failing.reaction]);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: "101" }]);
    expect(ok.seen).toEqual([1]);
  });

  it("unmarshalls new and old images with their keys", () => {
    expect(changeOf(record(5, "MODIFY"))).toEqual({
      eventId: "event-5",
      eventName: "MODIFY",
      newItem: { PK: "ITEM#5", SK: "ITEM", n: 5 },
      oldItem: { PK: "ITEM#5", SK: "ITEM", n: 4 },
    });
    expect(changeOf({ eventID: "x", eventName: "REMOVE", dynamodb: { SequenceNumber: "1" } })).toEqual({
      eventId: "x",
      eventName: "REMOVE",
    });
  });

  it("a record it cannot read is a failure too, never skipped", async () => {
    const { reaction } = recorder();
    const result = await processStreamBatch(
      deps,
      [{ eventName: "INSERT", dynamodb: { SequenceNumber: "7" } }],
      [reaction],
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: "7" }]);
  });
});
