import { caseNumberYear, formatCaseNumber } from "../../shared/domain/case-number.ts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, pickOccupation, signIn, startE2e } from "./support/app.ts";
import { consentTo } from "./support/consent.ts";

/**
 * What a coach chooses from: the tab that has results opens, an empty tab offers the wider radius
 * in one click, counts read as German, the radar groups places and keeps its labels readable, and
 * the propose dialog preselects only a candidate the place serves.
 */
const COACH_ORG = "beratung-auswahl";
/** The case numbers Passung issues: the nurse saved first, the engineer saved on the page second. */
const [NURSE, ENGINEER] = [1, 2].map((n) => formatCaseNumber(COACH_ORG, caseNumberYear(new Date()), n));
const NEAR = "Praktikum Maschinenbau – Gütersloh";
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
  const employer = await e2e.api("employer", "maschinenbau-owl");
  const engineering = { occupations: ["25104"], status: "published" };
  await employer.post(
    "/mentoring-places",
    placeInput({ ...engineering, title: NEAR, location: { postalCode: "33330" }, capacity: 1 }),
  );
  for (const title of ["Mentoring Maschinenbau – Konstruktion", "Hospitation Maschinenbau – Fertigung"])
    await employer.post(
      "/mentoring-places",
      placeInput({ ...engineering, title, location: { postalCode: "33602" } }),
    );
  const coach = await e2e.api("coach", COACH_ORG);
  await coach.post("/candidates", candidateInput({ occupation: "81302" }));
}, 120_000);
afterAll(() => e2e.close());

async function search(page: Page, postalCode: string, radiusKm: number): Promise<void> {
  await pickOccupation(page, "Berufsgattung (KldB 2010)", "Maschinenbauingenieur", "25104");
  await page.getByLabel("Postleitzahl").fill(postalCode);
  await page.getByText(/· Nordrhein-Westfalen$/).waitFor();
  await page.getByLabel("Umkreis", { exact: true }).fill(String(radiusKm));
  await page.getByRole("button", { name: "Passende Angebote suchen" }).click();
  await page.getByRole("region", { name: "Ergebnisse" }).waitFor();
}

describe("coach: choosing", { timeout: 90_000 }, () => {
  it("opens the tab with results, counts in German and widens an empty search in one click", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, COACH_ORG);
    // German is not offered in a list of languages "besides German".
    expect(await page.getByRole("checkbox", { name: "Deutsch", exact: true }).count()).toBe(0);

    await search(page, "33330", 10);
    const placesTab = page.getByRole("tab", { name: /Mentoringplätze/ });
    await expect.poll(() => placesTab.getAttribute("aria-selected")).toBe("true");
    const places = page.getByRole("tabpanel", { name: /Mentoringplätze/ });
    await places.getByText("1 Mentoringplatz", { exact: true }).waitFor();
    expect(await page.getByText(/0 Qualifizierungen und 1 Mentoringplatz für/).count()).toBe(1);
    const near = places.locator("article", { hasText: NEAR });
    // Another organisation's place: its size and how free it is, never how many seats are taken.
    expect(await near.getByText("1 Platz", { exact: true }).count()).toBe(1);
    expect(await near.getByText("wenige Plätze", { exact: true }).count()).toBe(1);
    expect(await near.getByText(/von 1 Platz frei|belegt/).count()).toBe(0);
    expect(await near.getByText(/Niveau der Kandidat:in nicht angegeben/).count()).toBe(1);
    // One gender-fair form throughout: "Kandidat:in", never "des Kandidaten" or "Kandidatin oder".
    expect(await page.getByText(/Kandidatin|Kandidaten\b/).count()).toBe(0);
    expect(await page.getByRole("img", { name: /Lage: 1 Treffer im Umkreis von 10 km/ }).count()).toBe(1);
    await checkPage(page, "coach-places-first");

    // The empty tab says so and offers 100 km as one click.
    await page.getByRole("tab", { name: /Qualifizierungen/ }).click();
    const widen = page.getByRole("button", { name: "Umkreis auf 100 km erweitern" });
    await widen.waitFor();
    await checkPage(page, "coach-empty-tab");
    await widen.click();
    await page.getByText(/und 3 Mentoringplätze für .* im Umkreis von 100 km um 33330/).waitFor();
    expect(await page.getByLabel("Umkreis", { exact: true }).inputValue()).toBe("100");
    expect(await places.getByText("3 Mentoringplätze", { exact: true }).count()).toBe(1);
    expect(await placesTab.getAttribute("aria-selected")).toBe("true");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("groups results at the same place on the radar, names places and keeps distances readable", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, COACH_ORG);
    await search(page, "33330", 50);
    await page.getByRole("tab", { name: /Mentoringplätze/ }).click();
    const radar = page.getByRole("tabpanel", { name: /Mentoringplätze/ }).locator("figure.radar");
    await radar.waitFor();
    // The two Bielefeld places are one marker with both numbers, labelled with the place.
    const group = radar.locator(".radar__dot--group");
    expect(await group.count()).toBe(1);
    expect(await group.getAttribute("data-numbers")).toMatch(/^\d, \d$/);
    expect(await group.locator(".radar__place").textContent()).toMatch(/^Bielefeld \(\d, \d\)$/);
    expect(await radar.locator(".radar__place", { hasText: /^Gütersloh$/ }).count()).toBe(1);
    // No marker covers a distance label, and place labels do not overlap each other.
    const boxes = async (selector: string) =>
      (await Promise.all((await radar.locator(selector).all()).map((l) => l.boundingBox()))).flatMap((b) =>
        b ? [b] : [],
      );
    type B = { x: number; y: number; width: number; height: number };
    const meet = (a: B, b: B) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const distances = await boxes(".radar__distance");
    const markers = await boxes(".radar__dot circle");
    const labels = await boxes(".radar__place");
    expect(distances).toHaveLength(3);
    for (const d of distances) for (const m of markers) expect(meet(d, m)).toBe(false);
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) expect(meet(a, b)).toBe(false);
    await radar.getByText("Orte im Radar (2)").click();
    expect(await radar.getByText(/^Bielefeld, [\d,]+ km: Nr\. \d, \d$/).count()).toBe(1);
    await checkPage(page, "coach-radar");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("preselects only a candidate the place serves, warns about another Berufsgruppe, names a conflict", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [409] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, COACH_ORG);
    await search(page, "33330", 10);
    await page.getByRole("tab", { name: /Mentoringplätze/ }).click();
    const place = page
      .getByRole("tabpanel", { name: /Mentoringplätze/ })
      .locator("article", { hasText: NEAR });
    await place.getByRole("button", { name: "Kandidat:in vorschlagen" }).click();
    const dialog = page.getByRole("dialog", { name: "Kandidat:in vorschlagen" });
    const select = dialog.getByLabel("Kandidat:in");
    await select.waitFor();
    // The saved nurse does not fit an engineering place: nobody is preselected.
    expect(await select.inputValue()).toBe("");
    await dialog.getByRole("button", { name: "Vorschlag senden" }).click();
    await dialog.getByRole("link", { name: "Kandidat:in: Bitte wählen Sie eine Kandidat:in." }).waitFor();
    await select.selectOption({ label: `${NURSE} – 81302, Gütersloh (andere Berufsgruppe)` });
    await dialog.getByText(new RegExp(`Achtung: ${NURSE} hat einen Beruf der Berufsgruppe 813`)).waitFor();
    await checkPage(page, "coach-propose-warning");
    await dialog.getByRole("button", { name: "Abbrechen" }).click();

    // A candidate saved from this search fits: preselected, no warning; proposing twice is named.
    await page.getByRole("button", { name: "Als Kandidat:in speichern" }).click();
    await page.getByText(`Gespeichert unter dem Aktenzeichen ${ENGINEER}.`).waitFor();
    // Agreed on its page meanwhile (the consent's own flow: consent.test.ts).
    await consentTo(await e2e.api("coach", COACH_ORG), { reference: ENGINEER ?? "" });
    for (const attempt of [1, 2]) {
      await place.getByRole("button", { name: "Kandidat:in vorschlagen" }).click();
      await select.waitFor();
      expect(await select.locator("option:checked").textContent()).toMatch(
        new RegExp(`^${ENGINEER} – 25104`),
      );
      expect(await dialog.getByText(/Achtung:/).count()).toBe(0);
      await dialog.getByRole("button", { name: "Vorschlag senden" }).click();
      if (attempt === 1) await place.getByText(`${ENGINEER}: Vorgeschlagen.`).waitFor();
    }
    await dialog.getByText("Diese Person ist für diesen Platz bereits vorgeschlagen.").first().waitFor();
    expect(await dialog.getByText("Konflikt").count()).toBe(0);
    await checkPage(page, "coach-propose-conflict");
    await dialog.getByRole("button", { name: "Abbrechen" }).click();

    await page.getByRole("link", { name: "Kandidat:innen" }).click();
    const saved = page.getByRole("listitem").filter({ hasText: ENGINEER });
    await saved.getByText(/wird am \d\d\.\d\d\.\d{4} gelöscht/).waitFor();
    expect(await page.getByText(/gelöscht ab/).count()).toBe(0);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
