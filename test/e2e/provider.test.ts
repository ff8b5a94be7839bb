import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, pickOccupation, signIn, startE2e } from "./support/app.ts";

/** The provider's flow: create and publish an offer, edit it, and find it in a coach's results. */
const TITLE = "Anpassungsqualifizierung Elektrotechnik mit Betriebsphase";
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(() => e2e.close());

describe("provider", { timeout: 60_000 }, () => {
  it("creates an offer that then appears in a coach's results", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Bildungsträger/, "bildungswerk-muster");
    await page.getByRole("heading", { name: "Ihre Qualifizierungsangebote" }).waitFor();
    await page.getByRole("link", { name: "Neues Angebot anlegen" }).click();
    await page.getByRole("heading", { name: "Neues Qualifizierungsangebot" }).waitFor();
    await page.getByLabel("Titel").fill(TITLE);
    await page.getByLabel("Beschreibung").fill("Theorie nach VDE, dann zwölf Wochen im Betrieb.");
    await page.getByLabel("Bildungsträger").fill("Bildungswerk Muster gGmbH");
    await page.getByLabel("Website").fill("https://www.example.org/bildungswerk");
    await pickOccupation(page, "Berufe (KldB-Berufsgattungen)", "Elektronikr Energie", "26212");
    await page.getByLabel(/^Art/).selectOption("adaptation-course");
    await page.getByLabel(/^Format/).selectOption("in-person");
    await page.getByLabel("Postleitzahl des Kursortes").fill("33602");
    await page.getByText("Bielefeld · Kreisfreie Stadt Bielefeld").waitFor();
    await page.getByRole("checkbox", { name: "Laufender Einstieg möglich" }).check();
    await page.getByLabel("Dauer in Wochen").fill("24");
    await page.getByRole("checkbox", { name: "Bildungsgutschein" }).check();
    await page.getByRole("textbox", { name: /^Name/ }).fill("Max Beispiel");
    await page.getByLabel("E-Mail").fill("max.beispiel@example.org");
    await checkPage(page, "provider-offer-form");
    await page.getByRole("button", { name: "Speichern und veröffentlichen" }).click();

    const item = page.getByRole("listitem").filter({ hasText: TITLE });
    await item.getByText("Veröffentlicht").waitFor();
    await page.getByText(`„${TITLE}“ gespeichert (Veröffentlicht).`).waitFor();
    await checkPage(page, "provider-offers");

    await item.getByRole("link", { name: "Bearbeiten" }).click();
    await page.getByLabel("Dauer in Wochen").fill("26");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await item.waitFor();
    expectNoConsoleErrors(tp);
    await tp.context.close();

    const coach = await openPage(e2e.browser);
    await signIn(coach.page, e2e.server.url, /Beratung/, "mozaik");
    await pickOccupation(coach.page, "Berufsgattung (KldB 2010)", "26212", "26212");
    await coach.page.getByLabel("Postleitzahl").fill("33330");
    await coach.page.getByRole("button", { name: "Passende Angebote suchen" }).click();
    const offer = coach.page
      .getByRole("tabpanel", { name: /Qualifizierungen/ })
      .locator("article", { hasText: TITLE });
    await offer.waitFor();
    expect(await offer.getByText("Gleiche Berufsgattung (KldB 26212)").count()).toBe(1);
    expect(await offer.getByText("16,8 km entfernt (Bielefeld)").count()).toBe(1);
    expect(await offer.getByText("Bildungswerk Muster gGmbH · 33602 Bielefeld · 16,8 km").count()).toBe(1);
    expectNoConsoleErrors(coach);
    await coach.context.close();
  });
});
