import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, inDays, signIn, startE2e } from "./support/app.ts";
import { consentTo } from "./support/consent.ts";
import { pageWidth } from "./support/fields.ts";

/**
 * The coach's "Arbeitgeberberatung": find and open an employer among more than a page of them,
 * record a session in one form with the keyboard only, see an overdue measure said in words and
 * settle it, send the company the decision link for a proposal to the place kept on its behalf and
 * accept the proposal, read the figures; create an employer on a phone — at 1280 and 360 px, axe clean.
 */
const ORG = "arbeitgeberservice-leipzig";
const COMPANY = "Lindenauer Präzisionstechnik GmbH";
const PLACE = "Mentoring-Tandem Zerspanung – Dreherei Lindenau";
const OVERDUE = "Einarbeitungsplan mit Sprachpatenschaft";
let e2e: E2e;

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
  await describeOrg(ORG, "IQ Arbeitgeberservice Leipzig", "coaching");
  const coach = await e2e.api("coach", ORG);
  const employer = await coach.post<{ id: string }>("/employers", {
    name: COMPANY,
    sector: "C",
    size: "medium",
    postalCode: "04177",
    contact: { name: "Anja Kretzschmar", email: "anja.kretzschmar@example.org", consentDate: inDays(-30) },
  });
  // More than one page (25) of employers, so the list pages.
  for (let i = 1; i <= 26; i++)
    await coach.post("/employers", {
      name: `Betrieb ${String(i).padStart(2, "0")} Sachsen`,
      sector: "G",
      size: "small",
      postalCode: "09112",
    });
  const measures = `/employers/${employer.id}/measures`;
  await coach.post(measures, { title: OVERDUE, topic: "onboarding", due: inDays(-3) });
  await coach.post(measures, {
    title: "Workshop für die Teamleitungen",
    topic: "intercultural-competence",
    due: inDays(20),
  });
  const place = await coach.post<{ id: string }>("/mentoring-places", {
    ...placeInput({
      title: PLACE,
      occupations: ["24232"],
      location: { postalCode: "04177" },
      status: "published",
    }),
    onBehalfOf: employer.id,
  });
  // Another counselling organisation proposes one of its candidates to the published place.
  const other = await e2e.api("coach", "beratung-dresden");
  const candidate = await other.post<{ id: string }>(
    "/candidates",
    candidateInput({ occupation: "24232", location: { postalCode: "04229" }, recognition: undefined }),
  );
  await consentTo(other, candidate);
  await other.post("/referrals", { candidateId: candidate.id, placeId: place.id, notes: ["can-start-now"] });
}, 120_000);
afterAll(() => e2e.close());

describe("employer counselling", { timeout: 90_000 }, () => {
  it("finds an employer, records a session by keyboard, settles an overdue measure and answers a referral", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Arbeitgeberberatung" })
      .click();
    await page.getByRole("heading", { name: "Arbeitgeberberatung", level: 1 }).waitFor();
    const items = page.locator("main .list > li");
    await items.nth(24).waitFor();
    expect(await items.count()).toBe(25);
    await page.getByRole("button", { name: "Weitere laden" }).click();
    await items.nth(26).waitFor();
    expect(await items.count()).toBe(27);

    await page.getByLabel("Name des Arbeitgebers").fill("lindenau");
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.getByRole("link", { name: "Betrieb 01 Sachsen" }).waitFor({ state: "detached" });
    expect(await items.count()).toBe(1);
    expect(page.url()).toMatch(/\?q=lindenau$/);
    await checkPage(page, "employers-search");
    await page.getByRole("link", { name: COMPANY }).click();
    await page.getByRole("heading", { name: COMPANY, level: 1 }).waitFor();
    expect(await page.getByText("C – Verarbeitendes Gewerbe").count()).toBe(1);
    expect(await page.getByText("Mittleres Unternehmen (50 bis 249 Beschäftigte), KMU").count()).toBe(1);
    await page.getByText("Noch keine Gespräche erfasst.").waitFor();

    // The whole session from the keyboard: minutes, format (arrow keys), two topics, note, Enter.
    await page.getByLabel("Dauer in Minuten").focus();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("45");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");
    const sessions = page.getByRole("list", { name: "Bisherige Gespräche" });
    await sessions.waitFor();
    const first = sessions.getByRole("listitem").first();
    expect(await first.textContent()).toContain("Online · 45 Minuten");
    expect(await first.textContent()).toContain(
      "Anerkennung ausländischer Abschlüsse, Einarbeitung und Onboarding",
    );
    // Ready for the next one: the topics are cleared, the date is today again.
    expect(
      await page.getByRole("checkbox", { name: "Anerkennung ausländischer Abschlüsse" }).isChecked(),
    ).toBe(false);

    const measures = page.getByRole("list", { name: "Vereinbarte Maßnahmen" });
    const overdue = measures.getByRole("listitem").filter({ hasText: OVERDUE });
    expect(await overdue.getByText("Überfällig").count()).toBe(1);
    expect(await measures.getByText("Überfällig").count()).toBe(1);

    const place = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: PLACE }) });
    await place.getByRole("heading", { name: `Vorschlag für „${PLACE}“` }).waitFor();
    expect(await place.getByText("Kann sofort beginnen").count()).toBe(1);
    await checkPage(page, "employer-page");

    await overdue.getByLabel("Status").selectOption("done");
    await overdue.getByRole("button", { name: "Status speichern" }).click();
    await measures.getByText("Überfällig").waitFor({ state: "detached" });

    await place.getByRole("button", { name: "Link an das Unternehmen senden" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Link senden" }).click();
    await place
      .getByText(/^Link an anja\.kretzschmar@example\.org gesendet, gültig bis \d\d\.\d\d\.\d{4}\.$/)
      .waitFor();
    await place.getByRole("button", { name: "Annehmen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Annehmen" }).click();
    await place.getByText("Angenommen", { exact: true }).waitFor();
    expect(await place.getByText("Plätze: 1 von 2 belegt · 1 frei").count()).toBe(1);

    await page.getByRole("link", { name: "Statistik" }).click();
    await page.getByRole("heading", { name: "Arbeitgeberberatung", level: 2 }).scrollIntoViewIfNeeded();
    const own = page.getByRole("region", { name: "Arbeitgeberberatung Ihrer Organisation" });
    await own.waitFor();
    // One employer counselled (a medium one: an SME), one session, two measures agreed, one done,
    // one place on its behalf, no hire yet.
    const totals = await own.locator("tfoot td").allTextContents();
    expect(totals).toEqual(["1", "1", "1", "2", "1", "1", "0"]);
    expect(await own.locator("thead th").allTextContents()).toEqual([
      "Bezeichnung",
      "Arbeitgeber beraten",
      "davon KMU",
      "Gespräche",
      "Maßnahmen vereinbart",
      "Maßnahmen erledigt",
      "Plätze für Arbeitgeber",
      "Einstellungen über diese Plätze",
    ]);
    await checkPage(page, "statistics-employers");

    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("creates an employer on a phone; a contact without consent date is named at its field", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    // A phone from here on: the navigation sits behind "Menü".
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole("button", { name: "Menü" }).click();
    await page.getByRole("link", { name: "Arbeitgeberberatung" }).click();
    await page.getByRole("link", { name: "Neuen Arbeitgeber anlegen" }).click();
    await page.getByRole("heading", { name: "Neuer Arbeitgeber" }).waitFor();
    await page.getByLabel("Name des Arbeitgebers").fill("Pflegedienst am Kaßberg gGmbH");
    await page.getByLabel("Wirtschaftszweig").selectOption("Q");
    await page.getByLabel("Größe").selectOption("small");
    await page.getByLabel("Postleitzahl des Standorts").fill("09112");
    await page.getByText("Chemnitz · Kreisfreie Stadt Chemnitz").waitFor();
    await page.getByLabel("Name der Ansprechperson").fill("Jens Ullrich");
    await page.getByRole("button", { name: "Arbeitgeber anlegen" }).click();
    const consent = page.getByLabel("Einwilligung erteilt am");
    await expect.poll(() => consent.getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
    await checkPage(page, "employer-form-360");
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await consent.fill(inDays(-1));
    await page.getByRole("button", { name: "Arbeitgeber anlegen" }).click();
    await page.getByRole("heading", { name: "Pflegedienst am Kaßberg gGmbH", level: 1 }).waitFor();
    expect(await page.getByText("Q – Gesundheits- und Sozialwesen").count()).toBe(1);
    await page.getByText("Noch keine Gespräche erfasst.").waitFor();
    await checkPage(page, "employer-page-360");
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);

    await page.goto(`${e2e.server.url}/statistik`);
    await page.getByRole("heading", { name: "Arbeitgeberberatung", level: 2 }).scrollIntoViewIfNeeded();
    await page.getByRole("region", { name: "Arbeitgeberberatung im Netzwerk" }).waitFor();
    await checkPage(page, "statistics-employers-360");
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);

    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
