import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoOffers, demoPlaces } from "../../local/demo/demo-data.ts";
import { caseNumberYear, formatCaseNumber } from "../../shared/domain/case-number.ts";
import { placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, pickOccupation, signIn, startE2e } from "./support/app.ts";
import { consentTo } from "./support/consent.ts";

/**
 * The coach's flow on the demo catalogue plus one place of our own: search, read the reasons,
 * filter, save the candidate, propose them, follow the referral, export and erase.
 */
const DOCS_SHOT = fileURLToPath(new URL("../../docs/screenshots/coach-results.png", import.meta.url));
const PLACE = "Mentoring Pflegefachkraft – Innere Medizin, Gütersloh";
/** The case number Passung issues the first candidate MOZAIK saves (the server runs on today's date). */
const CASE = formatCaseNumber("mozaik", caseNumberYear(new Date()), 1);
const OWN = "AZ-2026/17";
let e2e: E2e;

/** The demo catalogue's nursing offers and places (KldB group 813), posted as their organisations. */
async function seedNursingDemo(): Promise<void> {
  const nursing = (codes: string[]) => codes.some((code) => code.startsWith("813"));
  for (const offer of demoOffers.filter((o) => nursing(o.input.occupations)))
    await (await e2e.api("provider", offer.org)).post("/qualification-offers", offer.input);
  for (const place of demoPlaces.filter((p) => nursing(p.input.occupations)))
    await (await e2e.api("employer", place.org)).post("/mentoring-places", place.input);
}

beforeAll(async () => {
  e2e = await startE2e();
  await seedNursingDemo();
  const employer = await e2e.api("employer", "st-elisabeth-gt");
  await employer.post(
    "/mentoring-places",
    placeInput({ title: PLACE, location: { postalCode: "33332" }, status: "published" }),
  );
}, 120_000);
afterAll(() => e2e.close());

describe("coach", { timeout: 60_000 }, () => {
  it("searches, sees the reasons, saves a candidate and proposes them to a place", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    const matchRequests: string[] = [];
    page.on("request", (r) => r.url().endsWith("/matches") && matchRequests.push(r.url()));

    await page.goto(`${e2e.server.url}/`);
    await expect.poll(() => page.url()).toMatch(/\/anmelden$/);
    await checkPage(page, "sign-in");
    await signIn(page, e2e.server.url, /Beratung/, "mozaik");
    await expect.poll(() => page.url()).toMatch(/\/beratung$/);

    await pickOccupation(page, "Berufsgattung (KldB 2010)", "Pflegefachfrau", "81302");
    await page.getByLabel("Postleitzahl").fill("33330");
    expect(page.getByText("Gütersloh · Kreis Gütersloh · Nordrhein-Westfalen")).toBeTruthy();
    await page.getByText("Gütersloh · Kreis Gütersloh").waitFor();
    await page.getByLabel("Umkreis").fill("60");
    await page.getByLabel("Deutschniveau").selectOption("B1");
    await page.getByText("Sprachen wählen").click();
    await page.getByRole("checkbox", { name: "Arabisch" }).check();
    await checkPage(page, "coach-search");
    await page.getByRole("button", { name: "Passende Angebote suchen" }).click();

    const results = page.getByRole("region", { name: "Ergebnisse" });
    await results.waitFor();
    const offers = page.getByRole("tabpanel", { name: /Qualifizierungen/ });
    await expect.poll(() => offers.locator("article").count()).toBeGreaterThan(0);
    const firstOffer = offers.locator("article").first();
    expect(await firstOffer.getByText("Gleiche Berufsgattung (KldB 81302)").count()).toBe(1);
    expect(await firstOffer.getByText(/km entfernt|Online-Angebot/).count()).toBe(1);
    expect(await firstOffer.getByText(/Passung \d+ %/).count()).toBe(1);
    expect(await page.getByRole("img", { name: /Lage: \d+ Treffer im Umkreis von 60 km/ }).count()).toBe(1);

    // Filters work on the answer already there: no second request.
    const all = await offers.locator("article").count();
    await offers.getByRole("checkbox", { name: "Nur gleiche Berufsgattung" }).check();
    await expect.poll(() => offers.locator("article").count()).toBeLessThanOrEqual(all);
    await offers.getByRole("checkbox", { name: "Nur gleiche Berufsgattung" }).uncheck();
    expect(matchRequests).toHaveLength(1);
    await checkPage(page, "coach-results");
    if (process.env.PASSUNG_DOCS_SCREENSHOTS === "1" || !existsSync(DOCS_SHOT)) {
      const box = await results.boundingBox();
      const y = Math.max(0, (box?.y ?? 0) + (await page.evaluate<number>("window.scrollY")) - 16);
      await page.screenshot({
        path: DOCS_SHOT,
        fullPage: true,
        clip: { x: 0, y, width: 1280, height: 1150 },
      });
    }

    // Tabs by keyboard: ArrowRight moves to "Mentoringplätze".
    await page.getByRole("tab", { name: /Qualifizierungen/ }).focus();
    await page.keyboard.press("ArrowRight");
    const places = page.getByRole("tabpanel", { name: /Mentoringplätze/ });
    const place = places.locator("article", { hasText: PLACE });
    await place.waitFor();
    expect(
      await place
        .getByRole("list", { name: "Gründe" })
        .getByText(/Jetzt frei, nur noch wenige Plätze/)
        .count(),
    ).toBe(1);

    await page.getByLabel("Eigenes Aktenzeichen (nur für Ihre Organisation)").fill(OWN);
    await page.getByRole("button", { name: "Als Kandidat:in speichern" }).click();
    await page.getByText(`Gespeichert unter dem Aktenzeichen ${CASE}.`).waitFor();
    // Agreed on its page meanwhile (the consent's own flow: consent.test.ts).
    await consentTo(await e2e.api("coach", "mozaik"), { reference: CASE });

    await place.getByRole("button", { name: "Kandidat:in vorschlagen" }).click();
    const dialog = page.getByRole("dialog", { name: "Kandidat:in vorschlagen" });
    await dialog.getByLabel("Kandidat:in").waitFor();
    expect(await dialog.getByLabel("Kandidat:in").inputValue()).not.toBe("");
    // The employer reads the ticked notes; the own note stays with the coach's organisation.
    await dialog
      .getByRole("group", { name: "Hinweise an den Betrieb" })
      .getByLabel("Kann sofort beginnen")
      .check();
    await dialog.getByLabel("Schichtdienst möglich").check();
    await dialog
      .getByLabel("Eigene Notiz – nur für Ihre Organisation sichtbar")
      .fill("Erfahrung auf Intensivstation, Teilanerkennung liegt vor.");
    await checkPage(page, "coach-propose");
    await page.getByRole("button", { name: "Vorschlag senden" }).click();
    await place.getByText(`${CASE}: Vorgeschlagen.`).waitFor();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("lists candidates, shows referral status, exports and erases a candidate", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, "mozaik");
    await page.getByRole("link", { name: "Kandidat:innen" }).click();
    await page.getByRole("link", { name: CASE }).waitFor();
    await checkPage(page, "coach-candidates");

    await page.getByRole("link", { name: CASE }).click();
    await page.getByRole("heading", { name: `Kandidat:in ${CASE}` }).waitFor();
    expect(await page.getByText(OWN, { exact: true }).count()).toBe(1);
    const referrals = page.getByRole("region", { name: "Vorschläge" });
    await referrals.getByText(PLACE).waitFor();
    expect(await referrals.getByText("Vorgeschlagen", { exact: true }).count()).toBe(1);
    await page.getByRole("region", { name: "Aktuelle Treffer" }).waitFor();
    await checkPage(page, "coach-candidate");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Daten exportieren (JSON)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`kandidat-${CASE}.json`);
    const exported = JSON.parse(await readFile((await file.path()) ?? "", "utf8")) as {
      candidate: { reference: string; ownReference: string };
      referrals: unknown[];
    };
    expect([exported.candidate.reference, exported.candidate.ownReference]).toEqual([CASE, OWN]);
    expect(exported.referrals).toHaveLength(1);

    await page.getByRole("link", { name: "Vorschläge", exact: true }).click();
    await page.getByText(`Kandidat:in ${CASE}`, { exact: false }).first().waitFor();
    await checkPage(page, "coach-referrals");

    await page.getByRole("link", { name: "Kandidat:innen" }).click();
    await page.getByRole("button", { name: "Löschen" }).click();
    const confirm = page.getByRole("dialog", { name: `Kandidat:in ${CASE} löschen?` });
    await confirm.waitFor();
    await checkPage(page, "coach-erase-confirm");
    await confirm.getByRole("button", { name: "Endgültig löschen" }).click();
    await page.getByText(`Kandidat:in ${CASE} wurde gelöscht.`).waitFor();
    await page.getByText("Noch keine Kandidat:innen gespeichert.").waitFor();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
