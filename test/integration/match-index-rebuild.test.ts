import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mentoringPlaceResource, qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { rebuildIndex, plannedIndex, splitTable } from "../../shared/db/index-rebuild.ts";
import { scanTable } from "../../scripts/table-scan.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { offerInput, placeInput } from "../support/fixtures.ts";

/**
 * The incrementally kept index (every write path updates its entries in its own transaction)
 * equals a full rebuild from the items, after any sequence of writes; and the rebuild script's
 * function (`npm run index:rebuild`) repairs a broken or missing index to the same state.
 */
const CODES = ["81302", "81301", "81313", "26212", "26302", "81404"];
const POSTAL = ["33330", "33602", "04109", "01067"];
type Kind = "place" | "offer";
const ROUTE = { place: "/mentoring-places", offer: "/qualification-offers" } as const;
const OWNER = {
  place: { role: "employer" as const, org: "klinikum" },
  offer: { role: "provider" as const, org: "bildung" },
};

const codes = fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 1, maxLength: 3 });
const target = fc.nat(20);
const op = fc.oneof(
  fc.record({
    op: fc.constant("create" as const),
    kind: fc.constantFrom<Kind>("place", "offer"),
    occupations: codes,
    postalCode: fc.constantFrom(...POSTAL),
    published: fc.boolean(),
    online: fc.boolean(),
  }),
  fc.record({
    op: fc.constant("edit" as const),
    target,
    occupations: codes,
    postalCode: fc.constantFrom(...POSTAL),
  }),
  fc.record({ op: fc.constant("capacity" as const), target, capacity: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    op: fc.constant("status" as const),
    target,
    status: fc.constantFrom("published", "archived", "draft"),
  }),
  fc.record({ op: fc.constant("delete" as const), target }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

interface Made {
  kind: Kind;
  id: string;
  version: number;
}

async function apply(deps: Deps, made: Made[], step: Op) {
  const handler = (kind: Kind) =>
    dispatch(listingHandlers(kind === "place" ? mentoringPlaceResource : qualificationOfferResource, deps));
  if (step.op === "create") {
    const online = step.kind === "offer" && step.online;
    const overrides = {
      occupations: step.occupations,
      status: step.published ? "published" : "draft",
      ...(online ? { format: "online", location: undefined } : { location: { postalCode: step.postalCode } }),
    };
    const body = step.kind === "place" ? placeInput(overrides) : offerInput(overrides);
    const res = await invoke(handler(step.kind), `POST ${ROUTE[step.kind]}`, {
      caller: OWNER[step.kind],
      body,
    });
    expect(res.status).toBe(201);
    made.push({ kind: step.kind, id: String(res.body.id), version: 1 });
    return;
  }
  const item = made[step.target % Math.max(1, made.length)];
  if (!item) return;
  const body =
    step.op === "edit"
      ? {
          occupations: step.occupations,
          ...(item.kind === "place" ? { location: { postalCode: step.postalCode } } : {}),
        }
      : step.op === "capacity"
        ? item.kind === "place"
          ? { capacity: step.capacity }
          : { germanLevel: step.capacity > 2 ? "B1" : "B2" }
        : step.op === "status"
          ? { status: step.status }
          : undefined;
  const res = await invoke(handler(item.kind), `${body ? "PATCH" : "DELETE"} ${ROUTE[item.kind]}/{id}`, {
    caller: OWNER[item.kind],
    params: { id: item.id },
    headers: { "if-match": `"${item.version}"` },
    ...(body ? { body } : {}),
  });
  // Refused transitions (archived → draft, …) change nothing; both are part of the sequence.
  expect(res.status).toBeLessThan(500);
  if (res.status === 204) made.splice(made.indexOf(item), 1);
  else if (res.status < 300) item.version = Number(String(res.headers.etag).replaceAll('"', ""));
}

async function indexAgainstRebuild(deps: Deps) {
  const { listings, index } = splitTable(await scanTable(deps));
  return { kept: Object.fromEntries(index), rebuilt: Object.fromEntries(plannedIndex(listings)) };
}

describe("match index and nearby directory", () => {
  it(
    "kept incrementally equals a full rebuild after any sequence of writes",
    { timeout: 300_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (steps) => {
          const deps = await testDeps();
          const made: Made[] = [];
          for (const step of steps) await apply(deps, made, step);
          const { kept, rebuilt } = await indexAgainstRebuild(deps);
          expect(kept).toEqual(rebuilt);
          expect(await rebuildIndex(deps, await scanTable(deps))).toMatchObject({ put: 0, deleted: 0 });
        }),
        { numRuns: 12 },
      );
    },
  );

  it(
    "the rebuild backfills the nearby directory and repairs stale or orphaned entries",
    { timeout: 120_000 },
    async () => {
      const deps = await testDeps();
      const made: Made[] = [];
      for (const kind of ["place", "offer"] as const)
        await apply(deps, made, {
          op: "create",
          kind,
          occupations: ["81302", "26212"],
          postalCode: "33330",
          published: true,
          online: false,
        });
      const before = await indexAgainstRebuild(deps);
      const near = Object.values(before.kept).filter((i) => i.PK.startsWith("NEAR#"));
      const match = Object.values(before.kept).find((i) => i.PK.startsWith("MATCH#"));
      expect(near).toHaveLength(4);
      // Data written before the directory existed; an entry of the old, fat shape; an orphan.
      for (const i of near)
        await deps.db.send(new DeleteCommand({ TableName: deps.tableName, Key: { PK: i.PK, SK: i.SK } }));
      await deps.db.send(
        new PutCommand({
          TableName: deps.tableName,
          Item: { ...match, entry: { ...(match?.entry as object), item: { title: "x" } } },
        }),
      );
      const orphan = { PK: "MATCH#813", SK: "G#u1njp0#place#01GONE", entry: { kind: "place", id: "01GONE" } };
      await deps.db.send(new PutCommand({ TableName: deps.tableName, Item: orphan }));

      expect(await rebuildIndex(deps, await scanTable(deps), { dryRun: true })).toMatchObject({
        put: 5,
        deleted: 1,
      });
      expect(await rebuildIndex(deps, await scanTable(deps))).toMatchObject({
        listings: 2,
        put: 5,
        deleted: 1,
        retried: 0,
      });
      const after = await indexAgainstRebuild(deps);
      expect(after.kept).toEqual(before.rebuilt);
      expect(await rebuildIndex(deps, await scanTable(deps))).toMatchObject({ put: 0, deleted: 0 });
    },
  );
});
