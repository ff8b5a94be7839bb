import { beforeAll, describe, expect, it } from "vitest";
import { testDeps } from "../support/db.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;

beforeAll(async () => {
  world = await referralWorld(await testDeps());
}, 60_000);

describe("referral message", () => {
  it.each([
    ["Bitte unter 0521 123456 anrufen", /Telefonnummer/],
    ["Mail: kim@example.org", /E-Mail-Adresse/],
    ["wohnt Hauptstraße 12, 33602 Bielefeld", /Anschrift/],
    ["x".repeat(501), /500/], // one message, from the length check
  ])("refuses %s with 400 naming `message`, nothing proposed", async (message, why) => {
    const place = await world.place();
    const { id } = await world.candidate();
    const res = await world.propose(id, place.id, coach, message);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].path).toBe("message");
    expect(res.body.errors[0].message).toMatch(why);
    const listed = await world.call("referrals", "GET /referrals", {
      caller: coach,
      query: `candidateId=${id}`,
    });
    expect(listed.body.items).toEqual([]);
  });

  it("sends a message without personal data", async () => {
    const place = await world.place();
    const { id } = await world.candidate();
    const res = await world.propose(id, place.id, coach, "Termin am 12.03. möglich, Sprachkurs B2 bis 2027");
    expect(res.status).toBe(201);
    expect(res.body.message).toBe("Termin am 12.03. möglich, Sprachkurs B2 bis 2027");
  });
});
