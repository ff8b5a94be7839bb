import { describe, expect, it } from "vitest";
import { handler } from "../../functions/reference/index.ts";
import { location } from "../../shared/schemas/common.ts";
import * as z from "../../shared/schemas/z.ts";
import { invoke } from "../support/events.ts";

const PROBLEM = /^application\/problem\+json/;
const CACHE = "public, max-age=86400";
const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((error) => error.path);

describe("GET /occupations", () => {
  it("answers ranked hits, cacheable", async () => {
    const res = await invoke(handler, "GET /occupations", {
      query: "q=Elektroniker%20Gebaudetechnik&limit=3",
    });
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe(CACHE);
    expect(res.body.items).toHaveLength(3);
    expect(res.body.items[0]).toMatchObject({
      code: "26212",
      matched: "Elektroniker/in - Energie- und Gebäudetechnik",
    });
  });

  it("finds an abbreviation's occupation and nothing for made-up words (issue 31)", async () => {
    const mfa = await invoke(handler, "GET /occupations", { query: "q=MFA&limit=8" });
    expect(mfa.body.items[0]).toMatchObject({ code: "81102", matched: "Medizinische/r Fachangestellte/r" });
    const nonsense = await invoke(handler, "GET /occupations", {
      query: `q=${encodeURIComponent("Quantenmechaniker für Einhörner")}&limit=8`,
    });
    expect(nonsense.status).toBe(200);
    expect(nonsense.body.items).toEqual([]);
  });

  it("defaults the limit to 10 and searches codes", async () => {
    const res = await invoke(handler, "GET /occupations", { query: "q=2" });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(10);
    expect(res.body.items.every((hit: { code: string }) => hit.code.startsWith("2"))).toBe(true);
    const exact = await invoke(handler, "GET /occupations", { query: "q=81302" });
    expect(exact.body.items[0].code).toBe("81302");
  });

  it("names the named occupation with its KldB id, to take as a reference occupation (issue 28)", async () => {
    const byText = await invoke(handler, "GET /occupations", {
      query: "q=Pflegefachmann%20Ausbildung&limit=5",
    });
    expect(byText.body.items).toContainEqual(
      expect.objectContaining({
        code: "81302",
        namedOccupation: { code: "81302-129", title: "Pflegefachmann/-frau (Ausbildung)" },
      }),
    );
    const byId = await invoke(handler, "GET /occupations", { query: "q=81302-129" });
    expect(byId.body.items[0].namedOccupation).toEqual({
      code: "81302-129",
      title: "Pflegefachmann/-frau (Ausbildung)",
    });
  });

  it("rejects a missing, empty or too long q and a limit outside 1..50, naming the fields", async () => {
    for (const query of [undefined, "q=", "q=%20%20", `q=${"a".repeat(101)}`]) {
      const res = await invoke(handler, "GET /occupations", { query });
      expect(res.status, String(query)).toBe(400);
      expect(res.headers["content-type"]).toMatch(PROBLEM);
      expect(paths(res.body)).toEqual(["query.q"]);
    }
    for (const limit of ["0", "51", "2.5", "viele"]) {
      const res = await invoke(handler, "GET /occupations", { query: `q=Koch&limit=${limit}` });
      expect(res.status, limit).toBe(400);
      expect(paths(res.body)).toEqual(["query.limit"]);
    }
    const unknown = await invoke(handler, "GET /occupations", { query: "q=Koch&sort=asc" });
    expect(unknown.status).toBe(400);
    expect(paths(unknown.body)).toEqual(["query.sort"]);
  });

  it("does not cache error answers", async () => {
    const res = await invoke(handler, "GET /occupations", { query: "limit=5" });
    expect(res.headers["cache-control"]).toBe("no-store");
  });
});

describe("GET /occupations/{code}", () => {
  it("answers the occupation, cacheable", async () => {
    const res = await invoke(handler, "GET /occupations/{code}", { params: { code: "26212" } });
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe(CACHE);
    expect(res.body).toMatchObject({
      code: "26212",
      shortTitle: "Bauelektrik - Fachkraft",
      group: { code: "262", title: "Energietechnik" },
      subgroup: { code: "2621" },
    });
    expect(res.body.namedOccupations).toContain("Elektroniker/in - Energie- und Gebäudetechnik");
    expect(res.body.named).toContainEqual({
      code: "26212-110",
      title: "Elektroniker/in - Energie- und Gebäudetechnik",
    });
  });

  it("rejects a malformed code with a problem naming code", async () => {
    for (const code of ["2621", "262123", "abcde", "1104"]) {
      const res = await invoke(handler, "GET /occupations/{code}", { params: { code } });
      expect(res.status, code).toBe(400);
      expect(res.headers["content-type"]).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ status: 400, title: "Ungültige Eingabe" });
      expect(paths(res.body)).toEqual(["code"]);
    }
  });

  it("answers 404 for a well-formed unknown code", async () => {
    const res = await invoke(handler, "GET /occupations/{code}", { params: { code: "99999" } });
    expect(res.status).toBe(404);
    expect(res.headers["content-type"]).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ status: 404, type: expect.stringMatching(/not-found$/) });
    expect(res.body.detail).toContain("99999");
  });
});

describe("GET /postal-codes/{code}", () => {
  it("answers the resolved Location, cacheable", async () => {
    const res = await invoke(handler, "GET /postal-codes/{code}", { params: { code: "33330" } });
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe(CACHE);
    expect(z.safeParse(location, res.body).success).toBe(true);
    expect(res.body).toMatchObject({
      postalCode: "33330",
      place: "Gütersloh",
      district: { code: "05754", name: "Kreis Gütersloh" },
      state: { code: "05", name: "Nordrhein-Westfalen" },
    });
  });

  it("rejects a malformed postal code with a problem naming code", async () => {
    for (const code of ["3333", "333300", "D-333"]) {
      const res = await invoke(handler, "GET /postal-codes/{code}", { params: { code } });
      expect(res.status, code).toBe(400);
      expect(res.headers["content-type"]).toMatch(PROBLEM);
      expect(paths(res.body)).toEqual(["code"]);
    }
  });

  it("answers 404 for an unknown postal code", async () => {
    const res = await invoke(handler, "GET /postal-codes/{code}", { params: { code: "00000" } });
    expect(res.status).toBe(404);
    expect(res.headers["content-type"]).toMatch(PROBLEM);
    expect(res.headers["cache-control"]).toBe("no-store");
  });
});

describe("dispatch", () => {
  it("answers 404 problem+json for a route the function does not serve", async () => {
    const res = await invoke(handler, "GET /nowhere");
    expect(res.status).toBe(404);
    expect(res.headers["content-type"]).toMatch(PROBLEM);
  });
});
