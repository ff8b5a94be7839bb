import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, inDays, signIn, startE2e } from "./support/app.ts";
import { pageWidth } from "./support/fields.ts";

/**
 * Issue 30 on the statistics page: "Teilnehmende" counts people, not events — three entries, one
 * exit for a job with its follow-up; the own organisation exact beside the protected network, by
 * quarter and by district; the breakdowns; the CSV for the funder's report; 360 px, axe clean.
 */
const ORG = "beratung-zahlen";
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
  const coach = await e2e.api("coach", ORG);
  const ids: string[] = [];
  for (let i = 0; i < 3; i++)
    ids.push((await coach.post<{ id: string }>("/candidates", candidateInput())).id);
  // One left for a job today: its exit first (version 1), then what the record shows.
  await coach.patch(`/candidates/${ids[0]}`, { exit: { date: inDays(0), reason: "employment" } }, 1);
  // The same person completed two courses: two events, one person.
  for (let n = 0; n < 2; n++)
    await coach.post(`/candidates/${ids[0]}/milestones`, {
      type: "qualification.completed",
      date: inDays(0),
    });
  await coach.post(`/candidates/${ids[0]}/milestones`, {
    type: "followup.sixMonths",
    date: inDays(0),
    status: "employed-adequate",
  });
}, 120_000);
afterAll(() => e2e.close());

/** The cell of `column` in the row headed `row` of `table`. */
async function cell(table: Locator, row: string | RegExp, column: string): Promise<string> {
  // Headers break at soft hyphens ("Ihre Orga\u00adnisation"): read without them.
  const headers = (await table.locator("thead th").allTextContents()).map((t) => t.replaceAll("\u00ad", ""));
  const index = headers.indexOf(column);
  expect(index, `column ${column}`).toBeGreaterThan(0);
  const line = table.locator("tr").filter({ has: table.page().getByRole("rowheader", { name: row }) });
  return (await line.locator("th, td").nth(index).textContent()) ?? "";
}

async function openSection(page: Page): Promise<Locator> {
  await page.goto(`${e2e.server.url}/statistik`);
  const section = page.getByRole("region", { name: "Teilnehmende", exact: true });
  await section.getByRole("table", { name: /^Teilnehmende Ihrer Organisation/ }).waitFor();
  return section;
}

describe("statistics: Teilnehmende (issue 30)", { timeout: 120_000 }, () => {
  it("counts people once per figure, the own organisation exact; by district; the CSV for the funder", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    const section = await openSection(page);
    const own = section.getByRole("table", { name: /^Teilnehmende Ihrer Organisation/ });
    const sum = /^Summe/;
    expect(await cell(own, sum, "Eintritte")).toBe("3");
    expect(await cell(own, sum, "aktiv")).toBe("3");
    expect(await cell(own, sum, "Austritte")).toBe("1");
    expect(await cell(own, sum, "gelöscht ohne Austritt")).toBe("0");
    expect(await cell(own, sum, "Qualifizierung abgeschlossen")).toBe("1");
    // The network's figures are of closed months: this month's people are not in them yet.
    await section.getByText(/^Stand: [A-ZÄÖÜ][a-zäöü]+ \d{4}$/).waitFor();
    const exits = section.getByRole("table", { name: "Austritte nach Grund" });
    expect(await cell(exits, "Beschäftigung aufgenommen", "Ihre Organisation")).toBe("1");
    expect(await cell(exits, "Weggezogen", "Ihre Organisation")).toBe("0");
    const followup = section.getByRole("table", { name: "Nachbefragung nach 6 Monaten" });
    expect(await cell(followup, /^Adäquat beschäftigt/, "Ihre Organisation")).toBe("1");
    await checkPage(page, "statistics-participants");

    await section.getByLabel("Teilnehmende je").selectOption("district");
    await section.getByRole("button", { name: "Teilnehmende abrufen" }).click();
    await expect.poll(() => own.getByRole("rowheader", { name: /Gütersloh/ }).count()).toBe(1);
    expect(await cell(own, /Gütersloh/, "Eintritte")).toBe("3");

    const [file] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("button", { name: "CSV der Teilnehmenden herunterladen" }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const text = await readFile(await file.path(), "utf8");
    expect(text).toMatch(/Eintritte/);
    expect(text).toMatch(/Gütersloh/);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("tells a period that ends before it begins at the field; fits 360 px", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await page.setViewportSize({ width: 360, height: 740 });
    const section = await openSection(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "statistics-participants-360");
    await section.getByLabel("Erster Monat").fill("2026-09");
    await section.getByLabel("Letzter Monat").fill("2026-03");
    await section.getByRole("button", { name: "Teilnehmende abrufen" }).click();
    await section.getByText("Der erste Monat muss vor dem letzten liegen").first().waitFor();
    expect(await section.getByLabel("Erster Monat").getAttribute("aria-invalid")).toBe("true");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
