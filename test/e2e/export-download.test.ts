import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offerRows } from "../../bench/import.ts";
import { importRoutes } from "../../functions/imports/routes.ts";
import { importFunctions } from "../../local/function-runner.ts";
import { readCsv } from "../../shared/csv/csv-read.ts";
import { writeCsv } from "../../shared/csv/csv-write.ts";
import { IMPORT_LIMITS } from "../../shared/csv/limits.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";

/**
 * The export comes in pages (here 4 KB, so 40 offers make several): the page fetches them all and
 * hands over one file. An import with more than 100 bad rows lists 100 and says how many more.
 */
const ORG = "export-traeger";
let e2e: E2e;

beforeAll(async () => {
  const functions = importFunctions(join(import.meta.dirname, "../../functions"));
  e2e = await startE2e({
    loadGroup: async (group) =>
      group === "imports"
        ? dispatch(importRoutes(e2e.server.deps, { ...IMPORT_LIMITS, exportPageBytes: 4096 }))
        : functions(group),
  });
  const token = await e2e.server.token("provider", ORG);
  const res = await fetch(`${e2e.server.url}/qualification-offers/import`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" },
    body: writeCsv(offerRows(40, "SEITE")),
  });
  expect(res.status).toBe(200);
}, 180_000);
afterAll(() => e2e.close());

describe("export and import of many rows", { timeout: 60_000 }, () => {
  it("downloads an export of several pages as one file", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    const pages: string[] = [];
    page.on("response", (res) => {
      if (res.url().includes("/qualification-offers/export")) pages.push(res.url());
    });
    await signIn(page, e2e.server.url, /Bildungsträger/, ORG);
    await page.getByRole("link", { name: "Import/Export" }).click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export herunterladen" }).click(),
    ]);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(1).every((url) => url.includes("cursor="))).toBe(true);
    const text = await readFile(await file.path(), "utf8");
    expect(text.startsWith("\uFEFFExterne ID;Titel;")).toBe(true);
    expect(text.match(/Externe ID;/g)).toHaveLength(1);
    expect(readCsv(text).records.map((r) => r.cells[0])).toEqual(
      Array.from({ length: 40 }, (_, i) => `SEITE-${String(i + 1).padStart(5, "0")}`),
    );
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("lists the first 100 bad rows and says how many more there are", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [422] });
    const { page } = tp;
    const rows = offerRows(130, "FALSCH");
    const seats = rows[0]?.indexOf("Plätze") ?? -1;
    const bad = rows.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === seats ? "viele" : c))));
    await signIn(page, e2e.server.url, /Bildungsträger/, ORG);
    await page.getByRole("link", { name: "Import/Export" }).click();
    await page.getByLabel("CSV-Datei").setInputFiles({
      name: "falsch.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(writeCsv(bad)),
    });
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await page.getByText("… und 30 weitere Fehler").waitFor();
    const list = page.getByRole("region", { name: "Fehler in der Datei" });
    expect(
      await list
        .getByRole("listitem")
        .filter({ hasText: /^Zeile/ })
        .count(),
    ).toBe(100);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
