import type { Context } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import { importRoutes } from "../../functions/imports/routes.ts";
import { buildApiEvent } from "../../local/api-event.ts";
import { qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { writeCsv } from "../../shared/csv/csv-write.ts";
import { IMPORT_LIMITS } from "../../shared/csv/limits.ts";
import { OFFER_COLUMNS } from "../../shared/csv/offer-columns.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, claimsFor, invoke } from "../support/events.ts";

let imports: RouteHandler;
let offers: RouteHandler;

beforeAll(async () => {
  const deps = await testDeps();
  imports = dispatch(importRoutes(deps, { ...IMPORT_LIMITS, concurrency: 2 }));
  offers = dispatch(listingHandlers(qualificationOfferResource, deps));
});

async function upload(csv: string, caller: Caller) {
  const event = buildApiEvent({
    method: "POST",
    routePath: "/qualification-offers/import",
    rawPath: "/qualification-offers/import",
    rawQueryString: "",
    headers: { "content-type": "text/csv" },
    body: Buffer.from(csv),
    claims: claimsFor(caller),
  });
  const result = await imports(event, {} as Context);
  return { status: result.statusCode, body: JSON.parse(result.body ?? "{}") };
}

const headers = OFFER_COLUMNS.columns.map((c) => c.header);
/** The template's example row with `Module` (and Externe ID) set; without the column when `modules` is undefined. */
function offerFile(key: string, modules: string | undefined) {
  const example = OFFER_COLUMNS.columns.map((c) => {
    const value = c.path
      .split(".")
      .reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], OFFER_COLUMNS.example);
    return c.format.write(value);
  });
  const row = example.map((cell, i) =>
    headers[i] === "Externe ID" ? key : headers[i] === "Module" ? (modules ?? "") : cell,
  );
  const keep = (i: number) => modules !== undefined || headers[i] !== "Module";
  return writeCsv([headers.filter((_, i) => keep(i)), row.filter((_, i) => keep(i))]);
}

async function stored(caller: Caller, key: string) {
  const list = await invoke(offers, "GET /qualification-offers", { caller });
  return list.body.items.find((i: { externalId?: string }) => i.externalId === key);
}

describe("an offer's modules in the CSV file (issue 28)", () => {
  it("imports one module per line, exports them the same way, and re-imports the export unchanged", async () => {
    const caller: Caller = { role: "provider", org: "module-csv" };
    const cell = [
      "Pflegeprozess |  Pflegeprozess ;Pflegediagnostik | 120 | Theorie | 1.9.27, 01.03.2027 | M1",
      "",
      "Praxiseinsatz Akutpflege | Akutpflege | 200 | praxis",
      "Fachsprache | Pflegefachsprache | 80 | Sprache | 2027-04-01",
    ].join("\r\n");
    const res = await upload(offerFile("MOD-1", cell), caller);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1 });
    expect((await stored(caller, "MOD-1")).modules).toEqual([
      {
        id: "M1",
        title: "Pflegeprozess",
        topics: ["Pflegeprozess", "Pflegediagnostik"],
        hours: 120,
        kind: "theory",
        startDates: ["2027-03-01", "2027-09-01"],
      },
      { id: "m2", title: "Praxiseinsatz Akutpflege", topics: ["Akutpflege"], hours: 200, kind: "practice" },
      {
        id: "m3",
        title: "Fachsprache",
        topics: ["Pflegefachsprache"],
        hours: 80,
        kind: "language",
        startDates: ["2027-04-01"],
      },
    ]);
    const exported = await invoke(imports, "GET /qualification-offers/export", { caller });
    expect(exported.body).toContain(
      '"Pflegeprozess | Pflegeprozess; Pflegediagnostik | 120 | Theorie | 01.03.2027, 01.09.2027 | M1\n' +
        "Praxiseinsatz Akutpflege | Akutpflege | 200 | Praxis |  | m2\n" +
        'Fachsprache | Pflegefachsprache | 80 | Sprache | 01.04.2027 | m3"',
    );
    expect((await upload(exported.body, caller)).body).toMatchObject({ unchanged: 1 });
  });

  it("still imports files made before the column, and an empty cell as no modules", async () => {
    const caller: Caller = { role: "provider", org: "module-old" };
    const res = await upload(offerFile("OLD-1", undefined), caller);
    expect(res.status).toBe(200);
    expect((await stored(caller, "OLD-1")).modules).toBeUndefined();
    expect((await upload(offerFile("OLD-2", ""), caller)).status).toBe(200);
    expect((await stored(caller, "OLD-2")).modules).toBeUndefined();
  });

  it("names the row and the column Module for a bad module, and writes nothing", async () => {
    const caller: Caller = { role: "provider", org: "module-bad" };
    const bad = async (cell: string) => {
      const res = await upload(offerFile("BAD-1", cell), caller);
      expect(res.status, cell).toBe(422);
      expect(
        res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
        cell,
      ).toEqual([[2, "Module"]]);
      return res.body.errors[0].message as string;
    };
    expect(await bad("Pflege | Anatomie | 40")).toMatch(/Modul 1 „Pflege \| Anatomie \| 40“: erwartet/);
    expect(await bad("Pflege | Anatomie | 40 | Theorie | | M1 | zu viel")).toMatch(/Modul 1/);
    expect(await bad("Pflege | Anatomie | vierzig | Theorie")).toMatch(/Modul 1: „vierzig“ ist keine Zahl/);
    expect(await bad("Pflege | Anatomie | 40 | Vorlesung")).toMatch(
      /Modul 1: „Vorlesung“ ist unbekannt; erlaubt: Theorie, Praxis, Sprache/,
    );
    expect(await bad("Pflege | Anatomie | 40 | Theorie | 31.02.2027")).toMatch(
      /Modul 1: „31.02.2027“ ist kein Datum/,
    );
    expect(await bad("Pflege | Anatomie | 0 | Theorie")).toBeTruthy();
    expect(
      await bad("Pflege | Anatomie | 40 | Theorie\nPflege | Anatomie | 40 | Theorie | | m1"),
    ).toBeTruthy();
    expect(await bad("Pflege | Anatomie; anatomie | 40 | Theorie")).toBeTruthy();
    expect(await stored(caller, "BAD-1")).toBeUndefined();
  });
});
