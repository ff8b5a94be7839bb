import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, offerInput } from "../support/fixtures.ts";
import { drainStream } from "../support/stream.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";
import { fieldState, pageWidth, tabTo } from "./support/fields.ts";

/**
 * Issue 28: the coach records the recognition case from a Bescheid on the candidate's page —
 * keyboard alone, four differences, saved and shown again after a reload; a bad value is named at
 * its row; the competent body is proposed from the sourced data.
 */
const ORG = "beratung-bescheid";
let e2e: E2e;
let candidateId = "";

const focused = (script: string) =>
  `(() => { const el = document.activeElement; return !!el && (${script}); })()`;
const inField = (path: string) =>
  focused(`!!el.closest('[data-field="${path}"]') && el.matches('input, select')`);

beforeAll(async () => {
  // Topics are counted by a stream reaction: the stream is on and drained after seeding.
  e2e = await startE2e({ stream: true });
  // A module elsewhere in the Berufsgruppe, so "Pharmakologie" is a topic already in use.
  const provider = await e2e.api("provider", "traeger-bescheid");
  await provider.post(
    "/qualification-offers",
    offerInput({
      status: "published",
      modules: [
        { id: "m1", title: "Arzneimittellehre", topics: ["Pharmakologie"], hours: 40, kind: "theory" },
      ],
    }),
  );
  const coach = await e2e.api("coach", ORG);
  const c = await coach.post<{ id: string }>(
    "/candidates",
    candidateInput({ recognition: { status: "pending" } }),
  );
  candidateId = c.id;
  await drainStream(e2e.server.deps);
}, 120_000);
afterAll(() => e2e.close());

async function openCase(page: Page): Promise<void> {
  await page.goto(`${e2e.server.url}/beratung/kandidaten/${candidateId}`);
  await page.getByRole("heading", { name: "Anerkennungsfall" }).waitFor();
}

/** Types one difference into the focused topic field; Enter opens the next row. */
async function difference(page: Page, topic: string, hours: string, kindSteps: number): Promise<void> {
  await page.keyboard.type(topic);
  await page.keyboard.press("Tab");
  await page.keyboard.type(hours);
  await page.keyboard.press("Tab");
  for (let i = 0; i < kindSteps; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
}

describe("coach: the recognition case (issue 28)", { timeout: 120_000 }, () => {
  it("records a Bescheid with four differences by keyboard; a reload shows it", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await openCase(page);

    await page.getByRole("combobox", { name: "Referenzberuf" }).focus();
    // The answer for the whole name, not one for a part typed so far, lists the named occupation.
    const query = "Gesundheits- und Krankenpfleger";
    const answered = page.waitForResponse(
      (r) => r.url().includes("/occupations?") && new URL(r.url()).searchParams.get("q") === query,
    );
    await page.keyboard.type(query);
    await answered;
    const named = "Gesundheits- und Krankenpfleger/in";
    await page.getByRole("listbox", { name: "Berufe" }).getByRole("option", { name: named }).waitFor();
    const active = `(() => { const id = document.activeElement.getAttribute("aria-activedescendant"); return (id && document.getElementById(id)?.textContent) || ""; })()`;
    for (let i = 0; i < 8 && !(await page.evaluate<string>(active)).includes(named); i++)
      await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    // The named occupation's KldB id comes with the pick: the Bescheid's wording, not a code to know.
    const code = page.getByLabel("Kennung des Referenzberufs");
    expect(await code.inputValue()).toBe("81302-103");
    expect(await page.getByRole("combobox", { name: "Referenzberuf" }).inputValue()).toBe(
      "Gesundheits- und Krankenpfleger/in",
    );
    await tabTo(page, inField("recognition.trainedIn"));
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown"); // Drittstaat
    await page.keyboard.press("Tab"); // Land: Nordrhein-Westfalen from the candidate's postal code
    await page.getByText(/Vorschlag: .*Bezirksregierung Münster/).waitFor();
    await tabTo(page, focused("el.textContent === 'Übernehmen'"));
    await page.keyboard.press("Enter");
    expect(await page.getByLabel("Zuständige Stelle").inputValue()).toMatch(/Bezirksregierung Münster/);

    await tabTo(page, inField("recognition.decision.date"));
    // Day and month alike: Chromium orders a date field's parts by the system's locale.
    await page.keyboard.type("03032026");
    await tabTo(page, inField("recognition.decision.kind"));
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown"); // Ausgleichsmaßnahme erforderlich
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown"); // Kenntnisprüfung
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space"); // Wahlrecht
    await tabTo(page, inField("recognition.decision.differences[0].topic"));
    await difference(page, "Pflege von Menschen aller Altersstufen", "120", 0);
    // A topic already used in the Berufsgruppe is suggested while typing and taken with Enter.
    await page.keyboard.type("Pharma");
    await page.getByRole("option", { name: "Pharmakologie" }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await page.getByLabel("Thema 2", { exact: true }).inputValue()).toBe("Pharmakologie");
    await page.keyboard.press("Tab");
    await page.keyboard.type("40");
    await page.keyboard.press("Enter");
    await difference(page, "Praxiseinsatz Intensivpflege", "160", 1);
    await page.keyboard.type("Fachsprache Pflege");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown"); // Sprache
    await tabTo(page, inField("recognition.deadline"));
    await page.keyboard.type("12122027");
    await tabTo(page, focused("el.textContent === 'Anerkennungsfall speichern'"));
    await page.keyboard.press("Enter");
    await page.getByText("Anerkennungsfall gespeichert.").waitFor();
    await checkPage(page, "coach-recognition-case");

    await page.reload();
    await page.getByRole("heading", { name: "Anerkennungsfall" }).waitFor();
    expect(await code.inputValue()).toBe("81302-103");
    expect(await page.getByRole("combobox", { name: "Referenzberuf" }).inputValue()).toBe(
      "Gesundheits- und Krankenpfleger/in",
    );
    expect(await page.getByLabel("Ausbildung in", { exact: true }).inputValue()).toBe("third-country");
    expect(await page.getByLabel("Land des Verfahrens", { exact: true }).inputValue()).toBe("05");
    expect(await page.getByLabel("Bescheid vom", { exact: true }).inputValue()).toBe("2026-03-03");
    expect(await page.getByLabel("Ergebnis", { exact: true }).inputValue()).toBe("compensation-required");
    expect(await page.getByLabel("Ausgleichsmaßnahme", { exact: true }).inputValue()).toBe("knowledge-exam");
    expect(await page.getByRole("checkbox", { name: /Wahlrecht/ }).isChecked()).toBe(true);
    expect(await page.getByLabel("Frist", { exact: true }).inputValue()).toBe("2027-12-12");
    const rows = [];
    for (let n = 1; n <= 4; n++)
      rows.push([
        await page.getByLabel(`Thema ${n}`, { exact: true }).inputValue(),
        await page.getByLabel(`Stunden ${n}`, { exact: true }).inputValue(),
        await page.getByLabel(`Art ${n}`, { exact: true }).inputValue(),
      ]);
    expect(rows).toEqual([
      ["Pflege von Menschen aller Altersstufen", "120", "theory"],
      ["Pharmakologie", "40", "theory"],
      ["Praxiseinsatz Intensivpflege", "160", "practice"],
      ["Fachsprache Pflege", "", "language"],
    ]);
    expect(await page.getByLabel("Thema 5", { exact: true }).count()).toBe(0);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("names a bad value at its row and saves nothing; fits 360 px", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, ORG);
    await page.setViewportSize({ width: 360, height: 740 });
    await openCase(page);
    await page.getByLabel("Stunden 2", { exact: true }).fill("-5");
    await page.getByRole("button", { name: "Anerkennungsfall speichern" }).click();
    const hours = page.getByLabel("Stunden 2", { exact: true });
    await expect.poll(async () => (await fieldState(page, hours)).invalid).toBe(true);
    expect((await fieldState(page, hours)).description).toMatch(/mindestens 1/);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "coach-recognition-case-360");

    await page.reload();
    await page.getByRole("heading", { name: "Anerkennungsfall" }).waitFor();
    expect(await page.getByLabel("Stunden 2", { exact: true }).inputValue()).toBe("40");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
