import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";
import { placeInput } from "../support/fixtures.ts";

/**
 * Issue 31, point 9: a "Von" after "Bis" is told at the field in German; at 1280 px the whole
 * statistics table, outcome columns included, is in view without scrolling sideways.
 */
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(() => e2e.close());

describe("statistics form and table (issue 31)", { timeout: 90_000 }, () => {
  it("tells a period that ends before it begins at „Von“, in German", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, "stat-zeitraum");
    await page.getByRole("link", { name: "Statistik" }).click();
    await page.getByRole("table", { name: /^Statistik/ }).waitFor();
    await page.getByLabel("Von (Monat)").fill("2026-09");
    await page.getByLabel("Bis (Monat)").fill("2026-03");
    await page.getByRole("button", { name: "Anzeigen" }).click();
    const from = page.getByLabel("Von (Monat)");
    await expect.poll(() => from.getAttribute("aria-invalid")).toBe("true");
    const described = (await from.getAttribute("aria-describedby")) ?? "";
    const texts = await Promise.all(
      described.split(" ").map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    const message = texts.join(" ");
    expect(message).toContain("„Von“ muss vor „Bis“ liegen");
    expect(await page.getByText("Die Anfrage ist ungültig").count()).toBe(0);
    // The old result is not shown for a period that was not asked for.
    expect(await page.getByRole("table", { name: /^Statistik/ }).count()).toBe(0);
    await checkPage(page, "coach-statistics-period-error");

    await page.getByLabel("Von (Monat)").fill("2026-01");
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await page.getByRole("table", { name: /^Statistik/ }).waitFor();
    expect(await from.getAttribute("aria-invalid")).toBeNull();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("shows every column of the table at 1280 px, outcomes included", async () => {
    const employer = await e2e.api("employer", "stat-betrieb");
    // Rows with long labels: districts of Bielefeld, the Märkischer Kreis and the Städteregion Aachen.
    for (const postalCode of ["33602", "58636", "52146"])
      await employer.post(
        "/mentoring-places",
        placeInput({ status: "published", capacity: 999, location: { postalCode } }),
      );
    const tp = await openPage(e2e.browser, { width: 1280 });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Administration/, "netzwerk-admin");
    await page.getByRole("link", { name: "Statistik" }).click();
    const table = page.getByRole("table", { name: /^Statistik/ });
    await table.waitFor();
    expect(await table.getByRole("rowheader").count()).toBe(4);
    const box = page.getByRole("region", { name: "Tabelle der Statistik" });
    const fit = await box.evaluate((el) => ({
      overflow: el.scrollWidth - el.clientWidth,
      lastRight: Math.round(el.querySelector("thead th:last-child")?.getBoundingClientRect().right ?? 9999),
      boxRight: Math.round(el.getBoundingClientRect().right),
    }));
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.lastRight).toBeLessThanOrEqual(fit.boxRight);
    await checkPage(page, "admin-statistics-1280");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
