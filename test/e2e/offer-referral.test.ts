import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, offerInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage, type TestPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";
import { consentTo } from "./support/consent.ts";

/**
 * A referral to a qualification offer and the hand-off: the coach proposes from the candidate's
 * results; the provider sees a pseudonymous profile and no names; after confirming the
 * enrolment the provider sees the coach's organisation and work contact, and the coach the
 * offer's contact. Names, never slugs.
 */
const TITLE = "Kenntnisprüfung Pflege – Vorbereitung mit Praxisanleitung";
const FULL = "Anpassungslehrgang Pflege in Teilzeit";
const CONTACT = { name: "Jana Lehmann", email: "jana.lehmann@example.org", phone: "+49 5231 000002" };
const COACH = { name: "Leyla Demir", email: "leyla.demir@example.org", phone: "+49 521 000001" };
let e2e: E2e;
let candidateId = "";
let secondCandidate = "";
let caseNumber = "";
let secondCaseNumber = "";
let fullOffer = "";

async function describeOrg(org: string, name: string, kind: string) {
  const token = await e2e.server.token("admin", "iq-netzwerk");
  const res = await fetch(`${e2e.server.url}/organisations/${org}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ name, kind }),
  });
  if (res.status !== 200) throw new Error(`PUT /organisations/${org}: ${res.status}`);
}

beforeAll(async () => {
  e2e = await startE2e();
  await describeOrg("mozaik-angebot", "MOZAIK gGmbH", "coaching");
  await describeOrg("lippe-bildung", "Bildungszentrum Lippe gGmbH", "provider");
  const provider = await e2e.api("provider", "lippe-bildung");
  await provider.post(
    "/qualification-offers",
    offerInput({ title: TITLE, contact: CONTACT, seats: 2, status: "published" }),
  );
  ({ id: fullOffer } = await provider.post<{ id: string }>(
    "/qualification-offers",
    offerInput({ title: FULL, kind: "adaptation-course", status: "published" }),
  ));
  const coach = await e2e.api("coach", "mozaik-angebot");
  ({ id: candidateId, reference: caseNumber } = await coach.post<{ id: string; reference: string }>(
    "/candidates",
    candidateInput({ ownReference: "AZ-UA-0107", germanLevel: "B2", languages: ["uk"] }),
  ));
  ({ id: secondCandidate, reference: secondCaseNumber } = await coach.post<{ id: string; reference: string }>(
    "/candidates",
    candidateInput({ germanLevel: "B2" }),
  ));
  await consentTo(coach, { id: candidateId });
  await consentTo(coach, { id: secondCandidate });
}, 120_000);
afterAll(() => e2e.close());

/** The coach's work contact in Mein Konto: the provider gets it after the enrolment is confirmed. */
async function saveCoachContact(page: Page) {
  await page.getByRole("link", { name: "Mein Konto" }).click();
  await page.getByRole("heading", { name: "Mein Konto" }).waitFor();
  await page.getByLabel("Name").fill(COACH.name);
  await page.getByLabel("E-Mail").fill(COACH.email);
  await page.getByLabel("Telefon").fill(COACH.phone);
  await page.getByRole("button", { name: "Speichern" }).click();
  await page.getByText("Gespeichert.").waitFor();
}

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute("href")));

describe("referral to a qualification offer", { timeout: 90_000 }, () => {
  it("coach proposes, provider confirms the enrolment after a question, both get each other's contact", async () => {
    const coach: TestPage = await openPage(e2e.browser);
    await signIn(coach.page, e2e.server.url, /Beratung/, "mozaik-angebot");
    await saveCoachContact(coach.page);

    await coach.page.goto(`${e2e.server.url}/beratung/kandidaten/${candidateId}`);
    await coach.page.getByRole("heading", { name: `Kandidat:in ${caseNumber}` }).waitFor();
    const offer = coach.page
      .getByRole("tabpanel", { name: /Qualifizierungen/ })
      .locator("article", { hasText: TITLE });
    await offer.getByRole("button", { name: "Kandidat:in vorschlagen" }).click();
    const dialog = coach.page.getByRole("dialog", { name: "Kandidat:in vorschlagen" });
    await dialog.getByText(`Angebot: ${TITLE} (Bielefeld)`).waitFor();
    await expect.poll(() => dialog.getByLabel("Kandidat:in").inputValue()).toBe(candidateId);
    await dialog.getByLabel("Anerkennungsverfahren läuft").check();
    await dialog.getByLabel("Braucht begleitende Sprachförderung").check();
    await dialog
      .getByLabel("Eigene Notiz – nur für Ihre Organisation sichtbar")
      .fill("Abschluss aus der Ukraine, Teilanerkennung.");
    await checkPage(coach.page, "coach-propose-offer");
    await dialog.getByRole("button", { name: "Vorschlag senden" }).click();
    await offer.getByText(`${caseNumber}: vorgeschlagen.`).waitFor();

    const referrals = coach.page.getByRole("region", { name: "Vorschläge" });
    const sent = referrals.getByRole("listitem").filter({ hasText: TITLE });
    await sent.getByText("Vorgeschlagen", { exact: true }).waitFor();
    expect(await sent.getByText("Qualifizierung · Bildungszentrum Lippe gGmbH").count()).toBe(1);
    expect(
      await sent.getByText("Den Kontakt beim Bildungsträger erhalten Sie nach der Zusage.").count(),
    ).toBe(1);
    expect(await sent.getByText(CONTACT.email).count()).toBe(0);
    // The coach's organisation reads its notes and its own note, marked as its own.
    const ownNotes = sent.getByRole("list", { name: "Ihre Hinweise an den Bildungsträger" });
    expect(await ownNotes.getByRole("listitem").allTextContents()).toEqual([
      "Braucht begleitende Sprachförderung",
      "Anerkennungsverfahren läuft",
    ]);
    expect(await sent.getByText("Eigene Notiz (nur für Ihre Organisation sichtbar):").count()).toBe(1);
    expect(await sent.getByText("Abschluss aus der Ukraine, Teilanerkennung.").count()).toBe(1);

    // The provider: a pseudonymous profile, neither the coach's organisation nor a person.
    const provider = await openPage(e2e.browser);
    const { page } = provider;
    await signIn(page, e2e.server.url, /Bildungsträger/, "lippe-bildung");
    await page.getByRole("link", { name: "Vorschläge", exact: true }).click();
    await page.getByRole("heading", { name: "Vorschläge für Ihre Angebote" }).waitFor();
    const incoming = page.getByRole("listitem").filter({ hasText: `Vorschlag für „${TITLE}“` });
    await incoming.getByText("Kreis Gütersloh").waitFor();
    expect(await incoming.getByText("Ukrainisch").count()).toBe(1);
    // The notes in their labels; the coach's own note never reaches the provider.
    const notes = incoming.getByRole("list", { name: "Hinweise der Beratung" });
    expect(await notes.getByRole("listitem").allTextContents()).toEqual([
      "Braucht begleitende Sprachförderung",
      "Anerkennungsverfahren läuft",
    ]);
    const before = (await incoming.textContent()) ?? "";
    for (const hidden of [
      caseNumber,
      "AZ-UA-0107",
      "MOZAIK",
      "mozaik",
      COACH.name,
      COACH.email,
      COACH.phone,
      "Abschluss aus der Ukraine",
      "Eigene Notiz",
    ])
      expect(before).not.toContain(hidden);
    expect(before).toContain(
      "Den Namen der Beratungsstelle und den Kontakt der Beratung erhalten Sie nach der Zusage.",
    );
    expect(before).toContain("Plätze: 0 von 2 belegt · 2 frei");
    await checkPage(page, "provider-referrals");

    // Confirming asks first; cancelling changes nothing.
    await incoming.getByRole("button", { name: "Teilnahme bestätigen" }).click();
    const confirm = page.getByRole("dialog", { name: "Teilnahme bestätigen?" });
    await confirm
      .getByText(`Sie nehmen den Vorschlag für „${TITLE}“ an; dafür wird ein Platz belegt.`)
      .waitFor();
    await checkPage(page, "provider-referral-confirm");
    await confirm.getByRole("button", { name: "Abbrechen" }).click();
    await confirm.waitFor({ state: "detached" });
    expect(await incoming.getByText("Vorgeschlagen", { exact: true }).count()).toBe(1);

    await incoming.getByRole("button", { name: "Teilnahme bestätigen" }).click();
    await confirm.getByRole("button", { name: "Teilnahme bestätigen" }).click();
    await incoming.getByText("Angenommen", { exact: true }).waitFor();
    await incoming.getByText("Plätze: 1 von 2 belegt · 1 frei").waitFor();
    await incoming.getByText("Vorgeschlagen von MOZAIK gGmbH").waitFor();
    expect(await incoming.getByText(COACH.name).count()).toBe(1);
    expect(await hrefs(page, `[data-id] a[href^="mailto:"]`)).toEqual([`mailto:${COACH.email}`]);
    expect(await hrefs(page, `[data-id] a[href^="tel:"]`)).toEqual(["tel:+49521000001"]);
    expect((await incoming.textContent()) ?? "").not.toContain("mozaik");
    expect(await incoming.getByRole("button", { name: "Teilnahme bestätigen" }).count()).toBe(0);
    await checkPage(page, "provider-referral-accepted");
    expectNoConsoleErrors(provider);
    await provider.context.close();

    // The coach: the offer's contact person, by name, with mail and phone links.
    await coach.page.reload();
    await sent.getByText("Angenommen", { exact: true }).waitFor();
    await sent.getByText("Ansprechperson bei Bildungszentrum Lippe gGmbH").waitFor();
    expect(await sent.getByText(CONTACT.name).count()).toBe(1);
    expect(await sent.getByRole("link", { name: CONTACT.email }).getAttribute("href")).toBe(
      `mailto:${CONTACT.email}`,
    );
    expect(await sent.getByRole("link", { name: CONTACT.phone }).getAttribute("href")).toBe(
      "tel:+495231000002",
    );
    expect((await sent.textContent()) ?? "").not.toContain("lippe-bildung");
    // Agreed to be proposed, not to have the contact passed on: the coach is told so.
    await sent.getByText("Keine Einwilligung „Kontakt weitergeben“", { exact: false }).waitFor();
    await checkPage(coach.page, "coach-referral-handoff");
    expectNoConsoleErrors(coach);
    await coach.context.close();
  });

  it("provider declines with a reason from the list; the coach reads it, and no contact passes", async () => {
    const coachApi = await e2e.api("coach", "mozaik-angebot");
    await coachApi.post("/referrals", { candidateId: secondCandidate, offerId: fullOffer });

    const provider = await openPage(e2e.browser);
    const { page } = provider;
    await signIn(page, e2e.server.url, /Bildungsträger/, "lippe-bildung");
    await page.goto(`${e2e.server.url}/traeger/vorschlaege`);
    const incoming = page.getByRole("listitem").filter({ hasText: `Vorschlag für „${FULL}“` });
    await incoming.getByRole("button", { name: "Ablehnen" }).click();
    const dialog = page.getByRole("dialog", { name: "Vorschlag ablehnen?" });
    // No reason chosen: the dialog says so at the field and stays open.
    await dialog.getByRole("button", { name: "Ablehnen" }).click();
    await dialog.getByText("Bitte wählen Sie einen Grund.").first().waitFor();
    await dialog.getByLabel("Grund").selectOption({ label: "Voraussetzungen nicht erfüllt" });
    await checkPage(page, "provider-referral-decline");
    await dialog.getByRole("button", { name: "Ablehnen" }).click();
    await incoming.getByText("Abgelehnt", { exact: true }).waitFor();
    expect(await incoming.getByText("Grund der Absage: Voraussetzungen nicht erfüllt").count()).toBe(1);
    const after = (await incoming.textContent()) ?? "";
    for (const hidden of ["Vorgeschlagen von", "MOZAIK", COACH.email]) expect(after).not.toContain(hidden);
    expectNoConsoleErrors(provider);
    await provider.context.close();

    const coach = await openPage(e2e.browser);
    await signIn(coach.page, e2e.server.url, /Beratung/, "mozaik-angebot");
    await coach.page.getByRole("link", { name: "Vorschläge", exact: true }).click();
    const declined = coach.page.getByRole("listitem").filter({ hasText: FULL });
    await declined.getByText("Abgelehnt", { exact: true }).waitFor();
    expect(await declined.getByText("Grund der Absage: Voraussetzungen nicht erfüllt").count()).toBe(1);
    expect(await declined.getByText(`Kandidat:in ${secondCaseNumber}`, { exact: false }).count()).toBe(1);
    expect(await declined.locator('a[href^="mailto:"]').count()).toBe(0);
    expectNoConsoleErrors(coach);
    await coach.context.close();
  });
});
