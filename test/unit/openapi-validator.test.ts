import { describe, expect, it } from "vitest";
import { buildOpenApi } from "../../shared/http/openapi.ts";
import { problem } from "../../shared/http/problem-middleware.ts";
import { json } from "../../shared/http/response.ts";
import { routes } from "../../shared/http/routes.ts";
import { describeMismatch, openApiValidator } from "../support/openapi-validator.ts";

/** The validator every answer of the integration, http and e2e tiers goes through (openapi-check.ts). */
const { check } = openApiValidator(buildOpenApi(routes, { title: "Passung API", version: "test" }));

const occupation = {
  code: "26212",
  title: "Berufe in der Elektrotechnik – fachlich ausgerichtete Tätigkeiten",
  shortTitle: "Elektrotechnik",
  group: { code: "262", title: "Energietechnik" },
  subgroup: { code: "2621", title: "Elektrotechnik" },
  namedOccupations: ["Elektroniker/in – Energie- und Gebäudetechnik"],
  named: [{ code: "26212-110", title: "Elektroniker/in – Energie- und Gebäudetechnik" }],
};
const history = [{ status: "proposed", at: "2026-11-23T10:00:00.000Z", by: "coach-1", role: "coach" }];
const referral = {
  id: "R1",
  candidateId: "C1",
  org: "mozaik",
  placeId: "P1",
  placeTitle: "Mentoring Pflege",
  placeOrg: "klinikum",
  status: "proposed",
  profile: { occupation: "81302", languages: ["ar"], district: { code: "05754", name: "Gütersloh" } },
  history,
  version: 1,
  createdAt: "2026-11-23T10:00:00.000Z",
  updatedAt: "2026-11-23T10:00:00.000Z",
};
const { candidateId: _c, org: _o, ...forEmployer } = referral;
const employerView = { ...forEmployer, history: history.map(({ by: _by, ...change }) => change) };
const drift = (...args: Parameters<typeof check>) => {
  const mismatch = check(...args);
  return mismatch && describeMismatch(mismatch);
};

describe("OpenAPI answer validator", () => {
  it("accepts answers as the document describes them", () => {
    expect(check("GET", "/health", json(200, { status: "ok" }))).toBeUndefined();
    expect(check("GET", "/occupations/{code}", json(200, occupation))).toBeUndefined();
    expect(check("GET", "/occupations/{code}", problem(404, "not-found", "Nicht gefunden"))).toBeUndefined();
    const csv = { statusCode: 200, headers: { "content-type": "text/csv; charset=utf-8" }, body: "a;b\r\n" };
    expect(check("GET", "/statistics", csv)).toBeUndefined();
    expect(check("DELETE", "/candidates/{id}", { statusCode: 204, headers: {} })).toBeUndefined();
  });

  it("accepts each role's view of a referral as exactly one documented view", () => {
    const items = (item: unknown) => json(200, { items: [item] });
    expect(check("GET", "/referrals", items(referral))).toBeUndefined();
    expect(check("GET", "/referrals", items(employerView))).toBeUndefined();
    // The employer's view with a coach's user id in its history is neither view.
    const leaky = { ...employerView, history };
    expect(drift("GET", "/referrals", items(leaky))).toMatch(/^GET \/referrals → 200: body\/items\/0/);
  });

  it("fails a body missing a required field, naming its path", () => {
    const { title: _title, ...withoutTitle } = occupation;
    expect(drift("GET", "/occupations/{code}", json(200, withoutTitle))).toBe(
      "GET /occupations/{code} → 200: body/title must have required property 'title'",
    );
    const { by: _by, ...change } = history[0] ?? {};
    expect(drift("POST", "/referrals/{id}/withdraw", json(200, { ...referral, history: [change] }))).toBe(
      "POST /referrals/{id}/withdraw → 200: body/history/0/by must have required property 'by'",
    );
  });

  it("fails a field the schema does not know, and a wrong type deep inside", () => {
    expect(drift("GET", "/occupations/{code}", json(200, { ...occupation, extra: 1 }))).toBe(
      "GET /occupations/{code} → 200: body/extra must NOT have additional properties",
    );
    const badGroup = { ...occupation, group: { code: 262, title: "Energietechnik" } };
    expect(drift("GET", "/occupations/{code}", json(200, badGroup))).toBe(
      "GET /occupations/{code} → 200: body/group/code must be string",
    );
  });

  it("fails an undeclared status, a wrong media type and a missing body", () => {
    expect(drift("GET", "/health", json(202, { status: "ok" }))).toMatch(
      /^GET \/health → 202: status is not declared \(declared: 200, 500, 503\)$/,
    );
    const text = { statusCode: 200, headers: { "content-type": "text/plain" }, body: "ok" };
    expect(drift("GET", "/health", text)).toBe(
      'GET /health → 200: headers/content-type "text/plain" is not declared (application/json)',
    );
    const problemAsJson = { ...problem(404, "not-found", "Nicht gefunden"), headers: json(200, {}).headers };
    expect(drift("GET", "/occupations/{code}", problemAsJson)).toMatch(
      /headers\/content-type "application\/json"/,
    );
    expect(
      drift("GET", "/health", { statusCode: 200, headers: { "content-type": "application/json" } }),
    ).toBe("GET /health → 200: body is missing");
    expect(drift("DELETE", "/candidates/{id}", json(204, {}))).toBe(
      "DELETE /candidates/{id} → 204: body is not declared (no content)",
    );
  });

  it("fails a missing required header, a malformed declared one, and a drifting problem", () => {
    const created = json(201, { id: "x" });
    expect(drift("POST", "/referrals", created)).toBe(
      "POST /referrals → 201: headers/Location is required but missing",
    );
    const weakEtag = json(200, occupation, { etag: "W/1" });
    expect(drift("GET", "/candidates/{id}", weakEtag)).toBe(
      'GET /candidates/{id} → 200: headers/ETag "W/1" does not match its schema',
    );
    const unavailable = problem(503, "service-unavailable", "Vorübergehend nicht verfügbar");
    expect(drift("GET", "/health", unavailable)).toBe(
      "GET /health → 503: headers/Retry-After is required but missing",
    );
    const badErrors = problem(400, "validation-error", "Ungültige Eingabe", "x", {
      errors: [{ message: "?" }],
    });
    expect(drift("POST", "/matches", badErrors)).toBe(
      "POST /matches → 400: body/errors/0/path must have required property 'path'",
    );
  });
});
