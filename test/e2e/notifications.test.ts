import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../../shared/runtime.ts";
import { candidateInput, placeInput } from "../support/fixtures.ts";
import { drainStream } from "../support/stream.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";
import { consentTo } from "./support/consent.ts";

/**
 * The bell and the inbox: an employer who has Passung open gets a coach's proposal as a notice
 * (through the table's change stream, drained here as the local runtime's poller does). The bell
 * picks it up without a reload (focus, every minute); on a phone the "Menü" button carries the
 * count; the inbox shows when each notice came and marks what it shows read. A coach's alerts
 * name only items that are new to the saved candidate.
 */
let e2e: E2e;
const ORG = "klinik-glocke";

beforeAll(async () => {
  e2e = await startE2e({ stream: true });
  // The stream consumer writes the notices: on today's clock, as the server's handlers run.
  (e2e.server.deps as Deps & { setNow(at: Date): void }).setNow(new Date());
}, 120_000);
afterAll(() => e2e.close());

/** A coach proposes a fresh candidate for a new place of `org`; the stream delivers the notice. */
async function proposal(org: string, title: string): Promise<void> {
  const employer = await e2e.api("employer", org);
  const place = await employer.post<{ id: string }>(
    "/mentoring-places",
    placeInput({ status: "published", title }),
  );
  const coach = await e2e.api("coach", "mozaik");
  const candidate = await coach.post<{ id: string }>("/candidates", candidateInput());
  await consentTo(coach, candidate);
  await coach.post("/referrals", { candidateId: candidate.id, placeId: place.id });
  await drainStream(e2e.server.deps);
}

const focusWindow = (page: Page) => page.evaluate("window.dispatchEvent(new Event('focus'))");

describe("notifications in the web pages", { timeout: 90_000 }, () => {
  it("refreshes the bell on focus, shows when each notice came, marks what the inbox shows read", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Arbeitgeber/, ORG);
    const bell = page.locator("a.bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Benachrichtigungen");

    await proposal(ORG, "Mentoring Pflege Glocke");
    await proposal(ORG, "Mentoring Pflege Glocke");
    // No reload: coming back to the window reads the count again.
    await expect
      .poll(
        async () => {
          await focusWindow(page);
          return bell.getAttribute("aria-label");
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe("Benachrichtigungen, 2 ungelesen");
    expect(await page.locator(".bell__count").textContent()).toBe("2");

    await bell.click();
    const notices = page.getByRole("link", {
      name: /Neuer Vorschlag für Ihren Mentoringplatz „Mentoring Pflege Glocke“/,
    });
    await notices.first().waitFor();
    expect(await notices.count()).toBe(2);
    // Alike notices read apart by their day and time.
    for (const time of await page.locator(".notice__time").allTextContents())
      expect(time).toMatch(/^heute \d{2}:\d{2}$/);
    expect(await page.locator(".notice__state").allTextContents()).toEqual(["Neu", "Neu"]);
    await page.getByText("2 neue Benachrichtigungen, jetzt als gelesen markiert.").waitFor();
    // Opening the inbox read them: the bell is back to none, and so is the next visit.
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Benachrichtigungen");
    await checkPage(page, "notifications");
    await page.reload();
    await page.getByText("Nichts Neues seit Ihrem letzten Besuch.").waitFor();
    expect(await page.locator(".notice--unread").count()).toBe(0);

    await notices.first().click();
    await page.getByRole("heading", { name: "Eingegangene Vorschläge" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/betrieb/vorschlaege");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("shows the count on the phone's menu button, refreshes each minute, one read at a time, none signed out", async () => {
    const org = "klinik-handy";
    const tp = await openPage(e2e.browser, { width: 360, height: 740 });
    const { page } = tp;
    await page.clock.install();
    await page.goto(`${e2e.server.url}/anmelden`);
    await page.getByRole("radio", { name: /Arbeitgeber/ }).check();
    await page.getByLabel("Organisation (Kürzel)").fill(org);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByRole("heading", { name: "Mentoringplätze" }).waitFor();
    const toggle = page.locator("button.menu-toggle");
    expect(await toggle.getAttribute("aria-label")).toBeNull();

    const reads: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/notifications") reads.push(request.url());
    });
    await proposal(org, "Mentoring Handy");
    await page.clock.fastForward("01:00");
    await page.getByRole("button", { name: "Menü, 1 ungelesen" }).waitFor();
    expect(await toggle.locator(".menu-toggle__count").textContent()).toBe("1");
    expect(await toggle.locator(".menu-toggle__count").isVisible()).toBe(true);
    // Still one line: brand and the button with its count.
    expect((await page.locator(".site-header").boundingBox())?.height).toBeLessThan(70);
    await checkPage(page, "employer-menu-badge-360");

    // A slow answer is not overtaken: three focus events while one read is under way send one.
    await page.route("**/notifications?*", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    reads.length = 0;
    for (let i = 0; i < 3; i++) await focusWindow(page);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(reads).toHaveLength(1);
    await page.unroute("**/notifications?*");

    // Escape closes the open menu and the focus goes back to its button.
    await toggle.click();
    await page.getByRole("link", { name: "Mentoringplätze" }).focus();
    await page.keyboard.press("Escape");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("link", { name: "Mentoringplätze" }).isVisible()).toBe(false);
    expect(await page.evaluate("document.activeElement.classList.contains('menu-toggle')")).toBe(true);

    await toggle.click();
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
    reads.length = 0;
    await page.clock.fastForward("03:00");
    await focusWindow(page);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reads).toEqual([]);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("alerts the coach only about places published after the candidate was saved", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, "beratung-alarm");
    await drainStream(e2e.server.deps);
    const token = await page.evaluate<string>("sessionStorage.getItem('passung.token')");
    const employer = await e2e.api("employer", "klinik-alarm");
    const publish = (title: string) =>
      employer.post(
        "/mentoring-places",
        placeInput({ status: "published", title, location: { postalCode: "33602" } }),
      );
    // The coach saw this one in the search before saving the candidate.
    await publish("Schon vorher da");
    const saved = await fetch(`${e2e.server.url}/candidates`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(candidateInput({ alerts: true, location: { postalCode: "33602" } })),
    });
    expect(saved.status).toBe(201);
    await publish("Neu nach dem Speichern");
    await drainStream(e2e.server.deps);

    await page.locator("a.bell").click();
    const alerts = page.getByRole("link", { name: /passt zu einer Ihrer gespeicherten Kandidat:innen/ });
    await alerts.first().waitFor();
    expect(await alerts.allTextContents()).toEqual([
      "Neuer Mentoringplatz „Neu nach dem Speichern“ passt zu einer Ihrer gespeicherten Kandidat:innen.",
    ]);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
