import { beforeAll, describe, expect, it } from "vitest";
import { MAX_FIELD_ERRORS } from "../../shared/domain/errors.ts";
import { testDeps } from "../support/db.ts";
import { offerInput, placeInput } from "../support/fixtures.ts";
import { type Api, directApi } from "./support/api.ts";
import { OWN, seedWorld, type World } from "./support/world.ts";

/**
 * What fuzzing and probing found, pinned as plain examples: each of these was a 5xx (or an answer
 * too large for Lambda) before it was fixed.
 */
let api: Api;
let world: World;
const provider = { role: "provider" as const, org: OWN };
const employer = { role: "employer" as const, org: OWN };

beforeAll(async () => {
  api = directApi(await testDeps());
  world = await seedWorld(api);
});

const pathsOf = (body: unknown) =>
  ((body as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

describe("fuzz findings", () => {
  // 5e-324 passes `minimum(0)`, but DynamoDB stores only magnitudes 1e-130 … 1e126.
  it("refuses numbers DynamoDB cannot store with a 400 naming the field", async () => {
    for (const costEur of [5e-324, 1e-131]) {
      const created = await api("POST /qualification-offers", {
        caller: provider,
        body: offerInput({ costEur }),
      });
      expect([created.status, pathsOf(created.body)]).toEqual([400, ["costEur"]]);
      const patched = await api("PATCH /qualification-offers/{id}", {
        caller: provider,
        params: { id: world.own.offer },
        body: { costEur },
        headers: { "if-match": "*" },
      });
      expect([patched.status, pathsOf(patched.body)]).toEqual([400, ["costEur"]]);
    }
    const fine = await api("POST /qualification-offers", {
      caller: provider,
      body: offerInput({ costEur: 0.5 }),
    });
    expect(fine.status).toBe(201);
  });

  // DynamoDB refuses keys over 2 KB: a long id used to reach it and fail there.
  it("answers 404 for a path parameter too long to be an id", async () => {
    for (const key of [
      "GET /mentoring-places/{id}",
      "DELETE /candidates/{id}",
      "POST /referrals/{id}/accept",
    ]) {
      const res = await api(key, {
        caller: key.includes("candidates") ? { role: "coach", org: OWN } : employer,
        params: { id: "x".repeat(3000) },
        headers: { "if-match": "*" },
      });
      expect([key, res.status]).toEqual([key, 404]);
    }
  });

  // 100 000 bad array elements in a 256 KB body answered 20 MB of field errors (Lambda: 6 MB).
  it("lists at most MAX_FIELD_ERRORS field errors and says how many more there are", async () => {
    const res = await api("POST /mentoring-places", {
      caller: employer,
      body: JSON.stringify({ ...placeInput(), kinds: new Array(100_000).fill(0) }),
    });
    expect(res.status).toBe(400);
    expect(pathsOf(res.body)).toHaveLength(MAX_FIELD_ERRORS);
    expect((res.body as { detail: string }).detail).toMatch(/und 99950 weitere$/);
    expect(res.text.length).toBeLessThan(16 * 1024);
  });

  it("names the body itself when it is not an object", async () => {
    for (const body of ["[1,2]", "42", '"text"', "null", "{not json"]) {
      const res = await api("POST /candidates", { caller: { role: "coach", org: OWN }, body });
      expect([body, res.status, pathsOf(res.body)]).toEqual([body, 400, ["body"]]);
    }
    const missing = await api("POST /candidates", { caller: { role: "coach", org: OWN } });
    expect([missing.status, pathsOf(missing.body)]).toEqual([400, ["body"]]);
  });
});
