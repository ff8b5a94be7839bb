import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, offerInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";
import { consentTo } from "./support/consent.ts";

/**
 * The qualification plan (issue 28): from the candidate's page to the plan; the proposal puts the
 * Kenntnisprüfung course first, a place takes the practice, Palliativpflege stays open; the coach
 * drops a step by keyboard and saves, proposes the candidate from a step, prints the handout.
 */
const COACH_ORG = "beratung-plan";
const COURSE = "Vorbereitung Kenntnisprüfung Pflege";
const PLACE = "Mentoring Akutpflege Station 2";
let e2e: E2e;
let candidateId = "";
let caseNumber = "";

beforeAll(async () => {
  e2e = await startE2e();
  const provider = await e2e.api("provider", "bildung-plan");
  await provider.post(
    "/qualification-offers",
    offerInput({
      title: COURSE,
      status: "published",
      germanLevel: "B1",
      modules: [
        { id: "pharma", title: "Arzneimittellehre", topics: ["Pharmakologie"], hours: 120, kind: "theory" },
      ],
    }),
  );
  const employer = await e2e.api("employer", "klinikum-plan");
  await employer.post("/mentoring-places", placeInput({ title: PLACE, status: "published" }));
  const coach = await e2e.api("coach", COACH_ORG);
  ({ id: candidateId, reference: caseNumber } = await coach.post<{ id: string; reference: string }>(
    "/candidates",
    candidateInput({
      recognition: {
        status: "partial",
        trainedIn: "third-country",
        state: "05",
        decision: {
          date: "2026-10-01",
          kind: "compensation-required",
          measure: "knowledge-exam",
          differences: [
            { topic: "Pharmakologie", hours: 120, kind: "theory" },
            { topic: "Akutpflege", hours: 400, kind: "practice" },
            { topic: "Palliativpflege", hours: 40, kind: "theory" },
          ],
        },
      },
    }),
  ));
  await consentTo(coach, { id: candidateId });
}, 120_000);
afterAll(() => e2e.close());

describe("coach: qualification plan", { timeout: 90_000 }, () => {
  it("shows the proposal, keeps and drops steps by keyboard, saves, proposes from a step; works at 360 px", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, COACH_ORG);
    await page.goto(`${e2e.server.url}/beratung/kandidaten/${candidateId}`);
    await page.getByRole("heading", { name: `Kandidat:in ${caseNumber}` }).waitFor();
    await page.getByRole("link", { name: "Qualifizierungsplan" }).click();
    await page.getByRole("heading", { name: `Qualifizierungsplan – Kandidat:in ${caseNumber}` }).waitFor();

    const summary = page.getByRole("region", { name: "Vorschlag" });
    await summary.getByText("Kenntnisprüfung", { exact: true }).waitFor();
    // Pharmakologie by the course, Akutpflege by the place: 520 of 561 (German B2 counts 1); B2 and Palliativpflege open.
    await summary.getByText("93 %").waitFor();
    expect(await summary.getByRole("listitem").allTextContents()).toEqual(["Palliativpflege", "Deutsch B2"]);
    const steps = page.locator(".plan-steps > li");
    expect(await steps.locator("h3").allTextContents()).toEqual([`1. ${COURSE}`, `2. ${PLACE}`]);
    await checkPage(page, "coach-plan");

    // Keyboard: the place's checkbox off with Space, then save with Enter.
    const keep = steps.nth(1).getByLabel("Im Plan behalten");
    await keep.focus();
    await page.keyboard.press("Space");
    expect(await keep.isChecked()).toBe(false);
    await page.getByRole("button", { name: "Plan speichern" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Plan gespeichert. Der Handzettel druckt jetzt diesen Plan.").waitFor();
    const saved = page.getByRole("region", { name: "Gespeicherter Plan (Version 1)" });
    await saved.getByText("21 %").waitFor();
    expect(await saved.getByRole("listitem").allTextContents()).toEqual([
      "Akutpflege",
      "Palliativpflege",
      "Deutsch B2",
    ]);

    await steps.first().getByRole("button", { name: "Für dieses Angebot vorschlagen" }).click();
    const dialog = page.getByRole("dialog", { name: "Kandidat:in vorschlagen" });
    await expect.poll(() => dialog.getByLabel("Kandidat:in").inputValue()).toBe(candidateId);
    await dialog.getByRole("button", { name: "Vorschlag senden" }).click();
    await page.getByText(`${caseNumber}: vorgeschlagen.`).waitFor();

    await page.setViewportSize({ width: 360, height: 800 });
    await checkPage(page, "coach-plan-360");
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);

    const popup = page.waitForEvent("popup");
    await page.getByLabel("Sprache des Handzettels").selectOption("en");
    await page.getByRole("button", { name: "Handzettel drucken" }).click();
    const handout = await popup;
    await handout.waitForURL(/^blob:/);
    await handout.getByRole("heading", { name: "Your qualification plan" }).waitFor();
    expect((await handout.locator("body").textContent()) ?? "").toContain(COURSE);
    await handout.close();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
