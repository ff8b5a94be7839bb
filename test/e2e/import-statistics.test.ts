import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";

/** A provider imports offers from a CSV file (errors first, then a dry run, then the import); a coach reads the statistics. */
const HEADER =
  "Externe ID;Titel;Beschreibung;Anbieter;Anbieter Website;Berufe (KldB);Art;Format;PLZ;Beginn;Ende;Laufender Einstieg;Vollzeit;Dauer (Wochen);Deutschniveau;Sprachen;Förderung;Kosten (EUR);Plätze;Kontakt Name;Kontakt E-Mail;Kontakt Telefon;Status";
const row = (id: string, kldb: string) =>
  `${id};Anpassungslehrgang Pflege mit Praxiseinsätzen;Theorie und betreute Einsätze.;Bildungsträger Muster gGmbH;https://example.org/pflege;${kldb};Anpassungslehrgang;Präsenz;33602;01.03.2027;31.08.2027;ja;ja;26;B1;ar, uk;Bildungsgutschein, IQ-Förderung;1250,5;12;Max Beispiel;max.beispiel@example.org;0521 123456;Entwurf`;
const csv = (...rows: string[]) => ({
  name: "angebote.csv",
  mimeType: "text/csv",
  buffer: Buffer.from([HEADER, ...rows].join("\r\n") + "\r\n", "utf8"),
});
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(() => e2e.close());

describe("import and statistics", { timeout: 60_000 }, () => {
  it("checks a provider's CSV file, shows its bad rows, then imports the fixed file", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [422] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Bildungsträger/, "csv-traeger");
    await page.getByRole("link", { name: "Import/Export" }).click();
    await page.getByRole("heading", { name: "Import und Export", level: 1 }).waitFor();
    expect(await page.getByRole("link", { name: "Vorlage herunterladen (CSV)" }).count()).toBe(1);

    await page.getByLabel("CSV-Datei").setInputFiles(csv(row("KURS-01", "81302"), row("KURS-02", "99999")));
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    const errors = page.getByRole("region", { name: "Fehler in der Datei" });
    await errors.waitFor();
    const bad = errors.getByRole("listitem").filter({ hasText: /^Zeile/ });
    expect(await bad.allInnerTexts()).toEqual([
      expect.stringMatching(/^Zeile 3\s+Berufe \(KldB\): Unbekannte KldB-Berufsgattung 99999$/),
    ]);
    await page.getByText("es wurde nichts gespeichert").waitFor();
    await checkPage(page, "provider-import-errors");

    await page.getByLabel("CSV-Datei").setInputFiles(csv(row("KURS-01", "81302"), row("KURS-02", "81302")));
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await page.getByText("2 Zeilen geprüft: 2 neu, 0 geändert, 0 unverändert.").waitFor();
    await checkPage(page, "provider-import-dry-run");
    await page.getByRole("button", { name: "Jetzt importieren" }).click();
    await page.getByText("2 Zeilen importiert: 2 neu, 0 geändert, 0 unverändert.").waitFor();

    await page.getByRole("link", { name: "Zur Übersicht" }).click();
    await page.getByRole("heading", { name: "Ihre Qualifizierungsangebote" }).waitFor();
    await expect
      .poll(() => page.getByRole("listitem").filter({ hasText: "Anpassungslehrgang Pflege" }).count())
      .toBe(2);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("lists every error of a file in one check, format and reference data together, at 360 px", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [422] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Bildungsträger/, "csv-alle-fehler");
    await page.getByRole("link", { name: "Import/Export" }).click();
    await page.setViewportSize({ width: 360, height: 800 });
    const broken = row("KURS-01", "99999")
      .replace(";33602;", ";1234;")
      .replace(";B1;ar, uk;", ";A7;xx;")
      .replace(";12;Max", ";-3;Max");
    await page.getByLabel("CSV-Datei").setInputFiles(csv(broken, row("KURS-02", "81302")));
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    const errors = page.getByRole("region", { name: "Fehler in der Datei" });
    await errors.waitFor();
    const lines = errors
      .getByRole("listitem")
      .filter({ hasText: /^Zeile 2/ })
      .getByRole("listitem");
    expect(await lines.allInnerTexts()).toEqual([
      "Berufe (KldB): Unbekannte KldB-Berufsgattung 99999",
      "PLZ: Unbekannte Postleitzahl 01234",
      "Deutschniveau: A1, A2, B1, B2, C1 oder C2",
      "Sprachen: „xx“ ist keine bekannte Sprache; bitte ISO-Code (z. B. ar, uk) oder deutscher Name (z. B. Arabisch, Ukrainisch)",
      "Plätze: mindestens 1",
    ]);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await checkPage(page, "provider-import-errors-360");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("shows a coach the statistics as chart and table", async () => {
    const api = await e2e.api("coach", "stat-beratung");
    await api.post("/matches", { occupation: "81302", location: { postalCode: "33330" } });
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, "stat-beratung");
    await page.getByRole("link", { name: "Statistik" }).click();
    await page.getByRole("heading", { name: "Statistik", level: 1 }).waitFor();
    await page.getByLabel("Gliederung").selectOption("month");
    await page.getByRole("button", { name: "Anzeigen" }).click();
    const table = page.getByRole("table", { name: /^Statistik/ });
    await table.waitFor();
    // Periods read as words ("Dezember 2025 bis November 2026"), not as ISO months.
    expect(await table.locator("caption").textContent()).toMatch(
      /^Statistik [A-ZÄÖÜ][a-zäöü]+ \d{4} bis [A-ZÄÖÜ][a-zäöü]+ \d{4}$/,
    );
    // Soft hyphens (U+00AD) let the headers break so that the table fits at 1280 px.
    const headers = (await table.getByRole("columnheader").allTextContents()).map((t) =>
      t.replaceAll("\u00AD", ""),
    );
    expect(headers).toEqual([
      "Bezeichnung",
      "Qualifizierungen",
      "Mentoringplätze",
      "Plätze",
      "belegt",
      "vorgeschlagen",
      "angenommen",
      "abgelehnt",
      "zurückgezogen",
      "Suchen",
      "ohne Ergebnis",
      "Qualifizierung begonnen",
      "davon IQ-gefördert",
      "Qualifizierung abgeschlossen",
      "volle Anerkennung",
      "Beschäftigung",
      "davon adäquat",
    ]);
    // Counts of people (the last column: adequate employment) are rounded by their cell key to a
    // multiple of 5, never shown as 1–4.
    const totals = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Summe" }) });
    expect(["0", "5"]).toContain(await totals.getByRole("cell").last().textContent());
    // The network as of the last closed month; the organisation's own figures beneath (issue 26).
    await page
      .getByText(/^Stand: [A-ZÄÖÜ][a-zäöü]+ \d{4}$/)
      .first()
      .waitFor();
    await page.getByRole("table", { name: /^Ihre Organisation/ }).waitFor();
    await page.getByText("auf Vielfache von 5 gerundet").waitFor();
    await page.getByText("ergeben die Zeilen nicht immer die Summe").waitFor();
    expect(await page.getByRole("figure").count()).toBe(1);
    await checkPage(page, "coach-statistics");

    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Als CSV herunterladen" }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    // The CSV the API makes for Excel: UTF-8 with BOM, `;`, the rounding note last.
    const text = await readFile(await file.path(), "utf8");
    expect(text.startsWith("\uFEFFSchlüssel;Bezeichnung;Qualifizierungen;")).toBe(true);
    // Three stock figures (no seats taken for a coach: issue 26), then twelve counts of people,
    // each a multiple of 5; after the note the month the network stands at, and the own table.
    expect(text).toMatch(/\r\n;Summe(;\d+){3};(;\d*[05]){12}\r\n;"Hinweis: /);
    expect(text).toMatch(/\r\n;Netzwerk: Stand \d{4}-\d{2}\r\n\r\n;Ihre Organisation \(genau, aktuell\)\r\n/);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
