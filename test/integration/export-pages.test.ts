import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { importRoutes } from "../../functions/imports/routes.ts";
import { readCsv } from "../../shared/csv/csv-read.ts";
import { IMPORT_LIMITS } from "../../shared/csv/limits.ts";
import { listingKey, orgListKey } from "../../shared/db/keys.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { seedItems, testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { offerInput } from "../support/fixtures.ts";

/**
 * An organisation with 20,000 offers with long descriptions (≈ 25 MB of CSV) gets one complete
 * file: GET …/export answers in pages under Lambda's 6 MB, the caller follows X-Next-Cursor.
 */
const ITEMS = 20_000;
const LAMBDA_ANSWER_LIMIT = 6 * 1024 * 1024;
const provider: Caller = { role: "provider", org: "gross-traeger" };
const DESCRIPTION = "Theorie, Praxiseinsätze und Prüfungsvorbereitung für Pflegefachkräfte. "
  .repeat(14)
  .trim();

let imports: RouteHandler;
let deps: Awaited<ReturnType<typeof testDeps>>;

beforeAll(async () => {
  deps = await testDeps();
  imports = dispatch(importRoutes(deps));
  // One offer made through the API; its stored item is the pattern for the other 19,999.
  const offers = dispatch(listingHandlers(qualificationOfferResource, deps));
  const created = await invoke(offers, "POST /qualification-offers", {
    caller: provider,
    body: offerInput({ description: DESCRIPTION }),
  });
  expect(created.status).toBe(201);
  const { Item: stored } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: listingKey("offer", created.body.id) }),
  );
  const items = Array.from({ length: ITEMS - 1 }, (_, i) => {
    const id = `01EXPORT${String(i).padStart(8, "0")}`;
    return {
      ...stored,
      id,
      externalId: `KURS-${String(i).padStart(5, "0")}`,
      ...listingKey("offer", id),
      ...orgListKey("offer", provider.org, id),
    };
  });
  await seedItems(deps, items);
}, 900_000);

async function exportAll(caller: Caller, query = "") {
  const pages: { status: number; bytes: number; body: string }[] = [];
  let cursor: string | undefined;
  do {
    const params = new URLSearchParams(query);
    if (cursor) params.set("cursor", cursor);
    const res = await invoke(imports, "GET /qualification-offers/export", {
      caller,
      query: params.toString(),
    });
    const body = String(res.body);
    const next = res.headers["x-next-cursor"];
    pages.push({ status: res.status, bytes: Buffer.byteLength(body), body });
    if (next && !query)
      expect(res.headers.link).toBe(`</qualification-offers/export?cursor=${next}>; rel="next"`);
    cursor = next === undefined ? undefined : String(next);
  } while (cursor);
  return pages;
}

describe("GET /qualification-offers/export of 20,000 offers", { timeout: 600_000 }, () => {
  it("comes in pages under 6 MB that stitch into one file with every offer once", async () => {
    const pages = await exportAll(provider);
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.bytes).toBeLessThanOrEqual(IMPORT_LIMITS.exportPageBytes);
      expect(page.bytes).toBeLessThan(LAMBDA_ANSWER_LIMIT);
    }
    // Only the first page has BOM and header.
    expect(pages[0]?.body.startsWith("\uFEFFExterne ID;Titel;")).toBe(true);
    expect(pages.slice(1).every((p) => !p.body.startsWith("\uFEFF") && !p.body.includes("Externe ID;"))).toBe(
      true,
    );

    const table = readCsv(pages.map((p) => p.body).join(""));
    expect(table.records).toHaveLength(ITEMS);
    const ids = table.records.map((r) => r.cells[0]);
    expect(new Set(ids).size).toBe(ITEMS);
    // Oldest first, as before: the 19,999 seeded ids sort before the one created through the API.
    expect(ids.slice(0, 2)).toEqual(["KURS-00000", "KURS-00001"]);
    expect(ids.at(-2)).toBe("KURS-19998");
    expect(table.records.every((r) => r.cells[2] === DESCRIPTION)).toBe(true);
  });

  it("lets an admin page through another organisation; a cursor works only in its own organisation", async () => {
    const admin: Caller = { role: "admin", org: "iq-admin" };
    const first = await invoke(imports, "GET /qualification-offers/export", {
      caller: admin,
      query: `org=${provider.org}`,
    });
    const cursor = String(first.headers["x-next-cursor"]);
    expect(first.headers.link).toBe(
      `</qualification-offers/export?org=${provider.org}&cursor=${cursor}>; rel="next"`,
    );
    const foreign = await invoke(imports, "GET /qualification-offers/export", {
      caller: { role: "provider", org: "anderer-traeger" },
      query: `cursor=${cursor}`,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([
      { path: "query.cursor", message: "Ungültiger oder fremder Cursor" },
    ]);
  });
});
