import { beforeAll, describe, expect, it } from "vitest";
import { testDeps } from "../support/db.ts";
import type { Caller } from "../support/events.ts";
import { coach, employer, provider, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;

beforeAll(async () => {
  world = await referralWorld(await testDeps());
}, 60_000);

/** A coach's own note that no pattern would have stopped (issue 26): a name, a birth date, health. */
const OWN_NOTE = "Frau Hassan, geb. 12.03.1985, HIV-positiv, schwanger; Tel. 521 123456";
const SECRETS = ["Hassan", "1985", "HIV", "schwanger", "123456"];

const propose = (body: Record<string, unknown>) =>
  world.call("referrals", "POST /referrals", { caller: coach, body });

/** Everything the partner can read about the referral: the list, the referral, the answer. */
async function partnerReads(id: string, filter: string, partner: Caller, answer: "accept" | "decline") {
  const list = await world.call("referrals", "GET /referrals", { caller: partner, query: filter });
  const one = await world.call("referrals", "GET /referrals/{id}", { caller: partner, params: { id } });
  const answered = await world.act(id, answer, partner);
  const after = await world.call("referrals", "GET /referrals/{id}", { caller: partner, params: { id } });
  for (const res of [list, one, answered, after]) expect(res.status).toBe(200);
  return { list: list.body, one: one.body, answered: answered.body, after: after.body };
}

describe("what a partner reads about a proposal", () => {
  it("the employer reads the notes, never the coach's own note — before and after accepting", async () => {
    const place = await world.place();
    const { id } = await world.candidate();
    const notes = ["can-start-now", "part-time-only", "has-driving-licence"];
    const created = await propose({ candidateId: id, placeId: place.id, notes, message: OWN_NOTE });
    expect(created.status).toBe(201);
    // The referring organisation keeps its own note beside the notes.
    expect(created.body).toMatchObject({ notes, message: OWN_NOTE });
    const mine = await world.call("referrals", "GET /referrals", {
      caller: coach,
      query: `candidateId=${id}`,
    });
    expect(mine.body.items[0]).toMatchObject({ notes, message: OWN_NOTE });

    const seen = await partnerReads(created.body.id, `placeId=${place.id}`, employer, "accept");
    expect(seen.list.items.find((r: { id: string }) => r.id === created.body.id).notes).toEqual(notes);
    expect(seen.one.notes).toEqual(notes);
    expect(seen.after).toMatchObject({ status: "accepted", notes });
    for (const body of Object.values(seen)) {
      expect(body).not.toHaveProperty("message");
      for (const secret of SECRETS) expect(JSON.stringify(body)).not.toContain(secret);
    }
  });

  it("the provider reads the notes of a proposal to an offer, never the own note — also when declining", async () => {
    const offer = await world.offer();
    const { id } = await world.candidate();
    const notes = ["recognition-procedure-running", "needs-language-support", "prefers-online"];
    const created = await propose({ candidateId: id, offerId: offer.id, notes, message: OWN_NOTE });
    expect(created.status).toBe(201);
    const seen = await partnerReads(created.body.id, `offerId=${offer.id}`, provider, "decline");
    expect(seen.one.notes).toEqual(notes);
    expect(seen.answered).toMatchObject({ status: "declined", notes });
    for (const body of Object.values(seen))
      for (const secret of SECRETS) expect(JSON.stringify(body)).not.toContain(secret);
  });

  it("a proposal without notes or note shows neither", async () => {
    const place = await world.place();
    const { id } = await world.candidate();
    const created = await propose({ candidateId: id, placeId: place.id });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty("notes");
    expect(created.body).not.toHaveProperty("message");
  });
});

describe("bad notes", () => {
  it.each([
    [["can-start-now", "Frau Hassan, HIV-positiv"], "notes[1]"],
    [["start-later", "part-time-only", "start-later"], "notes[2]"],
    ["can-start-now", "notes"],
  ])("refuses %j with 400 naming %s, nothing proposed", async (notes, path) => {
    const place = await world.place();
    const { id } = await world.candidate();
    const res = await propose({ candidateId: id, placeId: place.id, notes });
    expect(res.status).toBe(400);
    expect(res.headers?.["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    const listed = await world.call("referrals", "GET /referrals", {
      caller: coach,
      query: `candidateId=${id}`,
    });
    expect(listed.body.items).toEqual([]);
  });

  it("keeps the own note short: 400 naming `message` over 500 characters, nothing proposed", async () => {
    const place = await world.place();
    const { id } = await world.candidate();
    const res = await propose({ candidateId: id, placeId: place.id, message: "x".repeat(501) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: "message", message: expect.stringMatching(/500/) }]);
    const listed = await world.call("referrals", "GET /referrals", {
      caller: coach,
      query: `candidateId=${id}`,
    });
    expect(listed.body.items).toEqual([]);
  });
});
