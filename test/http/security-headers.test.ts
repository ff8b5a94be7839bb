import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput } from "../support/fixtures.ts";
import { startTestServer, type TestServer } from "../support/local-server.ts";

/**
 * Every answer through the local gateway — the functions' own (success and problem+json) and the
 * gateway's — carries `nosniff`; only routes that opted in to shared caching (`public, …`) keep
 * their Cache-Control, everything else is `no-store`.
 */
let server: TestServer;
let coach: string;
let employer: string;
beforeAll(async () => {
  server = await startTestServer({ webRoot: join(tmpdir(), "passung-no-web-dist") });
  coach = await server.token("coach", "mozaik");
  employer = await server.token("employer", "firma-muster");
});
afterAll(() => server.close());

async function headersOf(path: string, init: RequestInit = {}) {
  const res = await fetch(`${server.url}${path}`, init);
  await res.arrayBuffer();
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    cache: res.headers.get("cache-control"),
    nosniff: res.headers.get("x-content-type-options"),
  };
}
const bearer = (token: string, extra: Record<string, string> = {}) => ({
  headers: { authorization: `Bearer ${token}`, ...extra },
});
const NO_STORE = { cache: "no-store", nosniff: "nosniff" };

describe("security headers on API answers", () => {
  it("keeps public caching for reference data and the API description", async () => {
    expect(await headersOf("/occupations?q=Koch")).toMatchObject({
      status: 200,
      cache: "public, max-age=86400",
      nosniff: "nosniff",
    });
    expect(await headersOf("/openapi.json")).toMatchObject({
      status: 200,
      cache: "public, max-age=300",
      nosniff: "nosniff",
    });
  });

  it("never caches personal data: candidates, lists, exports", async () => {
    const created = await fetch(`${server.url}/candidates`, {
      method: "POST",
      ...bearer(coach, { "content-type": "application/json", "idempotency-key": "sec-headers-1" }),
      body: JSON.stringify(candidateInput()),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    expect(created.headers.get("x-content-type-options")).toBe("nosniff");
    const { id } = (await created.json()) as { id: string };
    expect(await headersOf(`/candidates/${id}`, bearer(coach))).toMatchObject({ status: 200, ...NO_STORE });
    expect(await headersOf(`/candidates/${id}/export`, bearer(coach))).toMatchObject({
      status: 200,
      ...NO_STORE,
    });
    expect(await headersOf("/mentoring-places", bearer(employer))).toMatchObject({
      status: 200,
      ...NO_STORE,
    });
  });

  it("answers the statistics no-store, as JSON and as CSV (they depend on who asks and on Accept)", async () => {
    expect(await headersOf("/statistics?by=state", bearer(coach))).toMatchObject({
      status: 200,
      ...NO_STORE,
    });
    expect(await headersOf("/statistics?by=state", bearer(coach, { accept: "text/csv" }))).toMatchObject({
      status: 200,
      type: expect.stringMatching(/^text\/csv/),
      ...NO_STORE,
    });
  });

  it("sends both on the functions' problem+json answers", async () => {
    // 400 from the reference function: a public route, but an error is never cacheable.
    expect(await headersOf("/occupations")).toMatchObject({ status: 400, ...NO_STORE });
    // 403 from the statistics function, 404 from the candidates function.
    expect(await headersOf("/statistics", bearer(employer))).toMatchObject({ status: 403, ...NO_STORE });
    expect(await headersOf("/candidates/01JD3Q4Z9K8M2N5P7R0S", bearer(coach))).toMatchObject({
      status: 404,
      type: expect.stringMatching(/^application\/problem\+json/),
      ...NO_STORE,
    });
  });

  it("sends both on the local gateway's own answers", async () => {
    expect(await headersOf("/candidates")).toMatchObject({ status: 401, ...NO_STORE });
    expect(await headersOf("/nowhere", { method: "POST" })).toMatchObject({ status: 404, ...NO_STORE });
    expect(await headersOf("/health", { method: "DELETE" })).toMatchObject({ status: 405, ...NO_STORE });
    const token = await headersOf("/dev/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ role: "coach", org: "mozaik" }),
    });
    expect(token).toMatchObject({ status: 200, ...NO_STORE });
    expect(await headersOf("/")).toMatchObject({ status: 200, cache: "no-cache", nosniff: "nosniff" });
  });
});
