import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../support/events.ts";
import { coach, employer, provider, referralWorld } from "../support/referral-world.ts";

/**
 * Issue 26: a place or offer with one accepted referral must not say "1" to anyone but its own
 * organisation (and admins) — the statistics round that district's figure to 0 or 5.
 */
let world: Awaited<ReturnType<typeof referralWorld>>;
let place: { id: string };
let smallPlace: { id: string };
let offer: { id: string };
let candidateId: string;
const admin: Caller = { role: "admin", org: "iq-owl", sub: "admin-1" };
const otherCoach: Caller = { role: "coach", org: "awo-owl", sub: "coach-9" };
const otherProvider: Caller = { role: "provider", org: "vhs-owl", sub: "provider-9" };
const otherEmployer: Caller = { role: "employer", org: "stadtwerke", sub: "employer-9" };

/** One accepted referral each to a place of 10, a place of 4 and an offer of 20 seats. */
beforeAll(async () => {
  world = await referralWorld();
  place = await world.place({ capacity: 10, title: "Zehn Plätze" });
  smallPlace = await world.place({ capacity: 4, title: "Vier Plätze" });
  offer = await world.offer({ seats: 20, title: "Anpassungslehrgang Pflege" });
  const candidate = await world.candidate();
  candidateId = candidate.id;
  for (const id of [place.id, smallPlace.id]) {
    const proposed = await world.propose(candidate.id, id);
    expect((await world.act(proposed.body.id, "accept", employer)).status).toBe(200);
  }
  const proposed = await world.proposeOffer(candidate.id, offer.id);
  expect((await world.act(proposed.body.id, "accept", provider)).status).toBe(200);
}, 120_000);

const readPlace = (caller: Caller | undefined, id: string) =>
  world.call("places", "GET /mentoring-places/{id}", { caller, params: { id } });
const readOffer = (caller: Caller | undefined, id: string) =>
  world.call("offers", "GET /qualification-offers/{id}", { caller, params: { id } });
const counts = (item: Record<string, unknown>) => ["acceptedCount", "seatsTaken"].filter((k) => k in item);

describe("listings show availability, not counts of people, to other organisations", () => {
  it("a coach reads a place with 1 accepted referral as free (10 seats) or few (4 seats), without a count", async () => {
    for (const caller of [coach, otherCoach]) {
      const big = (await readPlace(caller, place.id)).body;
      expect(counts(big)).toEqual([]);
      expect(big).toMatchObject({ capacity: 10, availability: "free" });
      const small = (await readPlace(caller, smallPlace.id)).body;
      expect(counts(small)).toEqual([]);
      expect(small).toMatchObject({ capacity: 4, availability: "few" });
      const list = (await world.call("places", "GET /mentoring-places", { caller })).body.items;
      expect(list).toHaveLength(2);
      for (const item of list) expect(counts(item)).toEqual([]);
      expect(JSON.stringify(list)).not.toContain("acceptedCount");
    }
  });

  it("anonymous callers, coaches and other providers read an offer with 1 enrolment as free, without a count", async () => {
    for (const caller of [undefined, coach, otherProvider, otherEmployer]) {
      const one = (await readOffer(caller, offer.id)).body;
      expect(counts(one)).toEqual([]);
      expect(one).toMatchObject({ seats: 20, availability: "free" });
      // A provider's list is its own offers; everyone else lists the published ones.
      if (caller === otherProvider) continue;
      const list = (await world.call("offers", "GET /qualification-offers", { caller })).body.items;
      expect(list.map((o: { id: string }) => o.id)).toEqual([offer.id]);
      expect(counts(list[0])).toEqual([]);
    }
  });

  it("match results carry availability and say 'free'/'few' in words, never 'n von m'", async () => {
    const res = await world.call("candidates", "GET /candidates/{id}/matches", {
      caller: coach,
      params: { id: candidateId },
    });
    expect(res.status).toBe(200);
    const places = res.body.places as { item: Record<string, unknown>; reasons: { text: string }[] }[];
    const byTitle = Object.fromEntries(places.map((m) => [m.item.title, m]));
    expect(byTitle["Zehn Plätze"]?.item).toMatchObject({ availability: "free" });
    expect(byTitle["Vier Plätze"]?.item).toMatchObject({ availability: "few" });
    for (const m of [...places, ...res.body.offers]) expect(counts(m.item)).toEqual([]);
    expect(JSON.stringify(res.body)).not.toMatch(/acceptedCount|\d+ von \d+/);
  });

  it("the candidate's handout says when a place is free, not how many seats are left", async () => {
    const res = await world.call("handouts", "GET /candidates/{id}/handout", {
      caller: coach,
      params: { id: candidateId },
      query: "lang=de",
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain("Zehn Plätze");
    expect(res.body).not.toMatch(/\d+ von \d+|freie Plätze/);
  });

  it("the owner organisation and admins see the exact numbers", async () => {
    for (const caller of [employer, admin]) {
      expect((await readPlace(caller, place.id)).body).toMatchObject({ acceptedCount: 1, capacity: 10 });
      expect((await readPlace(caller, smallPlace.id)).body).toMatchObject({ acceptedCount: 1 });
    }
    const own = (await world.call("places", "GET /mentoring-places", { caller: employer })).body.items;
    expect(own.map((p: { acceptedCount: number }) => p.acceptedCount)).toEqual([1, 1]);
    for (const caller of [provider, admin])
      expect((await readOffer(caller, offer.id)).body).toMatchObject({ acceptedCount: 1, seats: 20 });
  });
});
