import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURRENT_NOTICE_VERSION } from "../../shared/domain/consent.ts";
import { candidateInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";

/**
 * Consent on the coach's candidate page (issue 30): the propose dialog says why a candidate without
 * "Profil teilen" cannot be proposed and leads to the consent section; the coach opens the
 * information notice in the candidate's language, ticks the scopes and records them in one step;
 * withdrawing "Speichern" asks first and erases the candidate.
 */
let e2e: E2e;
const ORG = "mozaik-einwilligung";
const PLACE = "Mentoring Station Einwilligung";
let candidate: { id: string; reference: string };

beforeAll(async () => {
  e2e = await startE2e();
  const employer = await e2e.api("employer", "klinik-einwilligung");
  await employer.post("/mentoring-places", placeInput({ title: PLACE, status: "published" }));
  const coach = await e2e.api("coach", ORG);
  candidate = await coach.post("/candidates", candidateInput({ languages: ["ar"] }));
}, 120_000);
afterAll(() => e2e.close());

describe("coach: consent", { timeout: 90_000 }, () => {
  it("stops a proposal without consent, records the consent with the notice, then proposes", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await page.goto(`${e2e.server.url}/beratung/kandidaten/${candidate.id}`);
    await page.getByRole("heading", { name: `Kandidat:in ${candidate.reference}` }).waitFor();
    const section = page.getByRole("region", { name: "Einwilligung" });
    await section.getByText("Noch keine Einwilligung erfasst.", { exact: false }).waitFor();

    // The propose dialog names what is missing instead of a raw 409, and sends nothing.
    const place = page
      .getByRole("region", { name: "Aktuelle Treffer" })
      .locator("article", { hasText: PLACE });
    await place.getByRole("button", { name: "Kandidat:in vorschlagen" }).click();
    const dialog = page.getByRole("dialog", { name: "Kandidat:in vorschlagen" });
    await dialog
      .getByText(`Für ${candidate.reference} liegt keine Einwilligung „Profil teilen“ vor.`, { exact: false })
      .waitFor();
    await dialog.getByRole("button", { name: "Vorschlag senden" }).click();
    await dialog
      .getByText("Ohne Einwilligung „Profil teilen“ nicht möglich.", { exact: false })
      .first()
      .waitFor();
    await checkPage(page, "coach-propose-without-consent");
    await dialog.getByRole("link", { name: "Einwilligung auf der Seite der Kandidat:in erfassen" }).click();
    await dialog.waitFor({ state: "detached" });

    // The notice in the candidate's language, in a new window, right to left.
    await section.getByLabel("Sprache des Informationsblatts").selectOption("ar");
    const popup = page.waitForEvent("popup");
    await section.getByRole("button", { name: "Informationsblatt öffnen" }).click();
    const notice = await popup;
    await notice.waitForURL(/^blob:/);
    await notice.waitForLoadState();
    const root = notice.locator("html");
    expect([await root.getAttribute("lang"), await root.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    expect(await notice.locator(`[data-notice-version="${CURRENT_NOTICE_VERSION}"]`).count()).toBe(1);
    expect((await notice.locator("body").textContent()) ?? "").toContain("eu-central-1");
    await notice.close();

    // One step: scopes ticked, date today by default.
    await section.getByLabel("Speichern des Profils").check();
    await section.getByLabel("Profil teilen (Vorschläge an Betriebe und Bildungsträger)").check();
    await section.getByRole("button", { name: "Einwilligung erfassen" }).click();
    await section.getByText("Einwilligung erfasst.").waitFor();
    const shared = section.getByRole("listitem").filter({ hasText: "Profil teilen" });
    await shared
      .getByText(`Informationsblatt ${CURRENT_NOTICE_VERSION} (Arabisch`, { exact: false })
      .waitFor();
    await checkPage(page, "coach-consent");

    await place.getByRole("button", { name: "Kandidat:in vorschlagen" }).click();
    expect(await dialog.getByText("keine Einwilligung", { exact: false }).count()).toBe(0);
    await dialog.getByRole("button", { name: "Vorschlag senden" }).click();
    await place.getByText(`${candidate.reference}: vorgeschlagen.`).waitFor();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("withdraws share-profile, then store after a warning that erases the candidate", async () => {
    // The erased candidate's page answers 404 at the end, on purpose.
    const tp = await openPage(e2e.browser, { allowHttpErrors: [404] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await page.goto(`${e2e.server.url}/beratung/kandidaten/${candidate.id}`);
    const section = page.getByRole("region", { name: "Einwilligung" });
    await section
      .getByRole("button", { name: "Profil teilen (Vorschläge an Betriebe und Bildungsträger) widerrufen" })
      .click();
    const confirm = page.getByRole("dialog");
    await confirm.getByText("Offene Vorschläge werden zurückgezogen", { exact: false }).waitFor();
    await confirm.getByRole("button", { name: "Widerrufen" }).click();
    await section.getByText("widerrufen am", { exact: false }).waitFor();
    // Its open referral is withdrawn with it, and the page's list says so at once.
    await page
      .getByRole("region", { name: "Vorschläge" })
      .getByText("Zurückgezogen", { exact: true })
      .first()
      .waitFor();

    await section.getByRole("button", { name: "Speichern des Profils widerrufen" }).click();
    const erase = page.getByRole("dialog", {
      name: `Widerruf: Kandidat:in ${candidate.reference} wird gelöscht`,
    });
    await erase.getByText("endgültig gelöscht", { exact: false }).waitFor();
    await checkPage(page, "coach-consent-withdraw-store");
    await erase.getByRole("button", { name: "Widerrufen und löschen" }).click();
    await page
      .getByText(`Einwilligung widerrufen: Kandidat:in ${candidate.reference} wurde gelöscht.`)
      .waitFor();
    await page.goto(`${e2e.server.url}/beratung/kandidaten/${candidate.id}`);
    await page.getByText("Diese Kandidat:in wurde gelöscht oder existiert nicht.").waitFor();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
