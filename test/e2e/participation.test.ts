import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, consentInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, inDays, signIn, startE2e } from "./support/app.ts";
import { fieldState, pageWidth } from "./support/fields.ts";

/**
 * Issue 30 on the coach's candidate page: the entry and the exit with its reason (and reopening
 * it), the erasure date explained; the six-month follow-up with its status; the ESF Plus form
 * offered only with the `esf-data` consent, and saved with it. Errors at the field, nothing saved.
 */
const ORG = "beratung-teilnahme";
let e2e: E2e;
let plain = { id: "", reference: "" };
let withEsf = { id: "", reference: "" };
let later = { id: "", reference: "" };

/** 12.03.2026 from 2026-03-12, as the page writes dates. */
const german = (iso: string) => iso.split("-").reverse().join(".");

beforeAll(async () => {
  e2e = await startE2e();
  const coach = await e2e.api("coach", ORG);
  plain = await coach.post<{ id: string; reference: string }>("/candidates", candidateInput());
  withEsf = await coach.post<{ id: string; reference: string }>("/candidates", candidateInput());
  later = await coach.post<{ id: string; reference: string }>("/candidates", candidateInput());
  await coach.post(
    `/candidates/${withEsf.id}/consents`,
    consentInput({ date: inDays(-1), scopes: ["store", "share-profile", "esf-data"] }),
  );
}, 120_000);
afterAll(() => e2e.close());

async function open(page: Page, c: { id: string; reference: string }): Promise<void> {
  await page.goto(`${e2e.server.url}/beratung/kandidaten/${c.id}`);
  await page.getByRole("heading", { name: `Kandidat:in ${c.reference}` }).waitFor();
  await page.getByRole("heading", { name: "Teilnahme" }).waitFor();
}

const fact = (page: Page, term: string) =>
  page
    .locator(".facts div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${term}$`) }) })
    .locator("dd");

describe("coach: participation, follow-up and ESF Plus data (issue 30)", { timeout: 120_000 }, () => {
  it("records the entry, refuses an exit before it at the field, records the exit and reopens it", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400, 409] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await open(page, plain);
    const entry = inDays(-60);
    await page.getByLabel("Eintrittsdatum").fill(entry);
    await page.getByRole("button", { name: "Eintritt speichern" }).click();
    await page.getByText("Eintritt gespeichert.").waitFor();
    expect(await fact(page, "Eintritt").textContent()).toBe(german(entry));

    // An exit before the entry: named at the date, nothing saved.
    await page.getByLabel("Austrittsdatum").fill(inDays(-90));
    await page.getByLabel("Grund des Austritts").selectOption("employment");
    await page.getByRole("button", { name: "Austritt erfassen" }).click();
    const exitDate = page.getByLabel("Austrittsdatum");
    await expect.poll(async () => (await fieldState(page, exitDate)).invalid).toBe(true);
    expect((await fieldState(page, exitDate)).description).toMatch(/vor dem Eintritt/);
    expect(await fact(page, "Austritt").textContent()).toBe("noch in der Teilnahme");

    const exit = inDays(-10);
    await exitDate.fill(exit);
    await page.getByRole("button", { name: "Austritt erfassen" }).click();
    await page.getByText("Austritt gespeichert.").waitFor();
    expect(await fact(page, "Austritt").textContent()).toBe(`${german(exit)}: Beschäftigung aufgenommen`);
    expect(await page.locator(".retention").textContent()).toMatch(
      new RegExp(
        `^Wird gelöscht am \\d\\d\\.\\d\\d\\.\\d{4} \\(12 Monate nach dem Austritt am ${german(exit)}, also nach der Nachbefragung`,
      ),
    );
    await checkPage(page, "coach-participation-exit");

    await page.reload();
    await page.getByRole("heading", { name: "Teilnahme" }).waitFor();
    expect(await fact(page, "Austritt").textContent()).toBe(`${german(exit)}: Beschäftigung aufgenommen`);
    await page.getByRole("button", { name: "Wieder aufnehmen" }).click();
    await page.getByText("Teilnahme wieder aufgenommen.").waitFor();
    expect(await fact(page, "Austritt").textContent()).toBe("noch in der Teilnahme");
    expect(await page.locator(".retention").textContent()).toMatch(
      /Jede Änderung und jeder Meilenstein setzen die Frist neu/,
    );
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("records the six-month follow-up with its status; without one the status is asked for", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await open(page, plain);
    const status = page.getByLabel("Ergebnis der Nachbefragung");
    expect(await status.isVisible()).toBe(false);
    await page.getByLabel("Meilenstein", { exact: true }).selectOption("followup.sixMonths");
    await page.getByRole("button", { name: "Meilenstein erfassen" }).click();
    await expect.poll(async () => (await fieldState(page, status)).invalid).toBe(true);
    expect((await fieldState(page, status)).description).toMatch(/aus der Liste wählen/);
    await status.selectOption("employed-adequate");
    await page.getByRole("button", { name: "Meilenstein erfassen" }).click();
    const section = page.getByRole("region", { name: "Meilensteine" });
    await section
      .getByText(/Nachbefragung nach 6 Monaten: Adäquat beschäftigt \(auf dem Niveau des Referenzberufs\)$/)
      .waitFor();
    await checkPage(page, "coach-followup");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("without the esf-data consent the ESF Plus form is not offered; fits 360 px", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, plain);
    const esf = page.getByRole("region", { name: "ESF-Plus-Daten" });
    await esf.getByText(/nur mit der Einwilligung/).waitFor();
    expect(await esf.getByRole("combobox").count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "coach-participation-360");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("with the esf-data consent: the ESF Plus form, a missing answer asked for at the field, saved", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, withEsf);
    const esf = page.getByRole("region", { name: "ESF-Plus-Daten" });
    await esf.getByLabel("Altersgruppe beim Eintritt").selectOption("25-54");
    await esf.getByLabel("Geschlecht").selectOption("female");
    await esf.getByLabel("Erwerbsstatus beim Eintritt").selectOption("unemployed");
    await esf.getByLabel("Bildungsstand (ISCED)").selectOption("5-8");
    // Drittstaatsangehörigkeit not chosen: asked for at the field, nothing saved.
    await esf.getByRole("button", { name: "ESF-Daten speichern" }).click();
    const third = esf.getByLabel("Drittstaatsangehörigkeit");
    await expect.poll(async () => (await fieldState(page, third)).invalid).toBe(true);
    expect((await fieldState(page, third)).description).toMatch(/ausfüllen/);
    await third.selectOption("true");
    await esf.getByRole("button", { name: "ESF-Daten speichern" }).click();
    await esf.getByText("ESF-Daten gespeichert.").waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "coach-esf-360");

    await page.reload();
    await page.getByRole("heading", { name: "ESF-Plus-Daten" }).waitFor();
    expect(await esf.getByLabel("Altersgruppe beim Eintritt").inputValue()).toBe("25-54");
    expect(await esf.getByLabel("Geschlecht").inputValue()).toBe("female");
    expect(await esf.getByLabel("Drittstaatsangehörigkeit").inputValue()).toBe("true");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("the consent recorded on the page opens the ESF Plus form; withdrawn, it closes again", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await open(page, later);
    const esf = page.getByRole("region", { name: "ESF-Plus-Daten" });
    await esf.getByRole("link", { name: "Einwilligung" }).click();
    const consent = page.getByRole("region", { name: "Einwilligung", exact: true });
    await consent.getByRole("checkbox", { name: "ESF-Plus-Daten" }).check();
    await consent.getByRole("button", { name: "Einwilligung erfassen" }).click();
    await consent.getByText("Einwilligung erfasst.").waitFor();
    await esf.getByLabel("Altersgruppe beim Eintritt").waitFor();

    await consent.getByRole("button", { name: "ESF-Plus-Daten widerrufen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Widerrufen" }).click();
    await esf.getByText(/nur mit der Einwilligung/).waitFor();
    expect(await esf.getByRole("combobox").count()).toBe(0);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
