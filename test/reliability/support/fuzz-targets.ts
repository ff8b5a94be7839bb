import type fc from "fast-check";
import { candidateInput, consentInput, offerInput, placeInput } from "../../support/fixtures.ts";
import type { Caller } from "./api.ts";
import { jsonBodies } from "./fuzz-arbitraries.ts";
import { csvBodies } from "./fuzz-requests.ts";
import { unknownDecisionToken } from "./route-requests.ts";
import { OWN, type OrgItems } from "./world.ts";

/**
 * How to fuzz each write route of the route table: as a caller who may call it, against the
 * caller's own seeded item, starting from a valid body. A write route missing here fails the suite.
 */
export interface FuzzTarget {
  caller: Caller;
  params?: (items: OrgItems) => Record<string, string>;
  bodies: (items: OrgItems) => fc.Arbitrary<string | undefined>;
  /** Sent unless the generated headers say otherwise. */
  headers?: Record<string, string>;
}

const employer: Caller = { role: "employer", org: OWN };
const provider: Caller = { role: "provider", org: OWN };
const coach: Caller = { role: "coach", org: OWN };
const json = (body: () => Record<string, unknown>) => () => jsonBodies(body());
const bodiless = () => jsonBodies(undefined);
const csv = (file: "places" | "offers") => (items: OrgItems) => csvBodies(items.csv[file]);
// PATCH gets past the version check; DELETE of the draft stays a 412 unless a run sends "*".
const ANY_VERSION = { "if-match": "*" };
const STALE_VERSION = { "if-match": '"999"' };
const CSV = { "content-type": "text/csv" };

export const fuzzTargets: Record<string, FuzzTarget> = {
  "POST /mentoring-places": { caller: employer, bodies: json(() => placeInput({ status: "published" })) },
  "PATCH /mentoring-places/{id}": {
    caller: employer,
    headers: ANY_VERSION,
    params: (items) => ({ id: items.place }),
    bodies: json(() => ({ capacity: 3, title: "Neuer Titel", status: "published" })),
  },
  "DELETE /mentoring-places/{id}": {
    caller: employer,
    headers: STALE_VERSION,
    params: (items) => ({ id: items.draftPlace }),
    bodies: bodiless,
  },
  "POST /qualification-offers": { caller: provider, bodies: json(() => offerInput({ status: "published" })) },
  "PATCH /qualification-offers/{id}": {
    caller: provider,
    headers: ANY_VERSION,
    params: (items) => ({ id: items.offer }),
    bodies: json(() => ({ seats: 9, format: "online", costEur: 100 })),
  },
  "DELETE /qualification-offers/{id}": {
    caller: provider,
    headers: STALE_VERSION,
    params: (items) => ({ id: items.draftOffer }),
    bodies: bodiless,
  },
  "POST /mentoring-places/import": { caller: employer, bodies: csv("places"), headers: CSV },
  "POST /qualification-offers/import": { caller: provider, bodies: csv("offers"), headers: CSV },
  "POST /matches": {
    caller: coach,
    bodies: json(() => ({ occupation: "81302", location: { postalCode: "33330" }, radiusKm: 80, limit: 10 })),
  },
  "POST /candidates": { caller: coach, bodies: json(() => candidateInput()) },
  "PATCH /candidates/{id}": {
    caller: coach,
    headers: ANY_VERSION,
    params: (items) => ({ id: items.candidate }),
    // With an exit (issue 30): its date and reason are fuzzed too (today: never before the entry).
    bodies: json(() => ({
      germanLevel: "B2",
      radiusKm: 120,
      languages: ["uk", "ru"],
      exit: { date: new Date().toISOString().slice(0, 10), reason: "moved" },
    })),
  },
  "DELETE /candidates/{id}": {
    caller: coach,
    headers: STALE_VERSION,
    params: (items) => ({ id: items.candidate }),
    bodies: bodiless,
  },
  "POST /candidates/{id}/milestones": {
    caller: coach,
    params: (items) => ({ id: items.candidate }),
    bodies: json(() => ({ type: "employment.started", date: "2026-01-15", occupation: "81302" })),
  },
  // Recording only adds or renews scopes: the seeded referral keeps its consent.
  "POST /candidates/{id}/consents": {
    caller: coach,
    params: (items) => ({ id: items.candidate }),
    bodies: json(() => consentInput()),
  },
  // A scope never recorded: whatever the run sends, nothing is withdrawn.
  "DELETE /candidates/{id}/consents/{scope}": {
    caller: coach,
    headers: STALE_VERSION,
    params: (items) => ({ id: items.candidate, scope: "share-contact-after-acceptance" }),
    bodies: bodiless,
  },
  "POST /referrals": {
    caller: coach,
    bodies: (items) =>
      jsonBodies({ candidateId: items.candidate, placeId: items.place, message: "Bitte prüfen" }),
  },
  "POST /referrals/{id}/accept": {
    caller: employer,
    params: (items) => ({ id: items.openReferral }),
    bodies: bodiless,
  },
  "POST /referrals/{id}/decline": {
    caller: employer,
    params: (items) => ({ id: items.openReferral }),
    bodies: json(() => ({ reason: "no-capacity" })),
  },
  "PUT /organisations/{org}": {
    caller: employer,
    headers: ANY_VERSION,
    params: () => ({ org: OWN }),
    bodies: json(() => ({ name: "Betrieb Nord GmbH", kind: "employer", website: "https://example.org" })),
  },
  // The first save of a plan takes no If-Match; an empty plan is a valid one.
  "PUT /candidates/{id}/plan": {
    caller: coach,
    params: (items) => ({ id: items.candidate }),
    bodies: json(() => ({ steps: [] })),
  },
  "PUT /me": {
    caller: coach,
    bodies: json(() => ({
      name: "Kim Beispiel",
      email: "kim@example.org",
      phone: "+49 521 000009",
      notify: "daily",
    })),
  },
  // Reading a notice has no body; fuzzing the headers must never change another notice.
  "POST /notifications/{id}/read": {
    caller: coach,
    params: (items) => ({ id: items.notices?.coach ?? "kein-hinweis" }),
    bodies: bodiless,
  },
  "POST /referrals/{id}/withdraw": {
    caller: coach,
    params: (items) => ({ id: items.openReferral }),
    bodies: bodiless,
  },
  "POST /employers": {
    caller: coach,
    bodies: json(() => ({
      name: "Pflegeheim Am Park",
      sector: "Q",
      size: "medium",
      postalCode: "04109",
      contact: { name: "Kim Beispiel", email: "kim@example.org", consentDate: "2026-02-01" },
    })),
  },
  "PATCH /employers/{id}": {
    caller: coach,
    headers: ANY_VERSION,
    params: (items) => ({ id: items.employer }),
    bodies: json(() => ({ name: "Pflegeheim Am See", size: "large", contact: null })),
  },
  "DELETE /employers/{id}": {
    caller: coach,
    headers: STALE_VERSION,
    params: (items) => ({ id: items.employer }),
    bodies: bodiless,
  },
  "POST /employers/{id}/sessions": {
    caller: coach,
    params: (items) => ({ id: items.employer }),
    bodies: json(() => ({
      date: "2026-02-10",
      format: "online",
      minutes: 45,
      topics: ["recognition", "funding"],
      note: "Nächster Termin im März",
    })),
  },
  "DELETE /employers/{id}/sessions/{sessionId}": {
    caller: coach,
    headers: STALE_VERSION,
    params: (items) => ({ id: items.employer, sessionId: items.employerSession }),
    bodies: bodiless,
  },
  "POST /employers/{id}/measures": {
    caller: coach,
    params: (items) => ({ id: items.employer }),
    bodies: json(() => ({ title: "Willkommensmappe", topic: "onboarding", due: "2026-04-30" })),
  },
  "PATCH /employers/{id}/measures/{measureId}": {
    caller: coach,
    headers: ANY_VERSION,
    params: (items) => ({ id: items.employer, measureId: items.employerMeasure }),
    bodies: json(() => ({ status: "done", title: "Willkommensmappe 2.0", due: "2026-05-31" })),
  },
  // Not a place on behalf: whatever the headers, nothing is sent and nothing changes.
  "POST /referrals/{id}/decision-link": {
    caller: coach,
    params: (items) => ({ id: items.openReferral }),
    bodies: bodiless,
  },
  // Public (the token is the credential): a body of any shape never decides without a stored link.
  "POST /decisions/{token}": {
    caller: coach,
    params: (items) => ({ token: unknownDecisionToken({ own: items, foreign: items }, "own") }),
    bodies: json(() => ({ decision: "decline", reason: "no-capacity" })),
  },
};
