import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, inDays, signIn, startE2e } from "./support/app.ts";
import { consentTo } from "./support/consent.ts";

/**
 * What follows a match on the coach's candidate page: milestones recorded against the accepted
 * referral (mentoring.completed gives the place's seat back), a completion dated before its start
 * saved with a visible German warning, the list by date; and erasing the candidate from its page.
 */
let e2e: E2e;
const EMPLOYER = "klinik-meilenstein";

beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(() => e2e.close());

const german = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString("de-DE", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });

async function openCandidate(page: Page, id: string, reference: string) {
  await page.goto(`${e2e.server.url}/beratung/kandidaten/${id}`);
  await page.getByRole("heading", { name: `Kandidat:in ${reference}` }).waitFor();
}

describe("the candidate page after the match", { timeout: 90_000 }, () => {
  it("records mentoring against the accepted referral, warns in German, frees the seat", async () => {
    const employer = await e2e.api("employer", EMPLOYER);
    const place = await employer.post<{ id: string }>(
      "/mentoring-places",
      placeInput({ title: "Mentoring Station Meilenstein", capacity: 1, status: "published" }),
    );
    const coach = await e2e.api("coach", "mozaik");
    const candidate = await coach.post<{ id: string; reference: string }>("/candidates", candidateInput());
    await consentTo(coach, candidate);
    const referral = await coach.post<{ id: string }>("/referrals", {
      candidateId: candidate.id,
      placeId: place.id,
    });
    await employer.post(`/referrals/${referral.id}/accept`, {});

    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, "mozaik");
    await openCandidate(page, candidate.id, candidate.reference);
    const section = page.getByRole("region", { name: "Meilensteine" });
    await section.getByText("Noch keine Meilensteine.").waitFor();
    const record = async (type: string, day: string) => {
      await section.getByLabel("Meilenstein", { exact: true }).selectOption({ label: type });
      await section.getByLabel("Datum", { exact: true }).fill(day);
      const pick = section.getByLabel("Angenommene Vermittlung");
      // The one accepted referral is chosen for the coach.
      await expect.poll(() => pick.inputValue()).toBe(referral.id);
      expect(await pick.locator("option:checked").textContent()).toMatch(/^„Mentoring Station Meilenstein“/);
      await section.getByRole("button", { name: "Meilenstein erfassen" }).click();
    };
    const [started, completed] = [inDays(-5), inDays(-12)];
    await record("Mentoring begonnen", started);
    await section.getByText("Meilenstein gespeichert.", { exact: true }).waitFor();

    await record("Mentoring abgeschlossen", completed);
    const warning = section.getByText(
      "„Mentoring abgeschlossen“ liegt vor dem Datum von „Mentoring begonnen“.",
    );
    await warning.waitFor();
    expect(await warning.isVisible()).toBe(true);
    expect(await section.getByText(/mentoring\.(started|completed)/).count()).toBe(0);
    await expect
      .poll(() =>
        section.getByRole("list", { name: "Erfasste Meilensteine" }).getByRole("listitem").allTextContents(),
      )
      .toEqual([
        `${german(completed)}: Mentoring abgeschlossen – „Mentoring Station Meilenstein“`,
        `${german(started)}: Mentoring begonnen – „Mentoring Station Meilenstein“`,
      ]);
    await checkPage(page, "coach-milestones");

    const token = await e2e.server.token("employer", EMPLOYER);
    const stored = (await (
      await fetch(`${e2e.server.url}/mentoring-places/${place.id}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { acceptedCount: number };
    expect(stored.acceptedCount).toBe(0);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("erases from the candidate's page: the list confirms it, the old address says it once", async () => {
    const coach = await e2e.api("coach", "mozaik");
    const candidate = await coach.post<{ id: string; reference: string }>("/candidates", candidateInput());
    const tp = await openPage(e2e.browser, { allowHttpErrors: [404] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, "mozaik");
    await openCandidate(page, candidate.id, candidate.reference);
    await page.getByRole("button", { name: "Kandidat:in löschen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Endgültig löschen" }).click();

    await page.getByRole("heading", { name: "Kandidat:innen" }).waitFor();
    const confirmation = page
      .getByRole("main")
      .getByRole("status")
      .filter({
        hasText: `Kandidat:in ${candidate.reference} wurde gelöscht.`,
      });
    await confirmation.first().waitFor();
    expect(await confirmation.first().isVisible()).toBe(true);
    await checkPage(page, "coach-erased-from-page");

    await page.goBack();
    await page.getByRole("heading", { name: "Kandidat:in nicht gefunden" }).waitFor();
    const main = page.getByRole("main");
    await main.getByText("Diese Kandidat:in wurde gelöscht oder existiert nicht.").waitFor();
    // The milestones' and referrals' own reads fail too: nothing of them is left on the page.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await main.getByText(/nicht gefunden/i).count()).toBe(1);
    expect(await main.locator("form, button, select, input").count()).toBe(0);
    await checkPage(page, "coach-candidate-gone");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
