import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../support/events.ts";
import { coach, employer, provider, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;
const admin: Caller = { role: "admin", org: "iq-netzwerk", sub: "admin-1" };
const NAMES = { mozaik: "MOZAIK gGmbH", klinikum: "Klinikum Gütersloh", "bildung-owl": "Bildungswerk OWL" };
const COACH_CONTACT = { name: "Aylin Berater", email: "aylin.berater@example.org", phone: "+49 521 123456" };
const PLACE_CONTACT = { name: "Petra Beispiel", email: "petra.beispiel@example.org" };
const OFFER_CONTACT = { name: "Max Beispiel", email: "max.beispiel@example.org" };

beforeAll(async () => {
  world = await referralWorld();
  const kinds = { mozaik: "coaching", klinikum: "employer", "bildung-owl": "provider" };
  for (const [org, name] of Object.entries(NAMES)) {
    const res = await world.call("organisations", "PUT /organisations/{org}", {
      caller: admin,
      params: { org },
      body: { name, kind: kinds[org as keyof typeof kinds] },
    });
    expect(res.status).toBeLessThan(300);
  }
  const me = await world.call("organisations", "PUT /me", { caller: coach, body: COACH_CONTACT });
  expect(me.status).toBe(200);
}, 120_000);

const read = (id: string, caller: Caller) =>
  world.call("referrals", "GET /referrals/{id}", { caller, params: { id } });
const listed = async (id: string, caller: Caller) =>
  (await world.call("referrals", "GET /referrals", { caller })).body.items.find(
    (r: { id: string }) => r.id === id,
  );

describe.each([
  {
    kind: "place",
    partner: employer,
    partnerName: NAMES.klinikum,
    contact: PLACE_CONTACT,
    propose: async (candidateId: string) => world.propose(candidateId, (await world.place()).id),
  },
  {
    kind: "offer",
    partner: provider,
    partnerName: NAMES["bildung-owl"],
    contact: OFFER_CONTACT,
    propose: async (candidateId: string) => world.proposeOffer(candidateId, (await world.offer()).id),
  },
])("the hand-off of a referral to a $kind", ({ partner, partnerName, contact, propose }) => {
  it("shows names, never slugs, and neither side's people before acceptance", async () => {
    const candidate = await world.candidate();
    const proposed = await propose(candidate.id);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ itemOrgName: partnerName, orgName: NAMES.mozaik });
    expect(proposed.body).not.toHaveProperty("handoff");

    const coachView = await read(proposed.body.id, coach);
    expect(coachView.body).toMatchObject({ itemOrgName: partnerName, orgName: NAMES.mozaik });
    expect(coachView.body).not.toHaveProperty("handoff");
    for (const view of [
      (await read(proposed.body.id, partner)).body,
      await listed(proposed.body.id, partner),
    ]) {
      expect(view.itemOrgName).toBe(partnerName);
      expect(view).not.toHaveProperty("orgName");
      expect(view).not.toHaveProperty("handoff");
      expect(JSON.stringify(view)).not.toContain(COACH_CONTACT.email);
    }
    expect(JSON.stringify(await listed(proposed.body.id, coach))).not.toContain(contact.email);
  });

  it("after acceptance: the coach gets the contact, the partner the referring organisation and coach", async () => {
    const candidate = await world.candidate();
    const { body: referral } = await propose(candidate.id);
    const accepted = await world.act(referral.id, "accept", partner);
    expect(accepted.status).toBe(200);
    const partnerHandoff = { orgName: NAMES.mozaik, coach: COACH_CONTACT };
    expect(accepted.body.handoff).toEqual(partnerHandoff);
    expect(accepted.body.orgName).toBe(NAMES.mozaik);
    expect(accepted.body).not.toHaveProperty("candidateId");

    expect((await read(referral.id, partner)).body.handoff).toEqual(partnerHandoff);
    expect((await listed(referral.id, partner)).handoff).toEqual(partnerHandoff);
    // The candidate agreed to be stored and proposed, not to have their contact passed on.
    expect((await read(referral.id, coach)).body.handoff).toEqual({ contact, contactSharingAllowed: false });
    expect((await listed(referral.id, coach)).handoff).toEqual({ contact, contactSharingAllowed: false });
    // Once they allow it, the coach's hand-off says so; the partner's stays as it was.
    expect((await world.consent(candidate.id, ["share-contact-after-acceptance"])).status).toBe(200);
    expect((await read(referral.id, coach)).body.handoff).toEqual({ contact, contactSharingAllowed: true });
    expect((await listed(referral.id, coach)).handoff).toEqual({ contact, contactSharingAllowed: true });
    expect((await read(referral.id, partner)).body.handoff).toEqual(partnerHandoff);
    expect((await read(referral.id, admin)).status).toBe(200);

    // Withdrawn: the hand-off is gone again on both sides.
    const withdrawn = await world.act(referral.id, "withdraw", coach);
    expect(withdrawn.body).not.toHaveProperty("handoff");
    expect((await read(referral.id, partner)).body).not.toHaveProperty("handoff");
    expect((await read(referral.id, coach)).body).not.toHaveProperty("handoff");
  });
});

describe("names of another organisation's listings", () => {
  it("GET /mentoring-places/{id} and /qualification-offers/{id} carry the organisation's name", async () => {
    const place = await world.place();
    const offer = await world.offer();
    const seenPlace = await world.call("places", "GET /mentoring-places/{id}", {
      caller: coach,
      params: { id: place.id },
    });
    expect(seenPlace.body.orgName).toBe(NAMES.klinikum);
    expect(seenPlace.body).not.toHaveProperty("contact");
    const seenOffer = await world.call("offers", "GET /qualification-offers/{id}", {
      params: { id: offer.id },
    });
    expect(seenOffer.body.orgName).toBe(NAMES["bildung-owl"]);
  });

  it("a referral without a saved coach contact hands off the organisation's name and an empty contact", async () => {
    const otherCoach: Caller = { role: "coach", org: "mozaik", sub: "coach-ohne-profil" };
    const candidate = await world.candidate({}, otherCoach);
    const { body: referral } = await world.propose(candidate.id, (await world.place()).id, otherCoach);
    const accepted = await world.act(referral.id, "accept", employer);
    expect(accepted.body.handoff).toEqual({ orgName: NAMES.mozaik, coach: {} });
  });
});
