import { DeleteCommand, GetCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { candidateKey } from "../../shared/db/keys.ts";
import { TTL_ATTRIBUTE } from "../../shared/db/table-definition.ts";
import { testDeps } from "../support/db.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;
let setNow: (d: Date) => void;
const START = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  const deps = await testDeps(START);
  setNow = deps.setNow;
  world = await referralWorld(deps);
});

const everything = async () =>
  (await world.deps.db.send(new ScanCommand({ TableName: world.deps.tableName }))).Items ?? [];
/** Every stored item that names the candidate, with its expiry (epoch seconds). */
const naming = async (id: string) =>
  (await everything())
    .filter((i) => JSON.stringify(i).includes(id))
    .map((i) => ({ PK: String(i.PK), SK: String(i.SK), ttl: i[TTL_ATTRIBUTE] }));
const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** A candidate with an open referral (guard, counter), a closed one and an idempotency record. */
async function candidateWithReferrals(reference: string) {
  const [a, b] = [await world.place(), await world.place()];
  const candidate = await world.candidate({ reference });
  const open = await world.call("referrals", "POST /referrals", {
    caller: coach,
    headers: { "idempotency-key": `k-${reference}` },
    body: { candidateId: candidate.id, placeId: a.id },
  });
  const closed = await world.propose(candidate.id, b.id);
  await world.act(closed.body.id, "decline", employer);
  expect(open.status).toBe(201);
  return { ...candidate, expiresAt: (candidate as unknown as { expiresAt: string }).expiresAt };
}

describe("retention of everything that names a candidate", () => {
  it("gives referrals, guards and counters the candidate's expiry, and moves it when retention restarts", async () => {
    setNow(START);
    const candidate = await candidateWithReferrals("TTL-1");
    const before = await naming(candidate.id);
    // The candidate, its guard and counter, its two consents' history entries and the marker of
    // the figures it is counted in (shared/db/person-counted.ts).
    expect(before.map((i) => i.PK.split("#")[0]).sort()).toEqual([
      "CAND",
      "CAND",
      "CAND",
      "CAND",
      "CAND",
      "CAND",
      "IDEM",
      "REF",
      "REF",
    ]);
    const candidateTtl = epoch(candidate.expiresAt);
    for (const item of before.filter((i) => !i.PK.startsWith("IDEM#"))) expect(item.ttl).toBe(candidateTtl);
    // The stored answer expires after 24 h, never after its candidate.
    expect(before.find((i) => i.PK.startsWith("IDEM#"))?.ttl).toBe(epoch(START.toISOString()) + 86_400);

    setNow(new Date("2027-03-01T00:00:00Z"));
    const patched = await world.call("candidates", "PATCH /candidates/{id}", {
      caller: coach,
      params: { id: candidate.id },
      headers: { "if-match": `"${candidate.version}"` },
      body: { germanLevel: "B2" },
    });
    setNow(START);
    expect(patched.status).toBe(200);
    const moved = epoch(patched.body.expiresAt);
    expect(moved).toBeGreaterThan(candidateTtl);
    const after = await naming(candidate.id);
    for (const item of after.filter((i) => !i.PK.startsWith("IDEM#"))) expect(item.ttl).toBe(moved);
    expect(after.find((i) => i.PK.startsWith("IDEM#"))?.ttl).toBe(epoch(START.toISOString()) + 86_400);
  }, 60_000);

  it("moves the expiry when a consent is recorded or withdrawn (activity), as a change does", async () => {
    setNow(START);
    const candidate = await candidateWithReferrals("TTL-C");
    expect(candidate.expiresAt).toBe("2027-11-23T10:00:00.000Z");
    const read = async () =>
      (
        await world.call("candidates", "GET /candidates/{id}", {
          caller: coach,
          params: { id: candidate.id },
        })
      ).body as { version: number; expiresAt: string };
    const ttlsOf = async () =>
      new Set((await naming(candidate.id)).filter((i) => !i.PK.startsWith("IDEM#")).map((i) => i.ttl));

    setNow(new Date("2027-03-01T00:00:00Z"));
    expect((await world.consent(candidate.id, ["esf-data"])).status).toBe(200);
    expect((await read()).expiresAt).toBe("2028-03-01T00:00:00.000Z");
    expect(await ttlsOf()).toEqual(new Set([epoch("2028-03-01T00:00:00.000Z")]));

    setNow(new Date("2027-06-01T00:00:00Z"));
    const withdrawn = await world.call("candidates", "DELETE /candidates/{id}/consents/{scope}", {
      caller: coach,
      params: { id: candidate.id, scope: "esf-data" },
      headers: { "if-match": `"${(await read()).version}"` },
    });
    expect(withdrawn.status).toBe(204);
    expect((await read()).expiresAt).toBe("2028-06-01T00:00:00.000Z");
    expect(await ttlsOf()).toEqual(new Set([epoch("2028-06-01T00:00:00.000Z")]));
    setNow(START);
  }, 60_000);

  it("erases an expired candidate that TTL has not deleted yet", async () => {
    setNow(START);
    const candidate = await candidateWithReferrals("TTL-2");
    setNow(new Date("2028-06-01T00:00:00Z"));
    const read = await world.call("candidates", "GET /candidates/{id}", {
      caller: coach,
      params: { id: candidate.id },
    });
    const erased = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id: candidate.id },
      headers: { "if-match": `"${candidate.version}"` },
    });
    setNow(START);
    expect(read.status).toBe(404);
    expect(erased.status).toBe(204);
    expect(await naming(candidate.id)).toEqual([]);
  }, 60_000);

  it("erases what is left when the candidate's own item is gone, for its organisation only", async () => {
    setNow(START);
    const candidate = await candidateWithReferrals("TTL-3");
    await world.deps.db.send(
      new DeleteCommand({ TableName: world.deps.tableName, Key: candidateKey(candidate.id) }),
    );
    const del = (caller = coach) =>
      world.call("candidates", "DELETE /candidates/{id}", {
        caller,
        params: { id: candidate.id },
        headers: { "if-match": "*" },
      });
    expect((await del({ role: "coach", org: "andere-beratung", sub: "x" })).status).toBe(404);
    expect((await del()).status).toBe(204);
    expect(await naming(candidate.id)).toEqual([]);
    expect((await del()).status).toBe(404);
    const profile = await world.deps.db.send(
      new GetCommand({ TableName: world.deps.tableName, Key: candidateKey(candidate.id) }),
    );
    expect(profile.Item).toBeUndefined();
  }, 60_000);
});
