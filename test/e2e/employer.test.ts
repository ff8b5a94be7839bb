import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, inDays, pickOccupation, signIn, startE2e } from "./support/app.ts";
import { consentTo } from "./support/consent.ts";

/** The employer's flow: create a place, publish it, answer a referral, see the seats drop, edit, archive. */
const TITLE = "Mentoring Elektroniker/in Energie- und Gebäudetechnik";
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(() => e2e.close());

describe("employer", { timeout: 60_000 }, () => {
  it("creates and publishes a place, accepts a referral and sees the seats drop", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Arbeitgeber/, "elektro-muster");
    await page.getByText("Noch keine Einträge.").waitFor();
    await checkPage(page, "employer-places-empty");

    await page.getByRole("link", { name: "Neuen Mentoringplatz anlegen" }).click();
    await page.getByRole("heading", { name: "Neuer Mentoringplatz" }).waitFor();
    await page.getByLabel("Titel").fill(TITLE);
    await page.getByLabel("Beschreibung").fill("Praxisphase im Handwerksbetrieb mit festem Mentor.");
    await pickOccupation(page, "Berufe (KldB-Berufsgattungen)", "Elektroniker Gebäudetechnik", "26212");
    await page.getByRole("listitem").filter({ hasText: "26212 – " }).waitFor();
    await page.getByRole("checkbox", { name: "Mentoring-Tandem" }).check();
    await page.getByLabel("Postleitzahl des Einsatzortes").fill("33332");
    await page.getByText("Gütersloh · Kreis Gütersloh").waitFor();
    await page.getByLabel("Anzahl Plätze").fill("2");
    await page.getByLabel("Verfügbar ab").fill(inDays(1));
    await page.getByLabel("Stunden pro Woche").fill("38,5");
    await page.getByLabel("Deutsch mindestens").selectOption("B1");
    await page.getByText("Sprachen wählen").click();
    await page.getByRole("checkbox", { name: "Arabisch" }).check();
    await page.getByRole("textbox", { name: /^Name/ }).fill("Eva Muster");
    await page.getByLabel("E-Mail").fill("eva.muster@example.org");
    await checkPage(page, "employer-place-form");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();

    const item = page.getByRole("listitem").filter({ hasText: TITLE });
    await item.getByText("Entwurf").waitFor();
    expect(await item.getByText("Plätze: 0 von 2 belegt · 2 frei").count()).toBe(1);
    await item.getByRole("button", { name: "Veröffentlichen" }).click();
    await item.getByText("Veröffentlicht").waitFor();
    await checkPage(page, "employer-places");
    const placeId = (await item.getAttribute("data-id")) ?? "";

    // A coach proposes a candidate (through the API; the coach's pages are tested elsewhere).
    const coach = await e2e.api("coach", "mozaik");
    const candidate = await coach.post<{ id: string; reference: string }>(
      "/candidates",
      candidateInput({ ownReference: "AZ-SY-0042", occupation: "26212", languages: ["ar", "tr"] }),
    );
    await consentTo(coach, candidate);
    await coach.post("/referrals", {
      candidateId: candidate.id,
      placeId,
      notes: ["has-work-experience", "has-driving-licence"],
      message: "Gesellenbrief aus Syrien, Teilanerkennung.",
    });

    await page.getByRole("link", { name: "Eingegangene Vorschläge" }).click();
    const referral = page.getByRole("listitem").filter({ hasText: `Vorschlag für „${TITLE}“` });
    await referral.getByText("Kreis Gütersloh").waitFor();
    expect(await referral.getByText("Arabisch, Türkisch").count()).toBe(1);
    // The notes in their German labels; the coach's own note never reaches the employer.
    await referral.getByText("Mehrjährige Berufserfahrung").waitFor();
    expect(await referral.getByText("Führerschein vorhanden").count()).toBe(1);
    expect(await referral.getByText(/Gesellenbrief/).count()).toBe(0);
    for (const hidden of [candidate.reference, "AZ-SY-0042"])
      expect(await referral.getByText(hidden).count()).toBe(0);
    expect(await referral.getByText("Plätze: 0 von 2 belegt · 2 frei").count()).toBe(1);
    await checkPage(page, "employer-referrals");
    // Accepting asks first, like declining.
    await referral.getByRole("button", { name: "Annehmen" }).click();
    await page.getByRole("dialog", { name: "Annehmen?" }).getByRole("button", { name: "Annehmen" }).click();
    await referral.getByText("Angenommen", { exact: true }).waitFor();
    expect(await referral.getByText("Plätze: 1 von 2 belegt · 1 frei").count()).toBe(1);
    expect(await referral.getByRole("button", { name: "Annehmen" }).count()).toBe(0);

    await page.getByRole("link", { name: "Mentoringplätze" }).click();
    await item.getByText("Plätze: 1 von 2 belegt · 1 frei").waitFor();

    // Edit: one more seat; the list shows it.
    await item.getByRole("link", { name: "Bearbeiten" }).click();
    await page.getByRole("heading", { name: `Mentoringplatz bearbeiten: ${TITLE}` }).waitFor();
    await page.getByLabel("Anzahl Plätze").fill("3");
    await checkPage(page, "employer-place-edit");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await item.getByText("Plätze: 1 von 3 belegt · 2 frei").waitFor();

    await item.getByRole("button", { name: "Archivieren" }).click();
    await item.getByText("Archiviert").waitFor();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
