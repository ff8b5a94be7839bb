import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, offerInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";

/**
 * Issue 31, point 6: the handout tells the candidate whom to contact — the counselling
 * organisation by name and the coach's work contact from "Mein Konto" — not only "Ihre Beratung".
 */
const COACH_ORG = "beratung-kontakt";
let caseNumber = "";
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
  const admin = await e2e.server.token("admin", "iq-netzwerk");
  const res = await fetch(`${e2e.server.url}/organisations/${COACH_ORG}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "Beratungsstelle Kontakt e. V.", kind: "coaching" }),
  });
  if (res.status !== 200) throw new Error(`PUT /organisations: ${res.status}`);
  const provider = await e2e.api("provider", "pro-kontakt");
  await provider.post("/qualification-offers", offerInput({ status: "published" }));
  const coach = await e2e.api("coach", COACH_ORG);
  ({ reference: caseNumber } = await coach.post<{ reference: string }>("/candidates", candidateInput()));
}, 120_000);
afterAll(() => e2e.close());

describe("handout: whom to contact (issue 31)", { timeout: 90_000 }, () => {
  it("asks for the work contact, then names organisation and coach on the English handout", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, COACH_ORG);
    await page.getByRole("link", { name: "Kandidat:innen" }).click();
    await page.getByRole("link", { name: caseNumber }).click();
    await page.getByText("Damit der Handzettel Sie als Ansprechperson nennt").waitFor();
    await page.getByRole("link", { name: "Mein Konto" }).last().click();
    await page.getByRole("heading", { name: "Mein Konto" }).waitFor();
    await page.getByLabel("Name").fill("Aylin Demir");
    await page.getByLabel("Telefon").fill("+49 521 987654");
    await page.getByLabel("E-Mail").fill("a.demir@example.org");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert.").waitFor();

    await page.getByRole("link", { name: "Kandidat:innen" }).click();
    await page.getByRole("link", { name: caseNumber }).click();
    await page
      .getByText(
        "Der Handzettel nennt Aylin Demir (Beratungsstelle Kontakt e. V.) als Ansprechperson, mit den Kontaktdaten aus „Mein Konto“.",
      )
      .waitFor();
    await checkPage(page, "coach-candidate-handout-contact");
    await page.getByLabel("Sprache des Handzettels").selectOption("en");
    const popup = page.waitForEvent("popup");
    await page.getByRole("button", { name: "Handzettel drucken" }).click();
    const handout = await popup;
    await handout.waitForURL(/^blob:/);
    await handout.waitForLoadState();
    const step = handout.locator("ol.steps > li").last();
    expect(await step.textContent()).toBe(
      "If you have questions or receive an offer of a place, contact your adviser." +
        "Your counselling service: Beratungsstelle Kontakt e. V. · Your contact person: Aylin Demir · Phone: +49 521 987654 · Email: a.demir@example.org",
    );
    await handout.close();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
