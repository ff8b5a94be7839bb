import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { notificationRoutes } from "../../functions/notifications/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { coach, employer, provider, referralWorld } from "../support/referral-world.ts";
import { drainStream } from "../support/stream.ts";

/*
 * Erasing a candidate completes on the other side: seats given back (the place returns to
 * searches), partners told without a word about the person, and every notice and queued mail
 * that named the candidate gone.
 */
let world: Awaited<ReturnType<typeof referralWorld>>;
let inbox: ReturnType<typeof dispatch>;
const REFERENCE = "OWL-2026-0777";

beforeAll(async () => {
  world = await referralWorld(await testDeps(undefined, undefined, { stream: true }));
  inbox = dispatch(notificationRoutes(world.deps));
  // Everyone wants a daily digest: notices wait in the mail queue until it goes out.
  for (const caller of [coach, employer, provider]) {
    const me = await world.call("organisations", "PUT /me", {
      caller,
      body: { email: `${caller.sub}@example.org`, notify: "daily" },
    });
    expect(me.status).toBe(200);
  }
}, 180_000);

const notices = async (caller: Caller) => {
  const res = await invoke(inbox, "GET /notifications", { caller });
  expect(res.status).toBe(200);
  return res.body.items as { type: string; text: string; link: string }[];
};
const everything = async () =>
  (await world.deps.db.send(new ScanCommand({ TableName: world.deps.tableName }))).Items ?? [];
const settle = async () => {
  while ((await drainStream(world.deps)) > 0);
};
const incoming = async (caller: Caller) =>
  (await world.call("referrals", "GET /referrals", { caller })).body.items as { id: string }[];
const matchTitles = async (candidateId: string) => {
  const res = await world.call("candidates", "GET /candidates/{id}/matches", {
    caller: coach,
    params: { id: candidateId },
  });
  expect(res.status).toBe(200);
  const titles = (list: { item: { title: string } }[]) => list.map((m) => m.item.title);
  return [...titles(res.body.places), ...titles(res.body.offers)];
};

describe("erasing a candidate with accepted and proposed referrals", () => {
  it("frees the seats, tells the partners, and removes the notices and mails that named it", async () => {
    const full = await world.place({ title: "Station 4 Löschtest", capacity: 1 });
    const asked = await world.place({ title: "Station 5 Löschtest" });
    const course = await world.offer({ title: "Kurs Löschtest", seats: 1 });
    const candidate = await world.candidate({ reference: REFERENCE });
    const other = await world.candidate({ reference: "OWL-2026-0778" });
    const onPlace = await world.propose(candidate.id, full.id);
    const onCourse = await world.proposeOffer(candidate.id, course.id);
    expect((await world.propose(candidate.id, asked.id)).status).toBe(201);
    expect((await world.act(onPlace.body.id, "accept", employer)).status).toBe(200);
    expect((await world.act(onCourse.body.id, "accept", provider)).status).toBe(200);
    await settle();
    // Taken: out of every search; the coach's answers name the case number, and wait for the digest.
    expect(await matchTitles(other.id)).not.toContain("Station 4 Löschtest");
    expect(await matchTitles(other.id)).not.toContain("Kurs Löschtest");
    const answers = await notices(coach);
    expect(answers.map((n) => n.type)).toEqual(["referral.accepted", "referral.accepted"]);
    for (const n of answers) expect(n.text).toContain(`Aktenzeichen ${candidate.reference}`);
    expect(JSON.stringify(await everything())).toContain(`MAILDIGEST`);

    const erased = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id: candidate.id },
      headers: { "if-match": `"${candidate.version}"` },
    });
    expect(erased.status).toBe(204);

    // The seats are back at once, and the place and the course return to the searches.
    const place = await world.call("places", "GET /mentoring-places/{id}", {
      caller: employer,
      params: { id: full.id },
    });
    const offer = await world.call("offers", "GET /qualification-offers/{id}", {
      caller: provider,
      params: { id: course.id },
    });
    expect(place.body.acceptedCount).toBe(0);
    expect(offer.body.acceptedCount).toBe(0);
    expect(await matchTitles(other.id)).toEqual(
      expect.arrayContaining(["Station 4 Löschtest", "Station 5 Löschtest", "Kurs Löschtest"]),
    );
    // Both sides agree: no referral of the candidate is listed anywhere.
    expect(await incoming(employer)).toEqual([]);
    expect(await incoming(provider)).toEqual([]);

    await settle();
    const partnerNotices = [...(await notices(employer)), ...(await notices(provider))]
      .filter((n) => n.type === "referral.withdrawn")
      .map(({ text, link }) => ({ text, link }))
      .sort((a, b) => a.text.localeCompare(b.text));
    expect(partnerNotices).toEqual([
      {
        text: "Ein Vorschlag für Ihren Mentoringplatz „Station 5 Löschtest“ wurde zurückgezogen.",
        link: "/betrieb/vorschlaege",
      },
      {
        text: "Eine angenommene Vermittlung für Ihr Qualifizierungsangebot „Kurs Löschtest“ wurde zurückgezogen; der Platz ist wieder frei.",
        link: "/traeger/vorschlaege",
      },
      {
        text: "Eine angenommene Vermittlung für Ihren Mentoringplatz „Station 4 Löschtest“ wurde zurückgezogen; der Platz ist wieder frei.",
        link: "/betrieb/vorschlaege",
      },
    ]);
    // The coach's notices that named the case number are gone, and so are their digest entries.
    expect(await notices(coach)).toEqual([]);
    const stored = JSON.stringify(await everything());
    // Neither the coach's own file number nor the case number Passung issued is left anywhere.
    for (const named of [REFERENCE, candidate.reference, candidate.id]) expect(stored).not.toContain(named);
  }, 120_000);
});
