import type { Context } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import { offerRows } from "../../bench/import.ts";
import { importRoutes } from "../../functions/imports/routes.ts";
import { buildApiEvent } from "../../local/api-event.ts";
import { writeCsv } from "../../shared/csv/csv-write.ts";
import { IMPORT_LIMITS } from "../../shared/csv/limits.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { testDeps } from "../support/db.ts";
import { claimsFor } from "../support/events.ts";
import { checkAnswer } from "../support/openapi-check.ts";

/**
 * A file whose every row is bad, some with 10 KB cells, answers a small 422: cells quoted in
 * messages are cut, at most 100 errors are listed and the rest is counted in `moreErrors`.
 */
const ROWS = 5000;
const HUGE_ROWS = 180;
const HUGE = "9".repeat(10 * 1024);

let imports: RouteHandler;

beforeAll(async () => {
  imports = dispatch(importRoutes(await testDeps()));
});

async function upload(csv: string) {
  const event = buildApiEvent({
    method: "POST",
    routePath: "/qualification-offers/import",
    rawPath: "/qualification-offers/import",
    rawQueryString: "dryRun=true",
    headers: { "content-type": "text/csv" },
    body: Buffer.from(csv),
    claims: claimsFor({ role: "provider", org: "fehler-traeger" }),
  });
  const result = await imports(event, {} as Context);
  checkAnswer("POST", "/qualification-offers/import", result);
  return {
    status: result.statusCode,
    bytes: Buffer.byteLength(result.body ?? ""),
    body: JSON.parse(result.body ?? "{}"),
  };
}

describe("POST /qualification-offers/import with 5,000 bad rows", () => {
  it("answers 422 under 64 KB: 100 errors listed with cut cells, the other 4,900 counted", async () => {
    const [header = [], ...rows] = offerRows(ROWS, "VIEL");
    const seats = header.indexOf("Plätze");
    // Every row has one bad cell: „Plätze“ is no integer; the first 180 rows repeat 10 KB in it.
    const bad = rows.map((row, i) =>
      row.map((cell, j) => (j === seats ? (i < HUGE_ROWS ? `${HUGE}x` : "viele") : cell)),
    );
    const csv = writeCsv([header, ...bad]);
    expect(Buffer.byteLength(csv)).toBeLessThan(IMPORT_LIMITS.maxBytes);

    const res = await upload(csv);
    expect(res.status).toBe(422);
    expect(res.bytes).toBeLessThan(64 * 1024);
    expect(res.body.errors).toHaveLength(100);
    expect(res.body.moreErrors).toBe(ROWS - 100);
    expect(res.body.detail).toBe(
      "5.000 Zeilen sind ungültig; es wurde nichts gespeichert. Gezeigt werden die ersten 100 von 5.000 Fehlern.",
    );
    expect(res.body.errors[0]).toEqual({
      row: 2,
      column: "Plätze",
      message: `„${"9".repeat(79)}…“ ist keine Zahl`,
    });
    expect(res.body.errors.map((e: { row: number }) => e.row)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 2),
    );
  });

  it("lists every error and no moreErrors when there are at most 100", async () => {
    const [header = [], ...rows] = offerRows(3, "WENIG");
    const seats = header.indexOf("Plätze");
    const res = await upload(
      writeCsv([header, ...rows.map((row) => row.map((c, j) => (j === seats ? "drei" : c)))]),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors).toHaveLength(3);
    expect(res.body).not.toHaveProperty("moreErrors");
    expect(res.body.detail).toBe("3 Zeilen sind ungültig; es wurde nichts gespeichert.");
  });
});
