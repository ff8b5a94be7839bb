import { describe, expect, it } from "vitest";
import type { StoredReferral } from "../../shared/db/referral-repository.ts";
import { viewFor } from "../../shared/http/referral-access.ts";
import { referralForEmployer } from "../../shared/schemas/referral.ts";
import * as z from "../../shared/schemas/z.ts";

const AT = "2026-11-23T10:00:00.000Z";
const COACH = { name: "Aylin Berater", email: "aylin.berater@example.org" };

const referral = (status: StoredReferral["status"]): StoredReferral => ({
  id: "r1",
  candidateId: "cand-1",
  org: "beratung-ohne-namen",
  placeId: "p1",
  placeTitle: "Mentoring Pflege",
  placeOrg: "klinikum",
  status,
  profile: { occupation: "81302", languages: ["ar"], district: { code: "05754", name: "Gütersloh" } },
  history: [
    { status: "proposed", at: AT, by: "coach-1", role: "coach" },
    ...(status === "proposed" ? [] : [{ status, at: AT, by: "employer-1", role: "employer" }]),
  ],
  version: status === "proposed" ? 1 : 2,
  createdAt: AT,
  updatedAt: AT,
});

describe("the employer's view names the referring organisation, never its slug", () => {
  it("an organisation without a display name stays unnamed; the coach's contact still comes", () => {
    const view = viewFor("employer", referral("accepted"), { itemOrgName: "Klinikum", coach: COACH });
    expect(view).not.toHaveProperty("orgName");
    expect(view).toMatchObject({ itemOrgName: "Klinikum", handoff: { coach: COACH } });
    expect((view as { handoff?: object }).handoff).not.toHaveProperty("orgName");
    expect(JSON.stringify(view)).not.toContain("beratung-ohne-namen");
    expect(z.safeParse(referralForEmployer, view).success).toBe(true);
  });

  it("with a display name: the name, in the answer and in the hand-off", () => {
    const view = viewFor("provider", referral("accepted"), { orgName: "MOZAIK gGmbH" });
    expect(view).toMatchObject({ orgName: "MOZAIK gGmbH", handoff: { orgName: "MOZAIK gGmbH", coach: {} } });
    expect(JSON.stringify(view)).not.toContain("beratung-ohne-namen");
  });

  it("before acceptance neither the name nor a slug, nor who acted", () => {
    const view = viewFor("employer", referral("proposed"), { orgName: "MOZAIK gGmbH" });
    expect(view).not.toHaveProperty("orgName");
    expect(view).not.toHaveProperty("handoff");
    expect(JSON.stringify(view)).not.toMatch(/beratung-ohne-namen|coach-1|cand-1/);
  });
});

describe("the coach's own note stays with the coach's organisation", () => {
  const withNote: StoredReferral = {
    ...referral("accepted"),
    notes: ["can-start-now", "has-driving-licence"],
    message: "Frau Hassan, HIV-positiv",
  };

  it.each(["employer", "provider"] as const)("the %s reads the notes, never the message", (side) => {
    const view = viewFor(side, withNote, { orgName: "MOZAIK gGmbH", coach: COACH });
    expect(view).not.toHaveProperty("message");
    expect(view.notes).toEqual(["can-start-now", "has-driving-licence"]);
    expect(JSON.stringify(view)).not.toMatch(/Hassan|HIV/);
  });

  it.each(["coach", "admin"] as const)("the %s reads both", (side) => {
    expect(viewFor(side, withNote)).toMatchObject({
      notes: ["can-start-now", "has-driving-licence"],
      message: "Frau Hassan, HIV-positiv",
    });
  });
});

describe("the coach's hand-off says whether the candidate's contact may be passed on", () => {
  const contact = { name: "Petra Beispiel", email: "petra.beispiel@example.org" };
  it("as the consent says, and no when nothing is known; never to the partner", () => {
    expect(viewFor("coach", referral("accepted"), { contact, contactSharingAllowed: true })).toMatchObject({
      handoff: { contact, contactSharingAllowed: true },
    });
    expect(viewFor("coach", referral("accepted"), { contact })).toMatchObject({
      handoff: { contact, contactSharingAllowed: false },
    });
    expect(
      viewFor("coach", referral("proposed"), { contact, contactSharingAllowed: true }),
    ).not.toHaveProperty("handoff");
    const partner = viewFor("employer", referral("accepted"), { contact, contactSharingAllowed: true });
    expect(JSON.stringify(partner)).not.toContain("contactSharingAllowed");
  });
});
