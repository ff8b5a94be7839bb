import { beforeAll, describe, expect, it } from "vitest";
import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { mentoringPlaceResource } from "../../shared/app/listing-resources.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { placeInput } from "../support/fixtures.ts";

const employer = { role: "employer" as const, org: "klinikum-guetersloh" };
const otherEmployer = { role: "employer" as const, org: "stadtwerke-bielefeld" };
const coach = { role: "coach" as const, org: "mozaik" };
const provider = { role: "provider" as const, org: "pro-arbeit" };

let deps: Deps;
let handler: ReturnType<typeof dispatch>;
const call = (routeKey: string, options: Parameters<typeof invoke>[2]) => invoke(handler, routeKey, options);
const create = (caller = employer, overrides = {}) =>
  call("POST /mentoring-places", { caller, body: placeInput(overrides) });

beforeAll(async () => {
  deps = await testDeps();
  handler = dispatch(listingHandlers(mentoringPlaceResource, deps));
});

describe("mentoring places", () => {
  it("creates a draft with a resolved location, version 1 and an ETag", async () => {
    const res = await create();
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/mentoring-places/${res.body.id}`);
    expect(res.body).toMatchObject({
      org: employer.org,
      status: "draft",
      version: 1,
      acceptedCount: 0,
      location: { postalCode: "33330", place: "Gütersloh", district: { code: "05754" } },
    });
  });

  it("names every bad field and writes nothing", async () => {
    const before = await call("GET /mentoring-places", { caller: otherEmployer });
    const res = await call("POST /mentoring-places", {
      caller: otherEmployer,
      body: placeInput({
        title: 5,
        capacity: 0,
        occupations: [],
        contact: { name: "x", email: "nope" },
        extra: 1,
      }),
    });
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(
      ["capacity", "contact.email", "extra", "occupations", "title"].sort(),
    );
    const after = await call("GET /mentoring-places", { caller: otherEmployer });
    expect(after.body.items).toEqual(before.body.items);
  });

  it("rejects unknown reference codes by field", async () => {
    const res = await create(employer, {
      occupations: ["81302", "99999"],
      location: { postalCode: "00000" },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      "occupations[1]",
      "location.postalCode",
    ]);
  });

  it("rejects malformed JSON with 400 problem+json", async () => {
    const res = await call("POST /mentoring-places", { caller: employer, body: "{not json" });
    expect(res.status).toBe(400);
    expect(res.body.type).toMatch(/validation-error$/);
  });

  it("hides drafts from other organisations and from coaches; 403 for providers, 401 anonymous", async () => {
    const { body: draft } = await create();
    const params = { id: draft.id };
    expect((await call("GET /mentoring-places/{id}", { caller: employer, params })).status).toBe(200);
    const foreign = await call("GET /mentoring-places/{id}", { caller: otherEmployer, params });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).not.toContain(draft.title);
    expect((await call("GET /mentoring-places/{id}", { caller: coach, params })).status).toBe(404);
    expect((await call("GET /mentoring-places/{id}", { caller: provider, params })).status).toBe(403);
    expect((await call("GET /mentoring-places/{id}", { params })).status).toBe(401);
    // A coach creates places only on behalf of one of its organisation's employer records (issue 29).
    const byCoach = await call("POST /mentoring-places", { caller: coach, body: placeInput() });
    expect(byCoach.status).toBe(400);
    expect((byCoach.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      "onBehalfOf",
    ]);
  });

  it("publishes with If-Match, shows coaches the place without contact, archives on DELETE", async () => {
    const { body: draft } = await create();
    const params = { id: draft.id };
    const noMatch = await call("PATCH /mentoring-places/{id}", {
      caller: employer,
      params,
      body: { status: "published" },
    });
    expect(noMatch.status).toBe(428);
    const stale = await call("PATCH /mentoring-places/{id}", {
      caller: employer,
      params,
      headers: { "if-match": '"7"' },
      body: { status: "published" },
    });
    expect(stale.status).toBe(412);
    const foreign = await call("PATCH /mentoring-places/{id}", {
      caller: otherEmployer,
      params,
      headers: { "if-match": '"1"' },
      body: { status: "published" },
    });
    expect(foreign.status).toBe(404);

    const published = await call("PATCH /mentoring-places/{id}", {
      caller: employer,
      params,
      headers: { "if-match": '"1"' },
      body: { status: "published", capacity: 3 },
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: "published",
      capacity: 3,
      version: 2,
      title: draft.title,
    });
    expect(published.headers.etag).toBe('"2"');

    const seen = await call("GET /mentoring-places/{id}", { caller: coach, params });
    expect(seen.status).toBe(200);
    expect(seen.body.contact).toBeUndefined();
    const listed = await call("GET /mentoring-places", { caller: coach });
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(draft.id);

    const archived = await call("DELETE /mentoring-places/{id}", {
      caller: employer,
      params,
      headers: { "if-match": '"2"' },
    });
    expect(archived.status).toBe(200);
    expect(archived.body.status).toBe("archived");
    expect((await call("GET /mentoring-places/{id}", { caller: coach, params })).status).toBe(404);
  });

  it("validates the merged state of a PATCH and leaves the item unchanged on error", async () => {
    const { body: draft } = await create();
    const params = { id: draft.id };
    const res = await call("PATCH /mentoring-places/{id}", {
      caller: employer,
      params,
      headers: { "if-match": '"1"' },
      body: { availableUntil: "2026-01-01", acceptedCount: 5 },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["acceptedCount"]);
    const bad = await call("PATCH /mentoring-places/{id}", {
      caller: employer,
      params,
      headers: { "if-match": '"1"' },
      body: { availableUntil: "2026-01-01" },
    });
    expect(bad.body.errors).toEqual([{ path: "availableUntil", message: "Ende liegt vor dem Beginn" }]);
    const after = await call("GET /mentoring-places/{id}", { caller: employer, params });
    expect(after.body.version).toBe(1);
    expect(after.body.availableUntil).toBeUndefined();
  });

  it("deletes a draft for good", async () => {
    const { body: draft } = await create();
    const params = { id: draft.id };
    const res = await call("DELETE /mentoring-places/{id}", {
      caller: employer,
      params,
      headers: { "if-match": '"1"' },
    });
    expect(res.status).toBe(204);
    expect((await call("GET /mentoring-places/{id}", { caller: employer, params })).status).toBe(404);
  });

  it("replays a POST with the same Idempotency-Key and refuses the key for another body", async () => {
    const caller = { role: "employer" as const, org: "idem-gmbh" };
    const headers = { "idempotency-key": "create-123" };
    const first = await call("POST /mentoring-places", { caller, headers, body: placeInput() });
    const again = await call("POST /mentoring-places", { caller, headers, body: placeInput() });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const other = await call("POST /mentoring-places", {
      caller,
      headers,
      body: placeInput({ capacity: 4 }),
    });
    expect(other.status).toBe(422);
    const list = await call("GET /mentoring-places", { caller });
    expect(list.body.items).toHaveLength(1);
  });

  it("pages an organisation's list with an opaque cursor that cannot cross organisations", async () => {
    const caller = { role: "employer" as const, org: "paging-ag" };
    for (let i = 0; i < 5; i++) await create(caller, { title: `Platz ${i}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call("GET /mentoring-places", {
        caller,
        query: `limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((i: { id: string }) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(5);

    const first = await call("GET /mentoring-places", { caller, query: "limit=1" });
    const stolen = await call("GET /mentoring-places", {
      caller: otherEmployer,
      query: `cursor=${first.body.nextCursor}`,
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body.errors[0].path).toBe("query.cursor");
  });
});
