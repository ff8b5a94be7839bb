import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";

/**
 * Issue 31, point 10: the admins' organisations page is one list with search and a filter by
 * kind; each row's "Bearbeiten" opens the one form (instead of a name form per organisation).
 */
let e2e: E2e;

async function describeOrg(org: string, name: string, kind: string) {
  const token = await e2e.server.token("admin", "iq-netzwerk");
  const res = await fetch(`${e2e.server.url}/organisations/${org}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ name, kind }),
  });
  if (res.status !== 200) throw new Error(`PUT /organisations/${org}: ${res.status}`);
}

beforeAll(async () => {
  e2e = await startE2e();
  await describeOrg("mozaik", "MOZAIK gGmbH", "coaching");
  await describeOrg("awo-owl", "AWO Ostwestfalen-Lippe", "coaching");
  await describeOrg("klinik-orga", "Klinikum am Sparrenberg gGmbH", "employer");
  await describeOrg("bildung-orga", "Bildungszentrum Gütersloh", "provider");
}, 120_000);
afterAll(() => e2e.close());

describe("organisations page (issue 31)", { timeout: 90_000 }, () => {
  it("searches and filters one list, edits a row in one form, at 360 px", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Administration/, "iq-netzwerk");
    await page.getByRole("link", { name: "Organisationen" }).click();
    await page.setViewportSize({ width: 360, height: 800 });
    const list = page.getByRole("list", { name: "Organisationen" });
    await list.waitFor();
    // One list, no form per organisation.
    expect(await page.locator("main form").count()).toBe(1);
    const rows = list.getByRole("listitem");
    expect(await rows.count()).toBeGreaterThanOrEqual(4);

    await page.getByLabel("Art").selectOption({ label: "Beratung" });
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.filter({ hasText: "Klinikum" }).count()).toBe(0);
    await page.getByLabel("Name oder Kennung").fill("mozaik");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.getByText(/^1 von \d+ Organisationen$/).count()).toBe(1);

    await page.getByRole("button", { name: "MOZAIK gGmbH bearbeiten" }).click();
    const dialog = page.getByRole("dialog", { name: "MOZAIK gGmbH bearbeiten" });
    await dialog.getByLabel("Name").fill("M");
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => dialog.getByLabel("Name").getAttribute("aria-invalid")).toBe("true");
    await dialog.getByLabel("Name").fill("MOZAIK gGmbH – Beratung OWL");
    await dialog.getByLabel("Kreis").fill("Kreis Gütersloh");
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert: MOZAIK gGmbH – Beratung OWL").waitFor();
    expect(await dialog.count()).toBe(0);
    expect(await rows.first().textContent()).toContain("Beratung · Kennung mozaik · Kreis Gütersloh");
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await checkPage(page, "organisations");

    await page.getByLabel("Name oder Kennung").fill("Quantenphysik");
    await page.getByText("Keine Organisation passt zur Suche.").waitFor();
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
