import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { newMatchAlerts } from "../../shared/app/new-match-alerts.ts";
import { candidateLinkKey } from "../../shared/db/keys.ts";
import { noticeRepository } from "../../shared/db/notice-repository.ts";
import { profileRepository } from "../../shared/db/profile-repository.ts";
import { integrityProblems, scanTable } from "../reliability/support/table-integrity.ts";
import { employer, referralWorld } from "../support/referral-world.ts";
import { testDeps } from "../support/db.ts";
import { placeInput } from "../support/fixtures.ts";
import { drainStream } from "../support/stream.ts";

const coach = { role: "coach" as const, org: "mozaik", sub: "coach-alerts" };
const other = { role: "coach" as const, org: "mozaik", sub: "coach-other" };

/** A world with the stream drained after each step, so only what a step set off is seen. */
async function alertWorld() {
  const clocked = await testDeps(undefined, undefined, { stream: true });
  const world = await referralWorld(clocked);
  const drain = () => drainStream(world.deps, [newMatchAlerts]);
  const inbox = async (sub: string) =>
    (await noticeRepository(world.deps).list(sub, { limit: 50 })).items.filter(
      (n) => n.type === "candidate.newMatches",
    );
  const alertEntries = async () =>
    (await scanTable(world.deps)).filter((item) => item.PK.startsWith("ALERT#"));
  return { ...world, setNow: clocked.setNow, drain, inbox, alertEntries };
}

describe("alerts for saved candidates (stream reaction newMatchAlerts)", () => {
  it("tells the coach once about a fitting new place, however many of their candidates it fits", async () => {
    const w = await alertWorld();
    for (const reference of ["OWL-A1", "OWL-A2", "OWL-A3"])
      await w.candidate({ reference, alerts: true }, coach);
    const quiet = await w.candidate({ reference: "OWL-A4", alerts: false }, other);
    expect(await w.alertEntries()).toHaveLength(3);
    await w.drain();

    await w.place({ title: "Mentoring Pflege Gütersloh" });
    await w.drain();

    const notices = await w.inbox(coach.sub);
    expect(notices).toEqual([
      expect.objectContaining({
        type: "candidate.newMatches",
        text: "Neuer Mentoringplatz „Mentoring Pflege Gütersloh“ passt zu 3 Ihrer gespeicherten Kandidat:innen.",
        link: "/beratung/kandidaten",
      }),
    ]);
    expect(notices[0]?.text).not.toMatch(/OWL-A/);
    expect(await w.inbox(other.sub)).toEqual([]);
    expect(quiet.id).toBeTruthy();
    expect(integrityProblems(await scanTable(w.deps))).toEqual([]);
  }, 60_000);

  it("links to the candidate when one fits; a draft published later counts, a further change does not", async () => {
    const w = await alertWorld();
    const saved = await w.candidate({ reference: "OWL-B1", alerts: true }, coach);
    const draft = await w.call("places", "POST /mentoring-places", {
      caller: employer,
      body: placeInput({ status: "draft" }),
    });
    await w.drain();
    expect(await w.inbox(coach.sub)).toEqual([]);

    const patch = (version: number, body: Record<string, unknown>) =>
      w.call("places", "PATCH /mentoring-places/{id}", {
        caller: employer,
        params: { id: draft.body.id },
        headers: { "if-match": `"${version}"` },
        body,
      });
    expect((await patch(1, { status: "published" })).status).toBe(200);
    expect((await patch(2, { title: "Neuer Titel" })).status).toBe(200);
    await w.drain();
    const notices = await w.inbox(coach.sub);
    expect(notices.map((n) => n.link)).toEqual([`/beratung/kandidaten/${saved.id}`]);
    expect(notices[0]?.text).toContain("passt zu einer Ihrer gespeicherten Kandidat:innen");
  }, 60_000);

  it("is the same notice when the stream delivers the publish again (idempotent by event id)", async () => {
    const w = await alertWorld();
    await w.candidate({ reference: "OWL-C1", alerts: true }, coach);
    const place = await w.place();
    const { Items = [] } = await w.deps.db.send(
      new QueryCommand({
        TableName: w.deps.tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": `PLACE#${place.id}` },
      }),
    );
    const change = { eventId: "event-1", eventName: "INSERT" as const, newItem: Items[0] };
    expect(newMatchAlerts.handles(change)).toBe(true);
    await newMatchAlerts.react(w.deps, change);
    await newMatchAlerts.react(w.deps, change);
    expect(await w.inbox(coach.sub)).toHaveLength(1);
  }, 60_000);

  it("says nothing for another Berufsgruppe, a place too far away, or a candidate with alerts off", async () => {
    const w = await alertWorld();
    const off = await w.candidate({ reference: "OWL-D1", alerts: true }, coach);
    await w.call("candidates", "PATCH /candidates/{id}", {
      caller: coach,
      params: { id: off.id },
      headers: { "if-match": `"${off.version}"` },
      body: { alerts: false },
    });
    expect(await w.alertEntries()).toEqual([]);
    await w.candidate({ reference: "OWL-D2", alerts: true, occupation: "26212" }, other);
    await w.drain();

    await w.place({ title: "Andere Gruppe", occupations: ["43102"] });
    await w.place({ title: "Zu weit: Dresden", occupations: ["26212"], location: { postalCode: "01067" } });
    await w.place({ title: "Für die Abgemeldete", occupations: ["81302"] });
    await w.drain();
    expect(await w.inbox(coach.sub)).toEqual([]);
    expect(await w.inbox(other.sub)).toEqual([]);
  }, 60_000);

  it("tells again when a full place has a seat again (re-opened)", async () => {
    const w = await alertWorld();
    await w.candidate({ reference: "OWL-E1", alerts: true }, coach);
    const place = await w.place({ capacity: 1 });
    await w.drain();
    expect(await w.inbox(coach.sub)).toHaveLength(1);
    // Full: an accepted referral takes the only seat; then the employer adds a seat.
    const proposed = await w.propose((await w.candidate({ reference: "OWL-E2" }, coach)).id, place.id, coach);
    expect((await w.act(proposed.body.id, "accept", employer)).status).toBe(200);
    await w.drain();
    expect(await w.inbox(coach.sub)).toHaveLength(1);
    const reopened = await w.call("places", "PATCH /mentoring-places/{id}", {
      caller: employer,
      params: { id: place.id },
      headers: { "if-match": '"2"' },
      body: { capacity: 2 },
    });
    expect(reopened.status).toBe(200);
    await w.drain();
    expect(await w.inbox(coach.sub)).toHaveLength(2);
  }, 60_000);

  it("tells the organisation's coaches when an admin saved the candidate or its coach moved on", async () => {
    const w = await alertWorld();
    const profiles = profileRepository(w.deps);
    const staff = (sub: string, org: string, role = "coach") =>
      profiles.put({ sub, org, role, notify: "immediately", version: 1 });
    await staff("coach-a", "mozaik");
    await staff("coach-b", "mozaik");
    await staff("employer-x", "mozaik", "employer");
    await staff("coach-gone", "elsewhere");
    const admin = { role: "admin" as const, org: "mozaik", sub: "admin-1" };
    await w.candidate({ reference: "OWL-H1", alerts: true }, admin);
    await w.candidate({ reference: "OWL-H2", alerts: true }, { ...coach, sub: "coach-gone" });
    await w.candidate({ reference: "OWL-H3", alerts: true }, { ...coach, sub: "coach-a" });
    await w.drain();
    await w.place();
    await w.drain();
    for (const sub of ["coach-a", "coach-b"]) expect(await w.inbox(sub)).toHaveLength(1);
    for (const sub of ["employer-x", "admin-1", "coach-gone"]) expect(await w.inbox(sub)).toEqual([]);
    expect((await w.inbox("coach-a"))[0]?.text).toContain("passt zu 3 Ihrer");
    expect((await w.inbox("coach-b"))[0]?.text).toContain("passt zu 2 Ihrer");
  }, 60_000);

  it("says nothing about items published before the candidate was saved or its criteria changed", async () => {
    const w = await alertWorld();
    const at = (time: string) => w.setNow(new Date(`2026-11-23T${time}Z`));
    const inbox = async () => (await w.inbox(coach.sub)).map((n) => n.text);
    const patch = async (id: string, version: number, body: Record<string, unknown>) =>
      expect(
        (
          await w.call("candidates", "PATCH /candidates/{id}", {
            caller: coach,
            params: { id },
            headers: { "if-match": `"${version}"` },
            body,
          })
        ).status,
      ).toBe(200);
    // The stream runs behind: the coach saw "Schon da" in the search before saving the candidate.
    at("10:00:00");
    await w.place({ title: "Schon da" });
    at("10:05:00");
    const saved = await w.candidate({ reference: "OWL-N1", alerts: true }, coach);
    await w.drain();
    expect(await inbox()).toEqual([]);

    // A change that keeps the criteria (own file number) keeps what counts as new.
    at("10:10:00");
    await w.place({ title: "Nach dem Speichern" });
    at("10:15:00");
    await patch(saved.id, saved.version, { ownReference: "AZ-7" });
    await w.drain();
    expect(await inbox()).toEqual([expect.stringContaining("„Nach dem Speichern“")]);

    // A narrower radius is a new search: what was published before it is not new.
    at("10:20:00");
    await w.place({ title: "Vor dem neuen Radius" });
    at("10:25:00");
    await patch(saved.id, saved.version + 1, { radiusKm: 40 });
    at("10:30:00");
    await w.place({ title: "Danach" });
    await w.drain();
    expect(await inbox()).toEqual([
      expect.stringContaining("„Danach“"),
      expect.stringContaining("„Nach dem Speichern“"),
    ]);
  }, 60_000);

  it("says nothing for a candidate whose retention ran out (its entry expires with it)", async () => {
    const w = await alertWorld();
    const saved = await w.candidate({ reference: "OWL-G1", alerts: true }, coach);
    const [entry] = await w.alertEntries();
    const stored = (await scanTable(w.deps)).find((i) => i.PK === `CAND#${saved.id}` && i.SK === "CAND");
    expect(entry?.expiresAtEpoch).toBe(stored?.expiresAtEpoch);
    await w.drain();
    w.setNow(new Date("2027-11-24T10:00:00Z"));
    await w.place();
    await w.drain();
    expect(await w.inbox(coach.sub)).toEqual([]);
  }, 60_000);

  it("erases a candidate's alert entry with the candidate", async () => {
    const w = await alertWorld();
    const saved = await w.candidate({ reference: "OWL-F1", alerts: true }, coach);
    const [entry] = await w.alertEntries();
    expect(entry).toMatchObject({ ...candidateLinkKey(saved.id, "ALERT"), alert: { candidateId: saved.id } });
    expect(entry?.alert).not.toHaveProperty("reference");
    const erased = await w.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id: saved.id },
      headers: { "if-match": "*" },
    });
    expect(erased.status).toBe(204);
    expect(await w.alertEntries()).toEqual([]);
    expect(integrityProblems(await scanTable(w.deps))).toEqual([]);
  }, 60_000);
});
