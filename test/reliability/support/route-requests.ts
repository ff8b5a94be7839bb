import { DEV_DECISION_LINK_SECRET } from "../../../shared/app/decision-secret.ts";
import { signDecisionClaim } from "../../../shared/domain/decision-token.ts";
import { candidateInput, consentInput, offerInput, placeInput } from "../../support/fixtures.ts";
import type { Call } from "./api.ts";
import { FOREIGN, OWN, type OrgItems, type Relation, type World } from "./world.ts";

/**
 * A valid request per route of the route table, against the caller's own organisation's item or
 * the foreign one's. Routes without an item name the foreign organisation instead (`?org=`, an
 * `org` field, a foreign id). Writes never change the seeded world: PATCH/DELETE send a stale
 * If-Match (412 for whoever may write), referral actions target a withdrawn referral (409), and
 * the proposal repeats an open one (409) — so cells can run in any order, in parallel.
 */
type RequestFor = (
  world: World,
  relation: Relation,
  caller?: Call["caller"],
) => Omit<Call, "caller" | "authorization">;

const STALE = { "if-match": '"999"' };
const scoped = (relation: Relation, body: object) => (relation === "own" ? body : { ...body, org: FOREIGN });
const orgQuery = (relation: Relation) => (relation === "own" ? undefined : `org=${FOREIGN}`);
const item = (world: World, relation: Relation, key: Exclude<keyof OrgItems, "csv" | "notices">) => ({
  id: world[relation][key],
});

const listing = (base: string, key: "place" | "offer", input: () => object, patch: object) => ({
  [`POST ${base}`]: (_: World, relation: Relation) => ({ body: scoped(relation, input()) }),
  [`GET ${base}`]: (_: World, relation: Relation) => ({ query: orgQuery(relation) }),
  [`GET ${base}/{id}`]: (world: World, relation: Relation) => ({ params: item(world, relation, key) }),
  [`PATCH ${base}/{id}`]: (world: World, relation: Relation) => ({
    params: item(world, relation, key),
    body: patch,
    headers: STALE,
  }),
  [`DELETE ${base}/{id}`]: (world: World, relation: Relation) => ({
    params: item(world, relation, key),
    headers: STALE,
  }),
});

/** Import as a dry run (changes nothing) of the organisation's own export; foreign: into the other organisation. */
const csvRoutes = (base: string, file: "places" | "offers") => ({
  [`POST ${base}/import`]: (world: World, relation: Relation) => ({
    query: relation === "own" ? "dryRun=true" : `dryRun=true&org=${FOREIGN}`,
    body: world.own.csv[file],
    headers: { "content-type": "text/csv; charset=utf-8" },
  }),
  [`GET ${base}/export`]: (_: World, relation: Relation) => ({ query: orgQuery(relation) }),
  [`GET ${base}/import-template`]: () => ({}),
});

const referralAction: RequestFor = (world, relation) => ({ params: item(world, relation, "closedReferral") });

/** A decision link's token, well signed (the local dev secret), for a link that was never stored. */
export const unknownDecisionToken = (world: World, relation: Relation) =>
  signDecisionClaim(DEV_DECISION_LINK_SECRET, {
    referralId: world[relation].closedReferral,
    expiresAt: 4_102_444_800,
    nonce: "no-such-link",
  });

export const routeRequests: Record<string, RequestFor> = {
  "GET /health": () => ({}),
  "GET /openapi.json": () => ({}),
  "GET /occupations": () => ({ query: "q=Pflege" }),
  "GET /occupations/{code}": () => ({ params: { code: "26212" } }),
  "GET /postal-codes/{code}": () => ({ params: { code: "33330" } }),
  "GET /recognition/bodies": () => ({ query: "occupation=81302&state=05&trainedIn=third-country" }),
  ...listing("/mentoring-places", "place", placeInput, { capacity: 3 }),
  ...listing("/qualification-offers", "offer", offerInput, { seats: 9 }),
  ...csvRoutes("/mentoring-places", "places"),
  ...csvRoutes("/qualification-offers", "offers"),
  "POST /matches": (_, relation) => ({
    body: scoped(relation, { occupation: "81302", location: { postalCode: "33330" } }),
  }),
  "POST /candidates": (_, relation) => ({ body: scoped(relation, candidateInput({ reference: "AZ-neu" })) }),
  "GET /candidates": (_, relation) => ({ query: orgQuery(relation) }),
  "GET /candidates/{id}": (world, relation) => ({ params: item(world, relation, "candidate") }),
  "PATCH /candidates/{id}": (world, relation) => ({
    params: item(world, relation, "candidate"),
    body: { germanLevel: "B2" },
    headers: STALE,
  }),
  "DELETE /candidates/{id}": (world, relation) => ({
    params: item(world, relation, "candidate"),
    headers: STALE,
  }),
  "GET /candidates/{id}/matches": (world, relation) => ({ params: item(world, relation, "candidate") }),
  "GET /candidates/{id}/handout": (world, relation) => ({
    params: item(world, relation, "candidate"),
    query: "lang=ar",
  }),
  "GET /candidates/{id}/plan": (world, relation) => ({ params: item(world, relation, "candidate") }),
  "PUT /candidates/{id}/plan": (world, relation) => ({
    params: item(world, relation, "candidate"),
    body: { steps: [] },
    headers: STALE,
  }),
  "GET /candidates/{id}/export": (world, relation) => ({ params: item(world, relation, "candidate") }),
  // A milestone of a referral that does not exist: refused (400) once the candidate is reachable.
  "POST /candidates/{id}/milestones": (world, relation) => ({
    params: item(world, relation, "candidate"),
    body: { type: "mentoring.completed", date: "2026-01-15", referralId: "no-such-referral" },
  }),
  "GET /candidates/{id}/milestones": (world, relation) => ({ params: item(world, relation, "candidate") }),
  "GET /privacy-notice": () => ({ query: "lang=fa" }),
  "POST /candidates/{id}/consents": (world, relation) => ({
    params: item(world, relation, "candidate"),
    body: consentInput({ version: "1999-01" }),
  }),
  "DELETE /candidates/{id}/consents/{scope}": (world, relation) => ({
    params: { ...item(world, relation, "candidate"), scope: "share-contact-after-acceptance" },
    headers: STALE,
  }),
  "POST /referrals": (world, relation) => ({
    body: { candidateId: world[relation].candidate, placeId: world[relation].place },
  }),
  // Filtering by the foreign organisation's place must not reveal its referrals.
  "GET /referrals": (world, relation) => ({
    query: relation === "own" ? undefined : `placeId=${world.foreign.place}`,
  }),
  "GET /referrals/{id}": referralAction,
  "POST /referrals/{id}/accept": referralAction,
  "POST /referrals/{id}/decline": referralAction,
  "POST /referrals/{id}/withdraw": referralAction,
  "POST /referrals/{id}/decision-link": referralAction,
  "GET /decisions/{token}": (world, relation) => ({
    params: { token: unknownDecisionToken(world, relation) },
  }),
  "POST /decisions/{token}": (world, relation) => ({
    params: { token: unknownDecisionToken(world, relation) },
    body: { decision: "accept" },
  }),
  "GET /statistics": (_, relation) => ({ query: orgQuery(relation) }),
  "GET /statistics/targets": () => ({}),
  "GET /statistics/participants": (_, relation) => ({ query: orgQuery(relation) }),
  "GET /topics": (_, relation) => ({
    query: relation === "own" ? "occupation=81302" : `occupation=81302&org=${FOREIGN}`,
  }),
  "GET /statistics/demand": (_, relation) => ({ query: orgQuery(relation) }),
  "GET /organisations": (_, relation) => ({ query: orgQuery(relation) }),
  "GET /organisations/{org}": (_, relation) => ({ params: { org: relation === "own" ? OWN : FOREIGN } }),
  "PUT /organisations/{org}": (_, relation) => ({
    params: { org: relation === "own" ? OWN : FOREIGN },
    body: { name: "Neuer Name", kind: "network" },
    headers: STALE,
  }),
  "GET /me": (_, relation) => ({ query: orgQuery(relation) }),
  "PUT /me": (_, relation) => ({ body: scoped(relation, { name: "Kim Beispiel", notify: "daily" }) }),
  "GET /notifications": (_, relation) => ({ query: orgQuery(relation) }),
  // The caller's own notice; foreign: the notice of the same role in the other organisation.
  "POST /notifications/{id}/read": (world, relation, caller) => ({
    params: { id: world[relation].notices?.[caller?.role ?? "coach"] ?? "no-such-notice" },
  }),
  "POST /employers": (_, relation) => ({
    // Foreign: the other (counselling) organisation named as the employer's own: 400 org.
    body: scoped(relation, { name: "Neuer Betrieb", sector: "C", size: "small", postalCode: "04109" }),
  }),
  "GET /employers": (_, relation) => ({ query: orgQuery(relation) }),
  "GET /employers/{id}": (world, relation) => ({ params: item(world, relation, "employer") }),
  "PATCH /employers/{id}": (world, relation) => ({
    params: item(world, relation, "employer"),
    body: { size: "large" },
    headers: STALE,
  }),
  "DELETE /employers/{id}": (world, relation) => ({
    params: item(world, relation, "employer"),
    headers: STALE,
  }),
  "POST /employers/{id}/sessions": (world, relation) => ({
    params: item(world, relation, "employer"),
    body: { date: "2026-02-03", format: "phone", minutes: 20, topics: ["funding"] },
  }),
  "GET /employers/{id}/sessions": (world, relation) => ({ params: item(world, relation, "employer") }),
  "DELETE /employers/{id}/sessions/{sessionId}": (world, relation) => ({
    params: { id: world[relation].employer, sessionId: world[relation].employerSession },
    headers: STALE,
  }),
  "POST /employers/{id}/measures": (world, relation) => ({
    params: item(world, relation, "employer"),
    body: { title: "Sprachkurs im Betrieb", topic: "language-at-work", due: "2027-03-31" },
  }),
  "GET /employers/{id}/measures": (world, relation) => ({ params: item(world, relation, "employer") }),
  "PATCH /employers/{id}/measures/{measureId}": (world, relation) => ({
    params: { id: world[relation].employer, measureId: world[relation].employerMeasure },
    body: { status: "in-progress" },
    headers: STALE,
  }),
  "GET /statistics/employers": (_, relation) => ({ query: orgQuery(relation) }),
};
