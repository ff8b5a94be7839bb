import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";

/**
 * Issue 19, points 5 and 8: the statistics table (16 figures) scrolls inside its own box where it
 * does not fit while the page stays put (at 1280 px it fits since issue 31); a CSV file may name
 * languages in German ("Arabisch"). Measured at 680 px, just above where the menu folds (640 px):
 * at 800 px the table was 1003/768 px with DejaVu Sans (877/768 with Liberation Sans), and CI once
 * found it fitting its box there.
 */
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(() => e2e.close());

const HEADER =
  "Externe ID;Titel;Beschreibung;Anbieter;Anbieter Website;Berufe (KldB);Art;Format;PLZ;Beginn;Ende;Laufender Einstieg;Vollzeit;Dauer (Wochen);Deutschniveau;Sprachen;Förderung;Kosten (EUR);Plätze;Kontakt Name;Kontakt E-Mail;Kontakt Telefon;Status";
const ROW =
  "SPRACHE-01;Anpassungslehrgang Pflege mit Sprachbegleitung;Theorie und betreute Einsätze.;Bildungsträger Muster gGmbH;https://example.org/pflege;81302;Anpassungslehrgang;Präsenz;33602;01.03.2027;31.08.2027;ja;ja;26;B1;Arabisch, Ukrainisch;Bildungsgutschein;0;12;Max Beispiel;max.beispiel@example.org;0521 123456;Entwurf";

describe("admin statistics and CSV languages (issue 19)", { timeout: 90_000 }, () => {
  it("scrolls the 16-column statistics table in its own box at 680 px, the page does not", async () => {
    const tp = await openPage(e2e.browser, { width: 680 });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Administration/, "netzwerk-admin");
    await page.getByRole("link", { name: "Statistik" }).click();
    await page.getByRole("heading", { name: "Statistik", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Anzeigen" }).click();
    const table = page.getByRole("table", { name: /^Statistik/ });
    await table.waitFor();
    expect(await table.getByRole("columnheader").count()).toBe(17);

    const box = page.getByRole("region", { name: "Tabelle der Statistik" });
    const sizes = () =>
      page.evaluate<{ page: number; viewport: number }>(
        "({ page: document.documentElement.scrollWidth, viewport: window.innerWidth })",
      );
    expect((await sizes()).viewport).toBe(680);
    expect((await sizes()).page).toBeLessThanOrEqual(680);
    // Scrolled sideways inside its box: the row labels stay in view (sticky first column).
    const scrolled = await box.evaluate((el) => {
      const wider = el.scrollWidth > el.clientWidth;
      el.scrollLeft = 200;
      const label = [...el.querySelectorAll("th[scope=row]")].find((th) => th.textContent === "Summe");
      return {
        wider,
        // Printed in a failing diff: the widths say whether the table or the box was off.
        widths: `${el.scrollWidth}/${el.clientWidth}`,
        left: el.scrollLeft,
        right: el.getBoundingClientRect().right,
        labelOffset: Math.round(
          (label?.getBoundingClientRect().left ?? -1) - el.getBoundingClientRect().left,
        ),
      };
    });
    expect(scrolled).toEqual({
      wider: true,
      widths: expect.any(String),
      left: 200,
      right: expect.any(Number),
      labelOffset: 0,
    });
    expect(scrolled.right).toBeLessThanOrEqual(680);
    expect((await sizes()).page).toBeLessThanOrEqual(680);
    expect(await page.evaluate<number>("window.scrollX")).toBe(0);
    await checkPage(page, "admin-statistics-scrolled");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("imports a CSV file whose languages are German names", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Bildungsträger/, "sprachen-traeger");
    await page.getByRole("link", { name: "Import/Export" }).first().click();
    await page.getByRole("heading", { name: "Import und Export", level: 1 }).waitFor();
    await page.getByLabel("CSV-Datei").setInputFiles({
      name: "angebote.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${HEADER}\r\n${ROW}\r\n`, "utf8"),
    });
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await page.getByText("1 Zeile geprüft: 1 neu, 0 geändert, 0 unverändert.").waitFor();
    expect(await page.getByRole("region", { name: "Fehler in der Datei" }).count()).toBe(0);
    await page.getByRole("button", { name: "Jetzt importieren" }).click();
    await page.getByText("1 Zeile importiert: 1 neu, 0 geändert, 0 unverändert.").waitFor();

    // Stored as codes: the export names them ar and uk.
    const res = await fetch(`${e2e.server.url}/qualification-offers?org=sprachen-traeger`, {
      headers: { authorization: `Bearer ${await e2e.server.token("provider", "sprachen-traeger")}` },
    });
    const body = (await res.json()) as { items: { externalId?: string; languages?: string[] }[] };
    expect(body.items.find((o) => o.externalId === "SPRACHE-01")?.languages?.sort()).toEqual(["ar", "uk"]);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
