import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { notificationRoutes } from "../../functions/notifications/routes.ts";
import { candidateKey } from "../../shared/db/keys.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";
import { drainStream } from "../support/stream.ts";

/**
 * A coach's own file number (`ownReference`) stays in the own organisation's views; notices and
 * mails name only the case number Passung issued.
 */
let world: Awaited<ReturnType<typeof referralWorld>>;
let inbox: ReturnType<typeof dispatch>;
const OWN = "AKTE-Hassan-1985";
const otherCoach: Caller = { role: "coach", org: "andere-beratung", sub: "coach-9" };
const notices = async (caller: Caller) =>
  (await invoke(inbox, "GET /notifications", { caller })).body as { items: { type: string; text: string }[] };

beforeAll(async () => {
  world = await referralWorld(await testDeps(undefined, undefined, { stream: true }));
  inbox = dispatch(notificationRoutes(world.deps));
  for (const caller of [coach, employer]) await notices(caller); // known as members of their organisation
}, 120_000);

/** Proposes the candidate to a new place, lets the employer accept, and delivers the notices. */
async function acceptedReferral(candidateId: string, title: string) {
  const place = await world.place({ title });
  const proposed = await world.propose(candidateId, place.id);
  expect(proposed.status).toBe(201);
  await drainStream(world.deps);
  const incoming = await world.call("referrals", "GET /referrals", {
    caller: employer,
    query: `placeId=${place.id}`,
  });
  const one = await world.call("referrals", "GET /referrals/{id}", {
    caller: employer,
    params: { id: proposed.body.id },
  });
  expect((await world.act(proposed.body.id, "accept", employer)).status).toBe(200);
  await drainStream(world.deps);
  return { partnerViews: JSON.stringify([incoming.body, one.body]) };
}

describe("ownReference", () => {
  it("never reaches the partner, another organisation or a notice; the coach's notice names the case number", async () => {
    const candidate = await world.candidate({ ownReference: OWN });
    expect([candidate.reference, (candidate as { ownReference?: string }).ownReference]).toEqual([
      "MOZ-2026-0001",
      OWN,
    ]);
    const { partnerViews } = await acceptedReferral(candidate.id, "Mentoring Station 3");
    expect(partnerViews).not.toContain("Hassan");
    expect(partnerViews).not.toContain("MOZ-2026-0001");

    const employerNotices = JSON.stringify(await notices(employer));
    expect(employerNotices).toContain("referral.proposed");
    for (const secret of ["Hassan", "MOZ-2026-0001"]) expect(employerNotices).not.toContain(secret);
    expect((await notices(coach)).items.map((n) => n.text)).toEqual([
      "Ihr Vorschlag (Aktenzeichen MOZ-2026-0001) für „Mentoring Station 3“ wurde angenommen.",
    ]);

    const other = await world.call("candidates", "GET /candidates", { caller: otherCoach });
    const otherRead = await world.call("candidates", "GET /candidates/{id}", {
      caller: otherCoach,
      params: { id: candidate.id },
    });
    expect([other.body.items, otherRead.status]).toEqual([[], 404]);
    const handout = await world.call("handouts", "GET /candidates/{id}/handout", {
      caller: coach,
      params: { id: candidate.id },
      query: "lang=de",
    });
    expect(handout.status).toBe(200);
    expect(String(handout.body)).not.toContain("Hassan");
  });

  it("is in the own organisation's views and export; PATCH null removes it, reference stays issued", async () => {
    const { id } = await world.candidate({ ownReference: OWN });
    const exported = await world.call("candidates", "GET /candidates/{id}/export", {
      caller: coach,
      params: { id },
    });
    expect(exported.body.candidate).toMatchObject({ reference: "MOZ-2026-0002", ownReference: OWN });
    const patch = (version: number, body: Record<string, unknown>) =>
      world.call("candidates", "PATCH /candidates/{id}", {
        caller: coach,
        params: { id },
        headers: { "if-match": `"${version}"` },
        body,
      });
    // Version 2: the world's candidate has its consents recorded.
    const changed = await patch(2, { reference: "MOZ-2026-0099" });
    expect([changed.status, changed.body.errors?.map((e: { path: string }) => e.path)]).toEqual([
      400,
      ["reference"],
    ]);
    const sameBack = await patch(2, { reference: "MOZ-2026-0002", germanLevel: "B2" });
    expect([sameBack.status, sameBack.body.reference, sameBack.body.ownReference]).toEqual([
      200,
      "MOZ-2026-0002",
      OWN,
    ]);
    const removed = await patch(3, { ownReference: null });
    expect(removed.status).toBe(200);
    expect(removed.body).not.toHaveProperty("ownReference");
    expect(removed.body).toMatchObject({ reference: "MOZ-2026-0002", germanLevel: "B2", version: 4 });
  });

  it("a free text stored as reference before numbers were issued is named in no notice", async () => {
    const { id } = await world.candidate();
    // As a candidate of the first stages was stored: the coach's own text in `reference`.
    await world.deps.db.send(
      new UpdateCommand({
        TableName: world.deps.tableName,
        Key: candidateKey(id),
        UpdateExpression: "SET #r = :r",
        ExpressionAttributeNames: { "#r": "reference" },
        ExpressionAttributeValues: { ":r": "Ahmed.Hassan_1985-03-12" },
      }),
    );
    await acceptedReferral(id, "Mentoring Station 4");
    const texts = (await notices(coach)).items.map((n) => n.text);
    expect(texts).toContain("Ihr Vorschlag für „Mentoring Station 4“ wurde angenommen.");
    expect(JSON.stringify(texts)).not.toContain("Hassan");
  });
});
