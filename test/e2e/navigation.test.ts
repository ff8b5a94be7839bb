import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, offerInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";
import { pageWidth } from "./support/fields.ts";
import { consentTo } from "./support/consent.ts";

/**
 * The frame around the pages: the admin's menu in one row without look-alike links, and on a
 * 360 px phone a one-line header, result cards inside the screen and readable referral cards.
 */
let e2e: E2e;
// A long German compound, as real titles have: it must wrap, not push the card wider.
const TITLE = "Mentoring Gesundheits- und Kinderkrankenpflegefachkraftausbildung für schmale Bildschirme";

beforeAll(async () => {
  e2e = await startE2e();
  const employer = await e2e.api("employer", "klinik-schmal");
  const place = await employer.post<{ id: string }>(
    "/mentoring-places",
    placeInput({ title: TITLE, status: "published" }),
  );
  const provider = await e2e.api("provider", "traeger-schmal");
  await provider.post(
    "/qualification-offers",
    offerInput({
      status: "published",
      provider: {
        name: "Bildungsträger Muster",
        url: "https://www.example.org/weiterbildung/pflege/anpassungsqualifizierung-2027",
      },
    }),
  );
  const coach = await e2e.api("coach", "beratung-schmal");
  const candidate = await coach.post<{ id: string }>("/candidates", candidateInput());
  await consentTo(coach, candidate);
  await coach.post("/referrals", {
    candidateId: candidate.id,
    placeId: place.id,
    notes: ["recognition-decision-available", "compensation-measure-required", "shift-work-possible"],
    message:
      "Examen in Syrien, zwei Jahre Berufserfahrung auf einer internistischen Station, Teilanerkennung liegt vor.",
  });
}, 120_000);
afterAll(() => e2e.close());

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not visible");
  return b;
};

async function rows(links: Locator): Promise<number> {
  const tops = await Promise.all((await links.all()).map(async (l) => Math.round((await box(l)).y)));
  return new Set(tops).size;
}

async function signInAs(page: Page, role: RegExp, org: string): Promise<void> {
  await page.goto(`${e2e.server.url}/anmelden`);
  await page.getByRole("radio", { name: role }).check();
  await page.getByLabel("Organisation (Kürzel)").fill(org);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/** Elements of the shown result panel that reach beyond main's content box. */
const outsideContent = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const main = document.querySelector("main");
    const style = getComputedStyle(main);
    const r = main.getBoundingClientRect();
    const left = r.left + parseFloat(style.paddingLeft);
    const right = r.right - parseFloat(style.paddingRight);
    return [...document.querySelectorAll("[role=tabpanel]:not([hidden]) .panel")]
      .flatMap((a) => [a, ...a.querySelectorAll("*")])
      .filter((el) => { const b = el.getBoundingClientRect(); return b.width > 0 && (b.left < left - 0.5 || b.right > right + 0.5); })
      .map((el) => el.tagName + "." + el.className + " " + Math.round(el.getBoundingClientRect().left) + "-" + Math.round(el.getBoundingClientRect().right));
  })()`);

describe("navigation and small screens", { timeout: 60_000 }, () => {
  it("gives the admin one row of distinct links on a desktop", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Netzwerk-Administration/, "iq-netzwerk");
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    const links = nav.getByRole("link");
    const names = await Promise.all((await links.all()).map(async (l) => (await l.textContent()) ?? ""));
    expect(names.length).toBeGreaterThan(5);
    expect(new Set(names).size).toBe(names.length);
    expect(await nav.getByRole("link", { name: "Import/Export der Mentoringplätze" }).count()).toBe(1);
    expect(await nav.getByRole("link", { name: "Import/Export der Qualifizierungsangebote" }).count()).toBe(
      1,
    );
    expect(await rows(links)).toBe(1);
    expect((await box(page.locator(".site-header"))).height).toBeLessThan(120);
    await checkPage(page, "admin-navigation");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("keeps the header to one line on a phone, with the menu behind a button", async () => {
    const tp = await openPage(e2e.browser, { width: 360, height: 740 });
    const { page } = tp;
    await signInAs(page, /Beratung/, "beratung-schmal");
    await page.getByRole("heading", { name: /Passende Qualifizierungen/ }).waitFor();
    expect((await box(page.locator(".site-header"))).height).toBeLessThan(70);
    expect(await page.getByRole("link", { name: "Kandidat:innen" }).isVisible()).toBe(false);
    const menu = page.getByRole("button", { name: "Menü" });
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("link", { name: "Kandidat:innen" }).click();
    await page.getByRole("heading", { name: "Kandidat:innen" }).waitFor();
    expect(await page.getByRole("link", { name: "Vorschläge", exact: true }).isVisible()).toBe(false);
    await checkPage(page, "coach-candidates-360");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("keeps result cards inside a 360 px screen", async () => {
    const tp = await openPage(e2e.browser, { width: 360, height: 740 });
    const { page } = tp;
    await signInAs(page, /Beratung/, "beratung-schmal");
    await page.getByRole("combobox", { name: "Berufsgattung (KldB 2010)" }).fill("81302");
    await page.getByRole("option", { name: /^81302/ }).click();
    await page.getByLabel("Postleitzahl").fill("33330");
    await page.getByText("Gütersloh · Kreis Gütersloh").waitFor();
    await page.getByRole("button", { name: "Passende Angebote suchen" }).click();
    for (const tab of ["Qualifizierungen", "Mentoringplätze"]) {
      await page.getByRole("tab", { name: new RegExp(tab) }).click();
      const card = page
        .getByRole("tabpanel", { name: new RegExp(tab) })
        .locator("article")
        .first();
      await card.waitFor();
      await card.getByText(/^Details/).click();
      // Every card ends where the page's content ends (main's padding box), not beyond.
      expect(await outsideContent(page)).toEqual([]);
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("lays out the employer's referral card at 360 px: title clear of the badge, notes full width", async () => {
    const tp = await openPage(e2e.browser, { width: 360, height: 740 });
    const { page } = tp;
    await signInAs(page, /Arbeitgeber/, "klinik-schmal");
    await page.getByRole("button", { name: "Menü" }).click();
    await page.getByRole("link", { name: "Eingegangene Vorschläge" }).click();
    const card = page.getByRole("listitem").filter({ hasText: `Vorschlag für „${TITLE}“` });
    const title = card.getByRole("heading");
    await title.waitFor();
    const t = await box(title);
    const badge = await box(card.getByText("Vorgeschlagen", { exact: true }));
    const overlap =
      t.x < badge.x + badge.width &&
      badge.x < t.x + t.width &&
      t.y < badge.y + badge.height &&
      badge.y < t.y + t.height;
    expect(overlap).toBe(false);
    const notes = await box(card.getByRole("list", { name: "Hinweise der Beratung" }));
    const inner = await box(card);
    expect(notes.width).toBeGreaterThan(inner.width * 0.75);
    expect(await card.getByText(/Examen in Syrien/).count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "employer-referrals-360");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("publishes the accessibility statement, open to everyone and linked from every page's footer", async () => {
    const tp = await openPage(e2e.browser, { width: 360, height: 740 });
    const { page } = tp;
    await page.goto(`${e2e.server.url}/anmelden`);
    const footerLink = page
      .getByRole("contentinfo")
      .getByRole("link", { name: "Erklärung zur Barrierefreiheit" });
    await footerLink.click();
    await page.getByRole("heading", { level: 1, name: "Erklärung zur Barrierefreiheit" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/barrierefreiheit");
    const sections = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(sections).toEqual([
      "Stand der Vereinbarkeit mit den Anforderungen",
      "Nicht barrierefreie Inhalte",
      "Erstellung dieser Erklärung",
      "Feedback und Kontaktangaben",
      "Schlichtungsverfahren",
    ]);
    const main = page.getByRole("main");
    expect(await main.getByText(/Handzettel/).count()).toBe(1);
    expect(await main.getByText(/axe-core/).textContent()).toMatch(/07\.12\.2026.*Tastatur/);
    expect(
      await main.getByRole("link", { name: "barrierefreiheit@passung.example.org" }).getAttribute("href"),
    ).toBe("mailto:barrierefreiheit@passung.example.org");
    expect(await main.getByRole("link", { name: "www.schlichtungsstelle-bgg.de" }).getAttribute("href")).toBe(
      "https://www.schlichtungsstelle-bgg.de",
    );
    expect(await main.getByText(/§ 16 BGG/).count()).toBe(1);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "accessibility-statement-360");

    // Signed in, the footer still leads there, and the page still opens.
    await signInAs(page, /Beratung/, "beratung-schmal");
    await page.getByRole("heading", { name: /Passende Qualifizierungen/ }).waitFor();
    await footerLink.click();
    await page.getByRole("heading", { level: 1, name: "Erklärung zur Barrierefreiheit" }).waitFor();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
