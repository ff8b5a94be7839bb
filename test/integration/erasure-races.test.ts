import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { ScanCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";

/* Erasure against what can happen at the same time: a partner accepting, a conflict, a crash midway. */
let world: Awaited<ReturnType<typeof referralWorld>>;

beforeAll(async () => {
  world = await referralWorld(await testDeps());
}, 180_000);

const erase = (id: string) =>
  world.call("candidates", "DELETE /candidates/{id}", {
    caller: coach,
    params: { id },
    headers: { "if-match": "*" },
  });
const seatsOf = async (placeId: string) =>
  (await world.call("places", "GET /mentoring-places/{id}", { caller: employer, params: { id: placeId } }))
    .body.acceptedCount as number;
const everything = async () =>
  JSON.stringify(
    (await world.deps.db.send(new ScanCommand({ TableName: world.deps.tableName }))).Items ?? [],
  );

/** A referral's withdrawal: a transaction whose first action moves a referral (REF#…). */
const isWithdrawal = (command: unknown) =>
  command instanceof TransactWriteCommand &&
  String(command.input.TransactItems?.[0]?.Update?.Key?.PK ?? "").startsWith("REF#");

/** Makes the `nth` command that `matches` fail with `error` (once), until `restore()`. */
function failNth(deps: Deps, matches: (command: unknown) => boolean, nth: number, error: () => Error) {
  const send = deps.db.send.bind(deps.db);
  let seen = 0;
  deps.db.send = ((command: unknown) => {
    if (matches(command) && ++seen === nth) return Promise.reject(error());
    return send(command as never);
  }) as typeof deps.db.send;
  return { restore: () => void (deps.db.send = send), seen: () => seen };
}

describe("erasure and a concurrent accept", () => {
  it("gives every seat back, whichever of the two wins each race", async () => {
    const place = await world.place({ title: "Wettlauf", capacity: 8 });
    const candidates = await Promise.all(Array.from({ length: 8 }, () => world.candidate()));
    const referrals = await Promise.all(candidates.map((c) => world.propose(c.id, place.id)));
    const answers = await Promise.all(
      candidates.flatMap((c, i) => [erase(c.id), world.act(referrals[i]?.body.id, "accept", employer)]),
    );
    const erasures = answers.filter((_, i) => i % 2 === 0).map((a) => a.status);
    const accepts = answers.filter((_, i) => i % 2 === 1).map((a) => a.status);
    expect(erasures).toEqual(Array(8).fill(204));
    for (const status of accepts) expect([200, 409]).toContain(status);
    expect(await seatsOf(place.id)).toBe(0);
    const stored = await everything();
    for (const c of candidates) expect(stored).not.toContain(c.id);
  }, 120_000);
});

describe("erasure that fails midway", () => {
  it("retries a withdrawal that met a TransactionConflict", async () => {
    const place = await world.place({ title: "Konflikt", capacity: 1 });
    const candidate = await world.candidate();
    const referral = await world.propose(candidate.id, place.id);
    expect((await world.act(referral.body.id, "accept", employer)).status).toBe(200);
    const conflict = () =>
      new TransactionCanceledException({
        message: "Transaction cancelled",
        $metadata: {},
        CancellationReasons: [{ Code: "TransactionConflict" }],
      });
    const injected = failNth(world.deps, isWithdrawal, 1, conflict);
    const res = await erase(candidate.id).finally(injected.restore);
    expect(injected.seen()).toBe(2);
    expect(res.status).toBe(204);
    expect(await seatsOf(place.id)).toBe(0);
  }, 60_000);

  it("is finished by the next DELETE, giving no seat back twice", async () => {
    const place = await world.place({ title: "Abbruch", capacity: 3 });
    const [keeps, erased] = [await world.candidate(), await world.candidate()];
    for (const r of [await world.propose(keeps.id, place.id), await world.propose(erased.id, place.id)])
      expect((await world.act(r.body.id, "accept", employer)).status).toBe(200);
    const second = await world.propose(erased.id, (await world.place({ title: "Abbruch 2" })).id);
    expect((await world.act(second.body.id, "accept", employer)).status).toBe(200);
    expect(await seatsOf(place.id)).toBe(2);

    // The second withdrawal fails for good (the connection dropped): the first one is written.
    const injected = failNth(world.deps, isWithdrawal, 2, () => new Error("socket hang up"));
    const failed = await erase(erased.id).finally(injected.restore);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    const again = await erase(erased.id);
    expect(again.status).toBe(204);
    expect(await seatsOf(place.id)).toBe(1);
    expect(await erase(erased.id)).toMatchObject({ status: 404 });
    expect(await seatsOf(place.id)).toBe(1);
    expect(await everything()).not.toContain(erased.id);
  }, 60_000);
});
