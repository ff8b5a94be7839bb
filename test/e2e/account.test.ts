import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, signIn, startE2e } from "./support/app.ts";
import { placeInput } from "../support/fixtures.ts";

/**
 * "Mein Konto" (GET/PUT /me) and names instead of slugs: in the header, in a coach's match results
 * and in a new place's contact person. The admins' organisations page: organisations.test.ts.
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
  await describeOrg("klinik-konto", "Klinikum am Sparrenberg gGmbH", "employer");
  const employer = await e2e.api("employer", "klinik-konto");
  await employer.post("/mentoring-places", placeInput({ status: "published" }));
}, 120_000);
afterAll(() => e2e.close());

describe("Mein Konto and names", () => {
  it("a coach saves the work contact; bad input is named at the field; the header shows the organisation's name", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, "mozaik");
    await expect.poll(() => page.locator(".user").textContent()).toContain("MOZAIK gGmbH");
    expect(await page.locator(".user").textContent()).not.toContain("mozaik");

    await page.getByRole("link", { name: "Mein Konto" }).click();
    await page.getByRole("heading", { name: "Mein Konto" }).waitFor();
    await page.getByLabel("Name").fill("Leyla Demir");
    await page.getByLabel("E-Mail").fill("kein-mail");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => page.locator("[data-field=email].field--invalid").count()).toBe(1);

    await page.getByLabel("E-Mail").fill("leyla.demir@example.org");
    await page.getByLabel("Telefon").fill("+49 521 000001");
    // The header's bell is "Benachrichtigungen" too: the setting is the select.
    await page.getByRole("combobox", { name: "Benachrichtigungen" }).selectOption("daily");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert.").waitFor();
    await checkPage(page, "account");

    await page.reload();
    await page.getByRole("heading", { name: "Mein Konto" }).waitFor();
    await expect.poll(() => page.getByLabel("Name").inputValue()).toBe("Leyla Demir");
    expect(await page.getByRole("combobox", { name: "Benachrichtigungen" }).inputValue()).toBe("daily");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("a coach's results name the employer, not its slug", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, "mozaik");
    const token = await e2e.server.token("coach", "mozaik");
    const res = await fetch(`${e2e.server.url}/matches`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ occupation: "81302", location: { postalCode: "33330" }, include: ["places"] }),
    });
    const body = (await res.json()) as { places: { item: { orgName?: string } }[] };
    expect(body.places[0]?.item.orgName).toBe("Klinikum am Sparrenberg gGmbH");
    await tp.context.close();
  });

  it("an employer's new place starts with the contact from Mein Konto", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Arbeitgeber/, "klinik-konto");
    await page.getByRole("link", { name: "Mein Konto" }).click();
    await page.getByLabel("Name").fill("Petra Kottmann");
    await page.getByLabel("E-Mail").fill("petra.kottmann@example.org");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert.").waitFor();
    await page.getByRole("link", { name: "Neuer Platz" }).click();
    const contact = page.getByRole("group", { name: "Ansprechperson" });
    await expect.poll(() => contact.getByLabel("Name").inputValue()).toBe("Petra Kottmann");
    expect(await contact.getByLabel("E-Mail").inputValue()).toBe("petra.kottmann@example.org");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
