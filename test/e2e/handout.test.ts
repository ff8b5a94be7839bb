import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, offerInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";

/**
 * "Handzettel drucken" on the candidate page: the chosen language's page opens in a new window
 * (fetched with the token, shown from a Blob URL) and prints on at most two A4 pages.
 */
const COACH_ORG = "beratung-handzettel";
/** The coach's own file number; the page names the candidate by the case number Passung issued. */
const OWN_REFERENCE = "OWL-HANDZETTEL-1";
let caseNumber = "";
const OFFER = "Anpassungsqualifizierung Pflege mit Praxiseinsätzen";
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
  const provider = await e2e.api("provider", "pro-arbeit");
  await provider.post(
    "/qualification-offers",
    offerInput({
      title: OFFER,
      status: "published",
      germanLevel: "B1",
      contact: { name: "Max Beispiel", email: "max.beispiel@example.org", phone: "0521 123456" },
    }),
  );
  const employer = await e2e.api("employer", "klinikum-handzettel");
  await employer.post(
    "/mentoring-places",
    placeInput({ title: "Mentoring Pflege Station 4", status: "published" }),
  );
  const coach = await e2e.api("coach", COACH_ORG);
  ({ reference: caseNumber } = await coach.post<{ reference: string }>(
    "/candidates",
    candidateInput({ ownReference: OWN_REFERENCE }),
  ));
}, 120_000);
afterAll(() => e2e.close());

const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

async function openCandidate(page: Page): Promise<void> {
  await signIn(page, e2e.server.url, /Beratung/, COACH_ORG);
  await page.getByRole("link", { name: "Kandidat:innen" }).click();
  await page.getByRole("link", { name: caseNumber }).click();
  await page.getByRole("heading", { name: `Kandidat:in ${caseNumber}` }).waitFor();
  await page.getByRole("region", { name: "Aktuelle Treffer" }).waitFor();
}

describe("coach: candidate handout", { timeout: 90_000 }, () => {
  it("opens the handout in the chosen language in a new window, printable on two A4 pages", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await openCandidate(page);
    await page.getByLabel("Sprache des Handzettels").selectOption("ar");
    await checkPage(page, "coach-candidate-handout");

    const popup = page.waitForEvent("popup");
    await page.getByRole("button", { name: "Handzettel drucken" }).click();
    const handout = await popup;
    await handout.waitForURL(/^blob:/);
    await handout.waitForLoadState();
    const root = handout.locator("html");
    expect([await root.getAttribute("lang"), await root.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    await handout.getByRole("heading", { name: OFFER }).waitFor();
    const text = (await handout.locator("body").textContent()) ?? "";
    expect(text).toContain("بالألمانية");
    expect(text).toContain("0521 123456");
    expect(text).not.toContain(caseNumber);
    expect(text).not.toContain(OWN_REFERENCE);
    expect(text).not.toContain("Petra Beispiel");
    expect(await handout.locator('[lang="de"]', { hasText: OFFER }).count()).toBe(1);

    const pages = pdfPages(await handout.pdf({ preferCSSPageSize: true }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await handout.close();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
