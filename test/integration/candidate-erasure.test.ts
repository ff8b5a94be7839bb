import { GetCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_OPEN_REFERRALS_PER_CANDIDATE } from "../../shared/app/referral-proposal.ts";
import { referralIndexKeys, referralKey } from "../../shared/db/keys.ts";
import { pool } from "../reliability/support/pool.ts";
import { seedItems } from "../support/db.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;

beforeAll(async () => {
  world = await referralWorld();
});

const everything = async () =>
  (await world.deps.db.send(new ScanCommand({ TableName: world.deps.tableName }))).Items ?? [];

const erase = (id: string, ifMatch = "*") =>
  world.call("candidates", "DELETE /candidates/{id}", {
    caller: coach,
    params: { id },
    headers: { "if-match": ifMatch },
  });

/** `count` closed referrals of the candidate, cloned from one real one and written directly. */
async function seedReferrals(candidateId: string, count: number) {
  const place = await world.place();
  const real = await world.propose(candidateId, place.id);
  await world.act(real.body.id, "decline", employer);
  const { Item } = await world.deps.db.send(
    new GetCommand({ TableName: world.deps.tableName, Key: referralKey(real.body.id) }),
  );
  const clones = Array.from({ length: count - 1 }, (_, i) => {
    const id = `${real.body.id}-K${String(i).padStart(3, "0")}`;
    const r = { ...Item, id } as { id: string; org: string; placeOrg: string; candidateId: string };
    return { ...r, ...referralKey(id), ...referralIndexKeys(r) };
  });
  await seedItems(world.deps, clones);
}

describe("referral cap", () => {
  it("holds for 45 parallel proposals: exactly the cap succeeds, the rest 409 naming it", async () => {
    const candidate = await world.candidate({ reference: "CAP-45" });
    const places = await pool(
      Array.from({ length: 45 }, (_, i) => i),
      6,
      (i) => world.place({ title: `Platz ${i}` }),
    );
    const answers = await Promise.all(places.map((p) => world.propose(candidate.id, p.id)));
    const refused = answers.filter((a) => a.status === 409);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(MAX_OPEN_REFERRALS_PER_CANDIDATE);
    expect(refused).toHaveLength(45 - MAX_OPEN_REFERRALS_PER_CANDIDATE);
    for (const answer of refused) {
      expect(answer.headers["content-type"]).toContain("application/problem+json");
      expect(answer.body.detail).toContain(
        `Höchstens ${MAX_OPEN_REFERRALS_PER_CANDIDATE} offene Vermittlungen`,
      );
      expect(answer.body.errors).toEqual([{ path: "candidateId", message: expect.any(String) }]);
    }

    // The cap counts open referrals: closing one makes room for exactly one more.
    const open = answers.find((a) => a.status === 201);
    expect((await world.act(open?.body.id, "withdraw", coach)).status).toBe(200);
    const waiting = places.filter((p) => !answers.some((a) => a.status === 201 && a.body.placeId === p.id));
    expect((await world.propose(candidate.id, waiting[0]?.id ?? "")).status).toBe(201);
    expect((await world.propose(candidate.id, waiting[1]?.id ?? "")).status).toBe(409);

    // And the candidate can still be erased, referrals and all.
    expect((await erase(candidate.id)).status).toBe(204);
    expect(JSON.stringify(await everything())).not.toContain(candidate.id);
  }, 180_000);
});

describe("erasure", () => {
  it("erases a candidate with more referrals than one transaction holds", async () => {
    const candidate = await world.candidate({ reference: "VIELE-130" });
    await seedReferrals(candidate.id, 130);
    const before = (await everything()).filter((i) => String(i.PK).startsWith("ANON#")).length;
    const res = await erase(candidate.id, `"${candidate.version}"`);
    expect(res.status).toBe(204);
    const items = await everything();
    expect(JSON.stringify(items)).not.toContain(candidate.id);
    expect(JSON.stringify(items)).not.toContain("VIELE-130");
    // Every referral left exactly one anonymous remainder.
    expect(items.filter((i) => String(i.PK).startsWith("ANON#")).length - before).toBe(130);
  }, 120_000);

  it("finishes on a second DELETE after failing midway: 503 first, never 500, no remainder twice", async () => {
    const candidate = await world.candidate({ reference: "HALB-80" });
    await seedReferrals(candidate.id, 80);
    const before = (await everything()).filter((i) => String(i.PK).startsWith("ANON#")).length;

    const send = world.deps.db.send.bind(world.deps.db);
    let transactions = 0;
    world.deps.db.send = ((command: { constructor: { name: string } }) => {
      // The database fails from the second erasure step on, until it is back.
      if (command.constructor.name === "TransactWriteCommand" && ++transactions >= 2) {
        return Promise.reject(Object.assign(new Error("throttled"), { name: "ThrottlingException" }));
      }
      return send(command as never);
    }) as typeof world.deps.db.send;
    const failed = await erase(candidate.id, `"${candidate.version}"`);
    world.deps.db.send = send as typeof world.deps.db.send;

    expect(failed.status).toBe(503);
    expect(failed.headers["content-type"]).toContain("application/problem+json");
    const half = await everything();
    expect(
      half.filter((i) => String(i.PK).startsWith("REF#") && i.candidateId === candidate.id).length,
    ).toBeGreaterThan(0);
    // Half-erased: gone for readers and writers already.
    const read = await world.call("candidates", "GET /candidates/{id}", {
      caller: coach,
      params: { id: candidate.id },
    });
    expect(read.status).toBe(404);

    // The client retries with what it had: the erasure is finished.
    expect((await erase(candidate.id, `"${candidate.version}"`)).status).toBe(204);
    const after = await everything();
    expect(JSON.stringify(after)).not.toContain(candidate.id);
    expect(after.filter((i) => String(i.PK).startsWith("ANON#")).length - before).toBe(80);
    expect((await erase(candidate.id)).status).toBe(404);
  }, 120_000);
});
