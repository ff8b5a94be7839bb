import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../support/events.ts";
import { adviser, onBehalfWorld } from "../support/on-behalf-world.ts";
import { coach, employer } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof onBehalfWorld>>;
let employerId: string;
/** Another counselling organisation (Chemnitz) with an employer record of its own. */
const otherAdviser: Caller = { role: "coach", org: "iq-chemnitz", sub: "adviser-2" };
let foreignEmployerId: string;

beforeAll(async () => {
  world = await onBehalfWorld();
  employerId = (await world.employerRecord()).id;
  foreignEmployerId = (await world.employerRecord(otherAdviser.org, { name: "Autohaus Chemnitz" })).id;
}, 60_000);

const placesOf = async (caller: Caller, query: string) =>
  (await world.call("places", "GET /mentoring-places", { caller, query })).body as {
    items: { id: string; status: string }[];
  };

describe("places on behalf of an employer", () => {
  it("a counselling coach creates one for its employer record: the place is the organisation's, the company is the employer", async () => {
    const res = await world.placeOnBehalf(employerId, { status: "draft" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      org: adviser.org,
      onBehalfOf: employerId,
      company: "Pflegeheim Sonnenhof",
      status: "draft",
      acceptedCount: 0,
    });
    const listed = await placesOf(adviser, `onBehalfOf=${employerId}`);
    expect(listed.items.map((p) => p.id)).toEqual([(res.body as { id: string }).id]);
  });

  it("refuses with 400 naming onBehalfOf, writing nothing: a coach without it, another organisation's employer, an employer setting it", async () => {
    const before = (await placesOf(adviser, `org=${adviser.org}`)).items.length;
    const cases: [Caller, Record<string, unknown>][] = [
      [adviser, { onBehalfOf: undefined }],
      [adviser, { onBehalfOf: foreignEmployerId }],
      [adviser, { onBehalfOf: "no-such-employer" }],
      [employer, { onBehalfOf: employerId }],
    ];
    for (const [caller, overrides] of cases) {
      const res = await world.placeOnBehalf(employerId, overrides, caller);
      expect(res.status, JSON.stringify(overrides)).toBe(400);
      expect((res.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(["onBehalfOf"]);
    }
    expect((await placesOf(adviser, `org=${adviser.org}`)).items).toHaveLength(before);
    expect((await placesOf(employer, "")).items).toHaveLength(0);
  });

  it("others read the employer's name as the company, never its contact, its record or a count of people", async () => {
    const { id } = (await world.placeOnBehalf(employerId, { capacity: 10 })).body as { id: string };
    const res = await world.call("places", "GET /mentoring-places/{id}", { caller: coach, params: { id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      company: "Pflegeheim Sonnenhof",
      org: adviser.org,
      availability: "free",
    });
    for (const hidden of ["contact", "onBehalfOf", "acceptedCount"])
      expect(res.body).not.toHaveProperty(hidden);
  });

  it("only the keeping organisation's coaches manage it; a coach never manages an employer's own place", async () => {
    const created = (await world.placeOnBehalf(employerId)).body as { id: string; version: number };
    const patch = (caller: Caller, id: string, version: number) =>
      world.call("places", "PATCH /mentoring-places/{id}", {
        caller,
        params: { id },
        body: { capacity: 3 },
        headers: { "if-match": `"${version}"` },
      });
    expect((await patch(otherAdviser, created.id, created.version)).status).toBe(404);
    expect((await patch(coach, created.id, created.version)).status).toBe(404);
    const own = await patch(adviser, created.id, created.version);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ capacity: 3, company: "Pflegeheim Sonnenhof", onBehalfOf: employerId });
    const employersPlace = await world.place();
    expect((await patch(adviser, employersPlace.id, 1)).status).toBe(404);
    const moved = await world.call("places", "PATCH /mentoring-places/{id}", {
      caller: adviser,
      params: { id: created.id },
      body: { onBehalfOf: foreignEmployerId },
      headers: { "if-match": `"${(own.body as { version: number }).version}"` },
    });
    expect(moved.status).toBe(400);
  });
});

describe("referrals to a place on behalf", () => {
  it("reach the counselling organisation, whose coach accepts after checking with the company (seat taken)", async () => {
    const place = (await world.placeOnBehalf(employerId, { capacity: 1 })).body as { id: string };
    const candidate = await world.candidate({}, coach);
    const proposed = await world.propose(candidate.id, place.id, coach);
    expect(proposed.status).toBe(201);
    const referral = proposed.body as { id: string };
    expect(proposed.body).toMatchObject({ onBehalfOf: employerId, company: "Pflegeheim Sonnenhof" });

    const incoming = await world.call("referrals", "GET /referrals", {
      caller: adviser,
      query: `onBehalfOf=${employerId}`,
    });
    expect(incoming.status).toBe(200);
    const [seen] = (incoming.body as { items: Record<string, unknown>[] }).items;
    expect(seen).toMatchObject({ id: referral.id, status: "proposed" });
    // Another organisation's candidate: the adviser reads the pseudonymous view.
    for (const hidden of ["candidateId", "message", "org"]) expect(seen).not.toHaveProperty(hidden);

    expect((await world.act(referral.id, "accept", otherAdviser)).status).toBe(404);
    expect((await world.act(referral.id, "accept", coach)).status).toBe(403);
    const accepted = await world.act(referral.id, "accept", adviser);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: "accepted", handoff: { coach: {} } });
    const after = await world.call("places", "GET /mentoring-places/{id}", {
      caller: adviser,
      params: { id: place.id },
    });
    expect(after.body).toMatchObject({ acceptedCount: 1 });
    // The adviser answers for the employer; withdrawing stays the referring coach's.
    expect((await world.act(referral.id, "withdraw", adviser)).status).toBe(403);
  });

  it("an adviser's own candidate to its own place on behalf: the adviser declines as the employer's side", async () => {
    const place = (await world.placeOnBehalf(employerId)).body as { id: string };
    const candidate = await world.candidate({}, adviser);
    const proposed = await world.propose(candidate.id, place.id, adviser);
    expect(proposed.status).toBe(201);
    const id = (proposed.body as { id: string }).id;
    const declined = await world.call("referrals", "POST /referrals/{id}/decline", {
      caller: adviser,
      params: { id },
      body: { reason: "no-capacity" },
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: "declined", declineReason: "no-capacity" });
    expect(
      (
        (await world.call("referrals", "GET /referrals/{id}", { caller: adviser, params: { id } })).body as {
          candidateId?: string;
        }
      ).candidateId,
    ).toBe(candidate.id);
  });
});

describe("a renamed employer record", () => {
  const rename = (id: string, version: number, name: string) =>
    world.employers.call("PATCH /employers/{id}", {
      caller: adviser,
      params: { id },
      body: { name },
      headers: { "if-match": `"${version}"` },
    });
  const placeAs = async (caller: Caller, id: string) =>
    (await world.call("places", "GET /mentoring-places/{id}", { caller, params: { id } })).body as {
      company: string;
      version: number;
      acceptedCount?: number;
    };

  it("renames the places kept on its behalf at once, drafts too; a referral keeps the name it was proposed under", async () => {
    const record = await world.employerRecord(adviser.org, { name: "Bäckerei Alt" });
    const published = (await world.placeOnBehalf(record.id)).body as { id: string; version: number };
    const draft = (await world.placeOnBehalf(record.id, { status: "draft" })).body as { id: string };
    const candidate = await world.candidate({}, coach);
    const referral = (await world.propose(candidate.id, published.id, coach)).body as { id: string };

    const unchanged = await world.employers.call("PATCH /employers/{id}", {
      caller: adviser,
      params: { id: record.id },
      body: { size: "small" },
      headers: { "if-match": `"${record.version}"` },
    });
    expect(unchanged.status).toBe(200);
    expect((await placeAs(adviser, published.id)).version).toBe(published.version);

    const renamed = await rename(
      record.id,
      (unchanged.body as { version: number }).version,
      "Bäckerei Neu GmbH",
    );
    expect(renamed.status).toBe(200);
    expect(await placeAs(coach, published.id)).toMatchObject({ company: "Bäckerei Neu GmbH" });
    expect((await placeAs(adviser, published.id)).version).toBe(published.version + 1);
    expect(await placeAs(adviser, draft.id)).toMatchObject({ company: "Bäckerei Neu GmbH" });
    const proposal = await world.call("referrals", "GET /referrals/{id}", {
      caller: coach,
      params: { id: referral.id },
    });
    expect(proposal.body).toMatchObject({ company: "Bäckerei Alt" });
  });

  it("a rename racing an acceptance: both land, the place has the new name and its seat taken", async () => {
    const record = await world.employerRecord(adviser.org, { name: "Gärtnerei Grün" });
    const place = (await world.placeOnBehalf(record.id, { capacity: 2 })).body as { id: string };
    const candidate = await world.candidate({}, coach);
    const referral = (await world.propose(candidate.id, place.id, coach)).body as { id: string };
    const [renamed, accepted] = await Promise.all([
      rename(record.id, record.version, "Gärtnerei Grün & Söhne"),
      world.act(referral.id, "accept", adviser),
    ]);
    expect([renamed.status, accepted.status]).toEqual([200, 200]);
    expect(await placeAs(adviser, place.id)).toMatchObject({
      company: "Gärtnerei Grün & Söhne",
      acceptedCount: 1,
    });
  });
});
