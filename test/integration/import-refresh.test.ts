import type { Context } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import { offerRows } from "../../bench/import.ts";
import { importRoutes } from "../../functions/imports/routes.ts";
import { buildApiEvent } from "../../local/api-event.ts";
import { writeCsv } from "../../shared/csv/csv-write.ts";
import { IMPORT_LIMITS } from "../../shared/csv/limits.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, claimsFor, invoke } from "../support/events.ts";
import { offerInput } from "../support/fixtures.ts";

let deps: Deps;
let imports: RouteHandler;
let offers: RouteHandler;

beforeAll(async () => {
  deps = await testDeps();
  imports = dispatch(importRoutes(deps));
  offers = dispatch(listingHandlers(qualificationOfferResource, deps));
});

const providerOf = (org: string): Caller => ({ role: "provider", org });

/** POST …/import as API Gateway passes a text/csv upload: base64-encoded bytes. */
async function upload(file: string, caller: Caller, query = "", handler = imports) {
  const event = buildApiEvent({
    method: "POST",
    routePath: "/qualification-offers/import",
    rawPath: "/qualification-offers/import",
    rawQueryString: query,
    headers: { "content-type": "text/csv; charset=utf-8" },
    body: Buffer.from(file),
    claims: claimsFor(caller),
  });
  const result = await handler(event, {} as Context);
  return { status: result.statusCode, body: JSON.parse(result.body ?? "{}") };
}

const items = async (caller: Caller, query = "") =>
  (await invoke(offers, "GET /qualification-offers", { caller, query: `limit=100${query}` })).body.items as {
    id: string;
    externalId?: string;
    title: string;
    version: number;
  }[];

describe("refresh, not duplicate", () => {
  it("completes an interrupted import on a re-run, without duplicates", async () => {
    const caller = providerOf("abgebrochen");
    const rows = offerRows(60, "RUN");
    // As if the first run had died after 25 rows: they are in, the rest is not.
    expect((await upload(writeCsv(rows.slice(0, 26)), caller)).body).toMatchObject({ created: 25 });
    expect((await upload(writeCsv(rows), caller)).body).toMatchObject({ created: 35, unchanged: 25 });
    expect(await items(caller)).toHaveLength(60);
  });

  it("answers 503 when the write budget runs out; the same file then completes", async () => {
    const caller = providerOf("zeitlimit");
    const file = writeCsv(offerRows(10, "ZEIT"));
    const late = dispatch(importRoutes(deps, { ...IMPORT_LIMITS, writeBudgetMs: 0 }));
    const res = await upload(file, caller, "", late);
    expect(res).toMatchObject({ status: 503, body: { type: expect.stringMatching(/import-incomplete$/) } });
    expect(res.body.detail).toMatch(
      /^Zeitlimit erreicht: 0 von 10 Zeilen verarbeitet\. Bitte dieselbe Datei/,
    );
    expect((await upload(file, caller)).body).toMatchObject({ created: 10 });
  });

  it("lets two concurrent imports of one file create each item once", async () => {
    const caller = providerOf("gleichzeitig");
    const file = writeCsv(offerRows(40, "PAR"));
    // A 503 (DynamoDB Local slower than the function's limits on a busy machine) is sent again, as
    // a client does: an import is a refresh, so a repeat never duplicates what an attempt wrote.
    const answered = async () => {
      for (let attempt = 1; ; attempt++) {
        const res = await upload(file, caller);
        if (res.status !== 503 || attempt === 5) return res;
      }
    };
    const [a, b] = await Promise.all([answered(), answered()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await items(caller)).toHaveLength(40);
    expect(a.body.created + b.body.created).toBeLessThanOrEqual(40);
  });

  it("finds items created through the API: by their Externe ID, or by their id when they have none", async () => {
    const caller = providerOf("api-org");
    const viaApi = async (body: Record<string, unknown>) =>
      (await invoke(offers, "POST /qualification-offers", { caller, body: offerInput(body) })).body;
    await viaApi({ externalId: "API-1", title: "Über die API" });
    const withoutKey = await viaApi({ title: "Ohne Externe ID" });
    const exported = (await invoke(imports, "GET /qualification-offers/export", { caller })).body as string;
    expect(exported).toContain(`\r\n${withoutKey.id};Ohne Externe ID;`);
    expect((await upload(exported, caller)).body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const edited = exported
      .replace("Ohne Externe ID", "Jetzt mit Schlüssel")
      .replace("Über die API", "Geändert");
    expect((await upload(edited, caller)).body).toMatchObject({ created: 0, updated: 2 });
    const stored = await items(caller);
    expect(stored).toHaveLength(2);
    expect(stored.find((i) => i.id === withoutKey.id)).toMatchObject({
      externalId: withoutKey.id,
      title: "Jetzt mit Schlüssel",
      version: 2,
    });
  });
});

describe("who may import and export", () => {
  const file = writeCsv(offerRows(1, "ROLLE"));

  it("refuses other roles and other organisations (403); an admin names the organisation", async () => {
    expect((await upload(file, { role: "coach", org: "x" })).status).toBe(403);
    expect((await upload(file, { role: "employer", org: "x" })).status).toBe(403);
    const foreign = await upload(file, providerOf("eigene"), "org=fremde");
    expect(foreign).toMatchObject({ status: 403, body: { title: "Keine Berechtigung" } });
    const exportForeign = await invoke(imports, "GET /qualification-offers/export", {
      caller: providerOf("eigene"),
      query: "org=fremde",
    });
    expect(exportForeign.status).toBe(403);
    const admin: Caller = { role: "admin", org: "netzwerk" };
    expect((await upload(file, admin, "org=traeger-a")).body).toMatchObject({ created: 1 });
    expect(await items(providerOf("traeger-a"))).toHaveLength(1);
    expect(await items(admin, "&org=netzwerk")).toHaveLength(0);
  });
});

describe("limits", () => {
  it("answers 413 past 5,000 rows, with a hint to split the file", async () => {
    const res = await upload(writeCsv(offerRows(5001, "VIEL")), providerOf("viel"));
    expect(res.status).toBe(413);
    expect(res.body.detail).toMatch(
      /5\.001 Zeilen; höchstens 5\.000 je Import\. Bitte in mehrere Dateien aufteilen/,
    );
  });

  it("answers 413 for a file over the body limit, naming the limit", async () => {
    const res = await upload("x".repeat(IMPORT_LIMITS.maxBytes + 1), providerOf("gross"));
    expect(res.status).toBe(413);
    expect(res.body.detail).toContain(`${IMPORT_LIMITS.maxBytes / 1024} KB`);
  });

  it("wants the CSV as the body, not JSON (415)", async () => {
    const res = await invoke(imports, "POST /qualification-offers/import", {
      caller: providerOf("json"),
      body: { rows: [] },
    });
    expect(res.status).toBe(415);
  });
});
