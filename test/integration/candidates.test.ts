import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { testDeps } from "../support/db.ts";
import type { Caller } from "../support/events.ts";
import { candidateInput } from "../support/fixtures.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;
let setNow: (d: Date) => void;

beforeAll(async () => {
  const deps = await testDeps();
  setNow = deps.setNow;
  world = await referralWorld(deps);
});

describe("candidates", () => {
  it("stores a pseudonymous profile with retention and refuses name-like or unknown fields", async () => {
    const res = await world.call("candidates", "POST /candidates", { caller: coach, body: candidateInput() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      org: coach.org,
      occupation: "81302",
      location: { district: { code: "05754" } },
    });
    expect(res.body.expiresAt).toBe("2027-11-23T10:00:00.000Z");

    const bad = await world.call("candidates", "POST /candidates", {
      caller: coach,
      body: candidateInput({
        reference: "Max Mustermann",
        name: "Max",
        birthDate: "1990-01-01",
        occupation: "99999",
      }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "birthDate",
      "name",
      "reference",
    ]);
  });

  it("updates with If-Match; a stale one is 412 and changes nothing", async () => {
    const { id } = await world.candidate();
    const stale = await world.call("candidates", "PATCH /candidates/{id}", {
      caller: coach,
      params: { id },
      headers: { "if-match": '"5"' },
      body: { germanLevel: "B2" },
    });
    expect(stale.status).toBe(412);
    const unchanged = await world.call("candidates", "GET /candidates/{id}", {
      caller: coach,
      params: { id },
    });
    // Version 2: the world's candidate has its consents recorded.
    expect(unchanged.body).toMatchObject({ germanLevel: "B1", version: 2 });
    const ok = await world.call("candidates", "PATCH /candidates/{id}", {
      caller: coach,
      params: { id },
      headers: { "if-match": '"2"' },
      body: { germanLevel: "B2", location: { postalCode: "33602" } },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ germanLevel: "B2", version: 3, location: { place: "Bielefeld" } });
  });

  it("never returns an expired candidate (DynamoDB Local does not run TTL)", async () => {
    const { id } = await world.candidate({ reference: "ABLAUF-1" });
    setNow(new Date("2028-01-01T00:00:00Z"));
    const res = await world.call("candidates", "GET /candidates/{id}", { caller: coach, params: { id } });
    const list = await world.call("candidates", "GET /candidates", { caller: coach, query: "limit=100" });
    setNow(new Date("2026-11-23T10:00:00Z"));
    expect(res.status).toBe(404);
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it("matches the stored profile", async () => {
    await world.place({ title: "Passender Platz" });
    const { id } = await world.candidate();
    const res = await world.call("candidates", "GET /candidates/{id}/matches", {
      caller: coach,
      params: { id },
    });
    expect(res.status).toBe(200);
    expect(res.body.places.map((m: { item: { title: string } }) => m.item.title)).toContain(
      "Passender Platz",
    );
  });

  it("exports everything stored about the candidate, including referral history", async () => {
    const place = await world.place();
    const { id } = await world.candidate({ reference: "EXPORT-7" });
    const referral = await world.propose(id, place.id);
    await world.act(referral.body.id, "accept", employer);
    const res = await world.call("candidates", "GET /candidates/{id}/export", {
      caller: coach,
      params: { id },
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toContain("attachment");
    // The own file number is the own organisation's data: in its export, next to the case number.
    expect(res.body.candidate).toMatchObject({
      id,
      reference: expect.stringMatching(/^MOZ-2026-\d{4}$/),
      ownReference: "EXPORT-7",
    });
    expect(res.body.referrals).toHaveLength(1);
    expect(res.body.referrals[0].history.map((h: { status: string }) => h.status)).toEqual([
      "proposed",
      "accepted",
    ]);
    expect(JSON.stringify(res.body)).not.toContain("GSI");
  });

  it("erases the candidate and all personal data of its referrals, keeping an anonymous remainder", async () => {
    const place = await world.place();
    const other = await world.place({ title: "Zweiter Platz" });
    const { id, reference } = await world.candidate({ reference: "LOESCH-99" });
    const first = await world.call("referrals", "POST /referrals", {
      caller: coach,
      headers: { "idempotency-key": "erase-me" },
      body: { candidateId: id, placeId: place.id, message: "Vertraulicher Hinweis 4711" },
    });
    await world.propose(id, other.id);
    await world.act(first.body.id, "accept", employer);

    const noIfMatch = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id },
    });
    expect(noIfMatch.status).toBe(428);
    const erased = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id },
      headers: { "if-match": "*" },
    });
    expect(erased.status).toBe(204);

    const { Items = [] } = await world.deps.db.send(new ScanCommand({ TableName: world.deps.tableName }));
    const everything = JSON.stringify(Items);
    for (const secret of [id, reference, "LOESCH-99", first.body.id, "Vertraulicher Hinweis 4711"]) {
      expect(everything).not.toContain(secret);
    }
    const remainders = Items.filter((i) => String(i.PK).startsWith("ANON#"));
    // Withdrawn first (the seat back, the partner told): the remainder keeps the whole way.
    expect(remainders.map((r) => r.status)).toEqual(["withdrawn", "withdrawn"]);
    expect(remainders.map((r) => r.events.map((e: { status: string }) => e.status).join(">")).sort()).toEqual(
      ["proposed>accepted>withdrawn", "proposed>withdrawn"],
    );
    expect(remainders[0]).toEqual(
      expect.objectContaining({ occupation: "81302", district: "05754", month: "2026-11" }),
    );
    expect(
      (await world.call("candidates", "GET /candidates/{id}", { caller: coach, params: { id } })).status,
    ).toBe(404);
  });

  it("keeps candidates inside the coach's organisation", async () => {
    const { id } = await world.candidate();
    const strangers: Caller[] = [
      { role: "coach", org: "andere-beratung" },
      { role: "employer", org: employer.org },
      { role: "provider", org: "pro-arbeit" },
    ];
    for (const caller of strangers) {
      for (const route of [
        "GET /candidates/{id}",
        "GET /candidates/{id}/matches",
        "GET /candidates/{id}/export",
      ]) {
        const res = await world.call("candidates", route, { caller, params: { id } });
        expect([403, 404]).toContain(res.status);
        expect(JSON.stringify(res.body)).not.toContain("OWL-2026");
      }
      const patch = await world.call("candidates", "PATCH /candidates/{id}", {
        caller,
        params: { id },
        headers: { "if-match": "*" },
        body: { germanLevel: "C2" },
      });
      expect([403, 404]).toContain(patch.status);
      const del = await world.call("candidates", "DELETE /candidates/{id}", {
        caller,
        params: { id },
        headers: { "if-match": "*" },
      });
      expect([403, 404]).toContain(del.status);
      const list = await world.call("candidates", "GET /candidates", { caller });
      expect(JSON.stringify(list.body)).not.toContain(id);
    }
    const still = await world.call("candidates", "GET /candidates/{id}", { caller: coach, params: { id } });
    expect(still.body.germanLevel).toBe("B1");
  });
});
