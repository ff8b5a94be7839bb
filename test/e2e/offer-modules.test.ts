import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offerInput } from "../support/fixtures.ts";
import { drainStream } from "../support/stream.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, pickOccupation, signIn, startE2e } from "./support/app.ts";
import { fieldState, pageWidth } from "./support/fields.ts";

/**
 * Issue 28: a provider describes an offer's modules in the offer form — topics with suggestions
 * from the Berufsgruppe, hours, kind, start dates; a bad value is named at its module; saved
 * modules come back when the offer is edited, and a removed one is gone.
 */
const ORG = "traeger-module";
const TITLE = "Kenntnisprüfung Pflege in Modulen";
let e2e: E2e;

beforeAll(async () => {
  // Topics are counted by a stream reaction: the stream is on and drained after seeding.
  e2e = await startE2e({ stream: true });
  const other = await e2e.api("provider", "traeger-andere");
  await other.post(
    "/qualification-offers",
    offerInput({
      status: "published",
      modules: [
        { id: "a", title: "Arzneimittellehre", topics: ["Pharmakologie"], hours: 40, kind: "theory" },
      ],
    }),
  );
  await drainStream(e2e.server.deps);
}, 120_000);
afterAll(() => e2e.close());

const moduleItem = (page: Page, n: number) => page.locator("li.module").nth(n);

async function fillOffer(page: Page): Promise<void> {
  await page.getByRole("textbox", { name: "Titel (Pflichtfeld)" }).fill(TITLE);
  await page.getByLabel("Beschreibung").fill("Theorie und Praxis in Modulen, einzeln buchbar.");
  await page.getByLabel("Bildungsträger").fill("Träger Module gGmbH");
  await pickOccupation(page, "Berufe (KldB-Berufsgattungen)", "81302", "81302");
  await page.getByLabel("Postleitzahl des Kursortes").fill("33602");
  await page.getByText("Bielefeld · Kreisfreie Stadt Bielefeld").waitFor();
  await page.getByRole("textbox", { name: /^Name/ }).fill("Max Beispiel");
  await page.getByLabel("E-Mail").fill("max.beispiel@example.org");
}

describe("provider: an offer's modules (issue 28)", { timeout: 120_000 }, () => {
  it("adds modules with suggested topics, names a bad value at its module, keeps them for editing", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Bildungsträger/, ORG);
    await page.goto(`${e2e.server.url}/traeger/angebote/neu`);
    await page.getByRole("heading", { name: "Neues Qualifizierungsangebot" }).waitFor();
    await fillOffer(page);

    await page.getByRole("button", { name: "Modul hinzufügen" }).click();
    const first = moduleItem(page, 0);
    await first.getByLabel("Titel des Moduls").fill("Arzneimittel und Dokumentation");
    const topics = first.getByRole("combobox", { name: "Themen" });
    await topics.fill("pharma");
    await page.getByRole("option", { name: "Pharmakologie" }).click();
    await topics.fill("Pflegedokumentation");
    await topics.press("Enter");
    expect(await first.locator(".chip").allTextContents()).toEqual([
      "Pharmakologie×",
      "Pflegedokumentation×",
    ]);
    await first.getByLabel("Stunden").fill("60");
    await first.getByLabel("Starttermine").fill("01.09.2026, 2026-11-02");

    await page.getByRole("button", { name: "Modul hinzufügen" }).click();
    const second = moduleItem(page, 1);
    expect(await second.getByRole("heading").textContent()).toBe("Modul 2");
    await second.getByLabel("Titel des Moduls").fill("Praxiseinsatz Station");
    await second.getByRole("combobox", { name: "Themen" }).fill("Praxiseinsatz Intensivpflege");
    await second.getByRole("combobox", { name: "Themen" }).press("Enter");
    await second.getByLabel("Stunden").fill("0");
    await second.getByLabel("Art", { exact: true }).selectOption("practice");
    await checkPage(page, "provider-offer-modules");

    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    const hours = second.getByLabel("Stunden");
    await expect.poll(async () => (await fieldState(page, hours)).invalid).toBe(true);
    expect((await fieldState(page, hours)).description).toMatch(/mindestens 1/);
    expect((await fieldState(page, first.getByLabel("Stunden"))).invalid).toBe(false);
    await hours.fill("160");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();

    const item = page.getByRole("listitem").filter({ hasText: TITLE });
    await item.getByRole("link", { name: "Bearbeiten" }).click();
    await moduleItem(page, 1).waitFor();
    expect(await moduleItem(page, 0).getByLabel("Titel des Moduls").inputValue()).toBe(
      "Arzneimittel und Dokumentation",
    );
    expect(await moduleItem(page, 0).locator(".chip").allTextContents()).toEqual([
      "Pharmakologie×",
      "Pflegedokumentation×",
    ]);
    expect(await moduleItem(page, 0).getByLabel("Starttermine").inputValue()).toBe("01.09.2026, 02.11.2026");
    expect(await moduleItem(page, 1).getByLabel("Stunden").inputValue()).toBe("160");
    expect(await moduleItem(page, 1).getByLabel("Art", { exact: true }).inputValue()).toBe("practice");

    await page.getByRole("button", { name: "Modul 1 entfernen" }).click();
    expect(await moduleItem(page, 0).getByRole("heading").textContent()).toBe("Modul 1");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await item.getByRole("link", { name: "Bearbeiten" }).click();
    await page.getByRole("heading", { name: /bearbeiten/ }).waitFor();
    await moduleItem(page, 0).waitFor();
    expect(await page.locator("li.module").count()).toBe(1);
    expect(await moduleItem(page, 0).getByLabel("Titel des Moduls").inputValue()).toBe(
      "Praxiseinsatz Station",
    );

    await page.setViewportSize({ width: 360, height: 740 });
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await checkPage(page, "provider-offer-modules-360");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
