import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInput, placeInput } from "../support/fixtures.ts";
import { drainStream } from "../support/stream.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";

/**
 * The bell and the inbox: an employer who has opened Passung gets a coach's proposal as a notice
 * (through the table's change stream, drained here as the local runtime's poller does), sees the
 * unread count on the bell, marks it read and follows it to the referrals page.
 */
let e2e: E2e;
const ORG = "klinik-glocke";

beforeAll(async () => {
  e2e = await startE2e({ stream: true });
}, 120_000);
afterAll(() => e2e.close());

describe("notifications in the web pages", () => {
  it("bell with the unread count, inbox, mark as read, link to the page", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Arbeitgeber/, ORG);
    const bell = page.locator("a.bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Benachrichtigungen");
    await bell.click();
    await page.getByText("Keine Benachrichtigungen.", { exact: false }).waitFor();

    // A coach proposes a candidate for the employer's place; the stream consumer delivers the notice.
    const employer = await e2e.api("employer", ORG);
    const place = await employer.post<{ id: string }>(
      "/mentoring-places",
      placeInput({ status: "published", title: "Mentoring Pflege Glocke" }),
    );
    const coach = await e2e.api("coach", "mozaik");
    const candidate = await coach.post<{ id: string }>("/candidates", candidateInput());
    await coach.post("/referrals", { candidateId: candidate.id, placeId: place.id });
    await drainStream(e2e.server.deps);

    // Reloaded until the bell shows it: on a busy machine its count request may time out once.
    await expect
      .poll(
        async () => {
          await page.reload();
          return bell.getAttribute("aria-label");
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe("Benachrichtigungen, 1 ungelesen");
    expect(await page.locator(".bell__count").textContent()).toBe("1");
    const notice = page.getByRole("link", {
      name: /Neuer Vorschlag für Ihren Mentoringplatz „Mentoring Pflege Glocke“/,
    });
    await notice.waitFor();
    await checkPage(page, "notifications");

    await page.getByRole("button", { name: /Als gelesen markieren/ }).click();
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Benachrichtigungen");
    await expect.poll(() => page.locator(".notice__state").textContent()).toBe("Gelesen");

    await notice.click();
    await page.getByRole("heading", { name: "Eingegangene Vorschläge" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/betrieb/vorschlaege");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
