import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offerInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, startE2e } from "./support/app.ts";
import { FOCUS_VISIBLE, pageWidth, tabTo } from "./support/fields.ts";

/** Keyboard only, on a 360 px wide screen: sign in, search, switch tabs, sign out; nothing overflows. */
let e2e: E2e;
const focused = (script: string) =>
  `(() => { const el = document.activeElement; return !!el && (${script}); })()`;

beforeAll(async () => {
  e2e = await startE2e();
  const employer = await e2e.api("employer", "klinik-tastatur");
  await employer.post("/mentoring-places", placeInput({ status: "published" }));
  const provider = await e2e.api("provider", "traeger-tastatur");
  await provider.post("/qualification-offers", offerInput({ status: "published" }));
}, 120_000);
afterAll(() => e2e.close());

describe("keyboard and small screens", { timeout: 60_000 }, () => {
  it("completes a search with the keyboard alone at 360 px, focus always visible", async () => {
    const tp = await openPage(e2e.browser, { width: 360, height: 740 });
    const { page } = tp;
    await page.goto(`${e2e.server.url}/anmelden`);
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "sign-in-360");

    // The skip link comes first and leads to the content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate<string>("document.activeElement.textContent")).toBe("Zum Inhalt springen");
    expect(await page.evaluate<boolean>(FOCUS_VISIBLE)).toBe(true);

    await tabTo(page, focused("el.name === 'role'"));
    expect(await page.evaluate<boolean>(FOCUS_VISIBLE)).toBe(true);
    await tabTo(page, focused("el.getAttribute('list') === 'org-suggestions'"));
    await page.keyboard.press("Control+A");
    await page.keyboard.type("mozaik");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /Passende Qualifizierungen/ }).waitFor();

    await tabTo(page, focused("el.getAttribute('role') === 'combobox'"));
    expect(await page.evaluate<boolean>(FOCUS_VISIBLE)).toBe(true);
    await page.keyboard.type("Pflegefachfrau");
    await page.getByRole("option").first().waitFor();
    // Arrow down to 81302, wherever the ranking puts it among the suggestions.
    const active = `(() => { const id = document.activeElement.getAttribute("aria-activedescendant"); return (id && document.getElementById(id)?.textContent) || ""; })()`;
    for (let i = 0; i < 8 && !(await page.evaluate<string>(active)).startsWith("81302"); i++)
      await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("combobox", { name: "Berufsgattung (KldB 2010)" }).inputValue()).toMatch(
      /^81302 – /,
    );
    await page.keyboard.press("Tab");
    await page.keyboard.type("33330");
    await page.getByText("Gütersloh · Kreis Gütersloh").waitFor();
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { name: "Ergebnisse" }).waitFor();
    await tabTo(page, focused("el.getAttribute('role') === 'tab'"));
    expect(await page.evaluate<boolean>(FOCUS_VISIBLE)).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: /Mentoringplätze/ }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await page
      .getByRole("tabpanel", { name: /Mentoringplätze/ })
      .getByRole("button", { name: "Kandidat:in vorschlagen" })
      .waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "coach-results-360");

    // Opening the proposal dialog by keyboard, Escape closes it and focus returns to the button.
    await tabTo(page, focused("el.textContent === 'Kandidat:in vorschlagen'"));
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    expect(await page.evaluate<string>("document.activeElement.textContent")).toBe("Kandidat:in vorschlagen");

    // On a phone, sign-out sits in the menu: open it with the keyboard.
    await tabTo(page, focused("el.getAttribute('aria-controls') === 'site-menu'"), 200);
    await page.keyboard.press("Enter");
    await tabTo(page, focused("el.textContent === 'Abmelden'"));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("lays out the employer's form and list within 360 px", async () => {
    const tp = await openPage(e2e.browser, { width: 360, height: 740 });
    const { page } = tp;
    await page.goto(`${e2e.server.url}/anmelden`);
    await page.getByRole("radio", { name: /Arbeitgeber/ }).check();
    await page.getByLabel("Organisation (Kürzel)").fill("klinik-tastatur");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByRole("listitem").filter({ hasText: "Mentoring Pflegefachkraft" }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "employer-places-360");
    await page.getByRole("link", { name: "Neuen Mentoringplatz anlegen" }).click();
    await page.getByRole("heading", { name: "Neuer Mentoringplatz" }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "employer-place-form-360");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
