import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";

/**
 * Issue 31, point 8: typed nonsense is not resolved to a weak fuzzy match ("Einholer/in") but told
 * at the field; an abbreviation ("MFA") finds its occupation.
 */
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(() => e2e.close());

const LABEL = "Berufsgattung (KldB 2010)";

describe("occupation search in the coach's form (issue 31)", { timeout: 90_000 }, () => {
  it("says when no occupation matches and does not search; finds MFA", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, "beratung-berufssuche");
    const occupation = page.getByRole("combobox", { name: LABEL });
    await occupation.fill("Quantenmechaniker für Einhörner");
    const none = page.getByText("Kein Beruf gefunden – anderes Wort oder KldB-Code versuchen.");
    await none.waitFor();
    await page.getByLabel("Postleitzahl").fill("33330");
    await page.getByText(/Gütersloh · Nordrhein-Westfalen$/).waitFor();
    await page.getByRole("button", { name: "Passende Angebote suchen" }).click();
    await none.waitFor();
    expect(await page.getByText(/Gemeint:/).count()).toBe(0);
    expect(await page.getByText(/Einholer/).count()).toBe(0);
    expect(await page.getByRole("region", { name: "Ergebnisse" }).count()).toBe(0);
    expect(await occupation.inputValue()).toBe("Quantenmechaniker für Einhörner");
    await checkPage(page, "coach-occupation-none");

    await occupation.fill("MFA");
    const option = page.getByRole("option", { name: /^81102 .*Medizinische\/r Fachangestellte\/r/ });
    await option.waitFor();
    expect(await none.count()).toBe(0);
    await option.click();
    expect(await occupation.inputValue()).toMatch(/^81102 – Medizinische Fachangestellte/);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
