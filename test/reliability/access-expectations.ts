/**
 * The authorization matrix's expectations: for every route of the route table, the status each
 * caller gets for the request of support/route-requests.ts, against its own organisation's item
 * ("own") and the foreign one's ("foreign"). Every caller belongs to the own organisation.
 *
 * - Writes use a stale If-Match: 412 means "may write this item", 404 "cannot see it", 403 "role
 *   may not". Referral actions target a withdrawn referral: 409 means "may act on it".
 * - Where a route has no item, "foreign" names the foreign organisation (`?org=`, an `org` field,
 *   a foreign id): 400 is an unknown field, 403 a refused scope.
 * - `badToken`: any role, own or foreign, with an expired, wrongly signed, `alg: none` or
 *   org-less token. Public routes ignore tokens; guarded and optional ones answer 401.
 *
 * A route missing here fails the matrix: a new route cannot ship without deciding who may call it.
 */
export type Pair = readonly [own: number, foreign: number];
export interface AccessExpectation {
  anonymous: Pair;
  coach: Pair;
  employer: Pair;
  provider: Pair;
  admin: Pair;
  badToken: number;
}

const row = (
  anonymous: Pair,
  coach: Pair,
  employer: Pair,
  provider: Pair,
  admin: Pair,
  badToken: number,
): AccessExpectation => ({ anonymous, coach, employer, provider, admin, badToken });

const PUBLIC = row([200, 200], [200, 200], [200, 200], [200, 200], [200, 200], 200);

// prettier-ignore
export const accessExpectations: Record<string, AccessExpectation> = {
  //                                  anonymous   coach       employer    provider    admin       bad token
  "GET /health":                      PUBLIC,
  "GET /openapi.json":                PUBLIC,
  "GET /occupations":                 PUBLIC,
  "GET /occupations/{code}":          PUBLIC,
  "GET /postal-codes/{code}":         PUBLIC,
  "GET /recognition/bodies":          PUBLIC,

  // A coach creates places only on behalf of an employer record of its own: without onBehalfOf, 400.
  "POST /mentoring-places":           row([401, 401], [400, 400], [201, 400], [403, 400], [201, 400], 401),
  "GET /mentoring-places":            row([401, 401], [200, 403], [200, 403], [403, 403], [200, 200], 401),
  "GET /mentoring-places/{id}":       row([401, 401], [200, 200], [200, 404], [403, 403], [200, 200], 401),
  // A coach manages only its organisation's places kept on behalf of an employer: an employer's place is 404.
  "PATCH /mentoring-places/{id}":     row([401, 401], [404, 404], [412, 404], [403, 403], [412, 412], 401),
  "DELETE /mentoring-places/{id}":    row([401, 401], [404, 404], [412, 404], [403, 403], [412, 412], 401),

  "POST /qualification-offers":       row([401, 401], [403, 400], [403, 400], [201, 400], [201, 400], 401),
  "GET /qualification-offers":        row([200, 403], [200, 403], [200, 403], [200, 403], [200, 200], 401),
  "GET /qualification-offers/{id}":   row([200, 200], [200, 200], [200, 200], [200, 200], [200, 200], 401),
  "PATCH /qualification-offers/{id}": row([401, 401], [403, 403], [403, 403], [412, 404], [412, 412], 401),
  "DELETE /qualification-offers/{id}":row([401, 401], [403, 403], [403, 403], [412, 404], [412, 412], 401),

  // Imports are dry runs of the own export; "foreign" imports into or exports the other organisation.
  "POST /mentoring-places/import":    row([401, 401], [403, 403], [200, 403], [403, 403], [200, 200], 401),
  "GET /mentoring-places/export":     row([401, 401], [403, 403], [200, 403], [403, 403], [200, 200], 401),
  "GET /mentoring-places/import-template": PUBLIC,
  "POST /qualification-offers/import":row([401, 401], [403, 403], [403, 403], [200, 403], [200, 200], 401),
  "GET /qualification-offers/export": row([401, 401], [403, 403], [403, 403], [200, 403], [200, 200], 401),
  "GET /qualification-offers/import-template": PUBLIC,

  "POST /matches":                    row([401, 401], [200, 400], [403, 400], [403, 400], [200, 400], 401),

  "POST /candidates":                 row([401, 401], [201, 400], [403, 400], [403, 400], [201, 400], 401),
  // A coach's ?org= is ignored (own list, nothing foreign); an admin may look into any organisation.
  "GET /candidates":                  row([401, 401], [200, 200], [403, 403], [403, 403], [200, 200], 401),
  "GET /candidates/{id}":             row([401, 401], [200, 404], [403, 403], [403, 403], [200, 200], 401),
  "PATCH /candidates/{id}":           row([401, 401], [412, 404], [403, 403], [403, 403], [412, 412], 401),
  "DELETE /candidates/{id}":          row([401, 401], [412, 404], [403, 403], [403, 403], [412, 412], 401),
  "GET /candidates/{id}/matches":     row([401, 401], [200, 404], [403, 403], [403, 403], [200, 200], 401),
  "GET /candidates/{id}/handout":     row([401, 401], [200, 404], [403, 403], [403, 403], [200, 200], 401),
  // Saving with a stale If-Match where no plan exists yet: 412 for whoever may save.
  "GET /candidates/{id}/plan":        row([401, 401], [200, 404], [403, 403], [403, 403], [200, 200], 401),
  "PUT /candidates/{id}/plan":        row([401, 401], [412, 404], [403, 403], [403, 403], [412, 412], 401),
  "GET /candidates/{id}/export":      row([401, 401], [200, 404], [403, 403], [403, 403], [200, 200], 401),
  // Names a referral that does not exist: 400 referralId for whoever may record, before anything is written.
  "POST /candidates/{id}/milestones": row([401, 401], [400, 404], [403, 403], [403, 403], [400, 400], 401),
  // The information notice names the caller's own organisation: no foreign variant (lang=fa both times).
  "GET /privacy-notice":              row([401, 401], [200, 200], [403, 403], [403, 403], [200, 200], 401),
  // An unpublished notice version: 400 once the candidate is reachable; nothing recorded.
  "POST /candidates/{id}/consents":   row([401, 401], [400, 404], [403, 403], [403, 403], [400, 400], 401),
  // A scope never agreed to: 409 for whoever may withdraw; nothing changes.
  "DELETE /candidates/{id}/consents/{scope}": row([401, 401], [409, 404], [403, 403], [403, 403], [409, 409], 401),
  "GET /candidates/{id}/milestones":  row([401, 401], [200, 404], [403, 403], [403, 403], [200, 200], 401),

  // Own: the open proposal again (409). Foreign: another organisation's candidate (400 candidateId).
  "POST /referrals":                  row([401, 401], [409, 400], [403, 403], [403, 403], [409, 409], 401),
  // A provider lists the referrals to its offers; the seeded referral is to a place: not the provider's (404).
  "GET /referrals":                   row([401, 401], [200, 200], [200, 200], [200, 200], [200, 200], 401),
  "GET /referrals/{id}":              row([401, 401], [200, 404], [200, 404], [404, 404], [200, 200], 401),
  "POST /referrals/{id}/accept":      row([401, 401], [403, 404], [409, 404], [404, 404], [409, 409], 401),
  "POST /referrals/{id}/decline":     row([401, 401], [403, 404], [409, 404], [404, 404], [409, 409], 401),
  "POST /referrals/{id}/withdraw":    row([401, 401], [409, 404], [403, 404], [403, 403], [409, 409], 401),
  // The seeded referral's place is no place on behalf: 409 for whoever sees it and may send links.
  "POST /referrals/{id}/decision-link": row([401, 401], [409, 404], [403, 403], [403, 403], [409, 409], 401),
  // Public: the token is the credential. A well-signed token of a link that was never stored: 404.
  "GET /decisions/{token}":           row([404, 404], [404, 404], [404, 404], [404, 404], [404, 404], 404),
  "POST /decisions/{token}":          row([404, 404], [404, 404], [404, 404], [404, 404], [404, 404], 404),

  "GET /statistics":                  row([401, 401], [200, 400], [403, 400], [403, 400], [200, 400], 401),
  // People, not events (issue 30): the funder's figures, for whoever reads the statistics.
  "GET /statistics/participants":     row([401, 401], [200, 400], [403, 400], [403, 400], [200, 400], 401),
  // Unmet demand of the network: what providers should build next, so providers read it too.
  "GET /statistics/demand":           row([401, 401], [200, 400], [403, 400], [200, 400], [200, 400], 401),
  // Employer counselling in figures (issue 29): coaches and admins; foreign sends ?org= (unknown: 400).
  "GET /statistics/employers":        row([401, 401], [200, 400], [403, 400], [403, 400], [200, 400], 401),
  // The network's targets: the same for everyone allowed to see statistics.
  "GET /statistics/targets":          row([401, 401], [200, 200], [403, 403], [403, 403], [200, 200], 401),
  // Topics in use per Berufsgruppe: coaches and providers converge on words; foreign sends ?org= (unknown).
  "GET /topics":                      row([401, 401], [200, 400], [403, 400], [200, 400], [200, 400], 401),

  // Organisations are no secret: everyone signed in reads any. Only members (or admins) describe one.
  "GET /organisations":               row([401, 401], [403, 400], [403, 400], [403, 400], [200, 400], 401),
  "GET /organisations/{org}":         row([401, 401], [200, 200], [200, 200], [200, 200], [200, 200], 401),
  "PUT /organisations/{org}":         row([401, 401], [412, 403], [412, 403], [412, 403], [412, 412], 401),
  // The own profile; "foreign" sends another organisation in the body (400, the token decides).
  "GET /me":                          row([401, 401], [200, 200], [200, 200], [200, 200], [200, 200], 401),
  "PUT /me":                          row([401, 401], [200, 400], [200, 400], [200, 400], [200, 400], 401),

  // The own inbox; "foreign" asks for another organisation's (?org=, an unknown field: 400).
  "GET /notifications":               row([401, 401], [200, 400], [200, 400], [200, 400], [200, 400], 401),
  // The caller's own notice, or another user's (the same role's in the other organisation): 404, admins too.
  "POST /notifications/{id}/read":    row([401, 401], [200, 404], [200, 404], [200, 404], [200, 404], 401),

  // Employer records (issue 29): a counselling organisation's own; another one's are 404, admins'
  // too. Foreign POST names the other organisation as the employer's own (not an employer: 400 org).
  "POST /employers":                  row([401, 401], [201, 400], [403, 403], [403, 403], [201, 400], 401),
  "GET /employers":                   row([401, 401], [200, 400], [403, 400], [403, 400], [200, 400], 401),
  "GET /employers/{id}":              row([401, 401], [200, 404], [403, 403], [403, 403], [200, 404], 401),
  "PATCH /employers/{id}":            row([401, 401], [412, 404], [403, 403], [403, 403], [412, 404], 401),
  "DELETE /employers/{id}":           row([401, 401], [412, 404], [403, 403], [403, 403], [412, 404], 401),
  "POST /employers/{id}/sessions":    row([401, 401], [201, 404], [403, 403], [403, 403], [201, 404], 401),
  "GET /employers/{id}/sessions":     row([401, 401], [200, 404], [403, 403], [403, 403], [200, 404], 401),
  "DELETE /employers/{id}/sessions/{sessionId}": row([401, 401], [412, 404], [403, 403], [403, 403], [412, 404], 401),
  "POST /employers/{id}/measures":    row([401, 401], [201, 404], [403, 403], [403, 403], [201, 404], 401),
  "GET /employers/{id}/measures":     row([401, 401], [200, 404], [403, 403], [403, 403], [200, 404], 401),
  "PATCH /employers/{id}/measures/{measureId}": row([401, 401], [412, 404], [403, 403], [403, 403], [412, 404], 401),
};
