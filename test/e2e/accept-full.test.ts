import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, startE2e } from "./support/app.ts";
import { consentTo } from "./support/consent.ts";

/**
 * Accepting on a phone (360 px) when the seats run out: the dialog warns before anything is sent
 * when the place is full, and the answer — success or the API's 409 when another answer took the
 * last seat meanwhile — appears at the card, focused and in view, not at the top of the page.
 */
let e2e: E2e;
const ORG = "klinik-voll";

beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(() => e2e.close());

/** A place with one seat and two proposals for it; the referrals' ids. */
async function onePlaceTwoProposals(title: string): Promise<string[]> {
  const employer = await e2e.api("employer", ORG);
  const place = await employer.post<{ id: string }>(
    "/mentoring-places",
    placeInput({ title, capacity: 1, status: "published" }),
  );
  const coach = await e2e.api("coach", "mozaik");
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const candidate = await coach.post<{ id: string }>("/candidates", candidateInput());
    await consentTo(coach, candidate);
    ids.push(
      (await coach.post<{ id: string }>("/referrals", { candidateId: candidate.id, placeId: place.id })).id,
    );
  }
  return ids;
}

/** The focused element lies inside `card` and within the 360 × 740 viewport. */
async function focusedInView(page: Page, card: Locator): Promise<string> {
  const id = await card.getAttribute("data-id");
  expect(
    await page.evaluate<boolean>(
      `document.querySelector('li[data-id="${id}"]').contains(document.activeElement)`,
    ),
  ).toBe(true);
  const box = await page.evaluate<{ top: number; bottom: number }>(
    "(() => { const r = document.activeElement.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; })()",
  );
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(740);
  return page.evaluate<string>("document.activeElement.innerText");
}

/** Signs in as the employer at 360 px (the sign-out button sits in the closed menu there). */
async function signIn(page: Page): Promise<void> {
  await page.goto(`${e2e.server.url}/anmelden`);
  await page.getByRole("radio", { name: /Arbeitgeber/ }).check();
  await page.getByLabel("Organisation (Kürzel)").fill(ORG);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.getByRole("heading", { name: "Mentoringplätze" }).waitFor();
}

const openReferrals = async (page: Page) => {
  await page.goto(`${e2e.server.url}/betrieb/vorschlaege`);
  await page.getByRole("heading", { name: "Eingegangene Vorschläge" }).waitFor();
};

describe("accepting when the seats run out, at 360 px", { timeout: 90_000 }, () => {
  it("shows the success at the card, then warns before accepting on the full place", async () => {
    const [first, second] = await onePlaceTwoProposals("Mentoring Station Voll");
    const tp = await openPage(e2e.browser, { width: 360, height: 740 });
    const { page } = tp;
    await signIn(page);
    await openReferrals(page);
    const card = (id = "") => page.locator(`li[data-id="${id}"]`);
    await card(second).getByRole("button", { name: "Annehmen" }).click();
    await page.getByRole("dialog", { name: "Annehmen?" }).getByRole("button", { name: "Annehmen" }).click();
    await card(second).getByText("Vorschlag angenommen.").waitFor();
    expect(await focusedInView(page, card(second))).toBe("Vorschlag angenommen.");

    await card(first).getByRole("button", { name: "Annehmen" }).click();
    const full = page.getByRole("dialog", { name: "Annehmen nicht möglich" });
    await full.getByText("Alle Plätze sind belegt – Annehmen ist nicht möglich.").waitFor();
    expect(await full.getByRole("button", { name: "Annehmen" }).count()).toBe(0);
    await checkPage(page, "employer-accept-full-360");
    await full.getByRole("button", { name: "Schließen" }).click();
    expect(await card(first).getByText("Vorgeschlagen", { exact: true }).count()).toBe(1);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("shows the 409 at the card when another answer took the last seat meanwhile", async () => {
    const [first, second] = await onePlaceTwoProposals("Mentoring Station Gleichzeitig");
    const tp = await openPage(e2e.browser, { width: 360, height: 740, allowHttpErrors: [409] });
    const { page } = tp;
    await signIn(page);
    await openReferrals(page);
    const card = page.locator(`li[data-id="${first}"]`);
    await card.getByRole("button", { name: "Annehmen" }).waitFor();
    // A colleague accepts the other proposal while this page is open.
    await (await e2e.api("employer", ORG)).post(`/referrals/${second}/accept`, {});

    await card.getByRole("button", { name: "Annehmen" }).click();
    await page.getByRole("dialog", { name: "Annehmen?" }).getByRole("button", { name: "Annehmen" }).click();
    const problem = card.getByRole("alert");
    await problem.waitFor();
    expect(await focusedInView(page, card)).toMatch(/keine freien Plätze/);
    expect(await page.locator(`li[data-id="${first}"] .seats`).textContent()).toBe(
      "Plätze: 1 von 1 belegt · 0 frei",
    );
    await checkPage(page, "employer-accept-conflict-360");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
