import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, inDays, pickOccupation, signIn, startE2e } from "./support/app.ts";
import { fieldState } from "./support/fields.ts";

/** The API's problem+json errors appear at the fields they name, with a summary that links to them. */
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(() => e2e.close());

describe("validation errors", { timeout: 60_000 }, () => {
  it("shows each error of the API next to its field, and clears it once fixed", async () => {
    // The 400 answers (and the 404 of the unknown postal code) are provoked on purpose; Chromium
    // logs each as a failed resource.
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400, 404] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Arbeitgeber/, "firma-validierung");
    await page.getByRole("link", { name: "Neuer Platz" }).click();
    const title = page.getByLabel("Titel");
    await title.fill("ab");
    await page.getByLabel("Anzahl Plätze").fill("zwei");
    await page.getByLabel("Verfügbar ab").fill(inDays(3));
    await page.getByRole("textbox", { name: /^Name/ }).fill("Eva Muster");
    await page.getByLabel("E-Mail").fill("eva@");
    await page.getByLabel("Postleitzahl des Einsatzortes").fill("33330");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();

    const summary = page
      .getByRole("listitem")
      .filter({ hasText: "Titel: Bitte mindestens 3 Zeichen eingeben." });
    await summary.waitFor();
    expect(await fieldState(page, title)).toEqual({
      invalid: true,
      description: "Fehler: Bitte mindestens 3 Zeichen eingeben.",
    });
    expect((await fieldState(page, page.getByLabel("E-Mail"))).description).toContain(
      "gültige E-Mail-Adresse",
    );
    expect((await fieldState(page, page.getByLabel("Anzahl Plätze"))).description).toContain(
      "Bitte eine Zahl eingeben.",
    );
    const occupations = page.getByRole("combobox", { name: "Berufe (KldB-Berufsgattungen)" });
    expect(await fieldState(page, occupations)).toMatchObject({
      invalid: true,
      description: expect.stringContaining("Mindestens eine Berufsgattung"),
    });
    expect((await fieldState(page, page.getByRole("checkbox", { name: "Praktikum" }))).description).toContain(
      "Mindestens eine Art angeben",
    );
    expect((await fieldState(page, page.getByLabel("Postleitzahl des Einsatzortes"))).invalid).toBe(false);
    await checkPage(page, "validation-place-form");

    // The summary links lead to the fields.
    await summary.getByRole("link").click();
    expect(await page.evaluate<string>("document.activeElement.id")).toBe(await title.getAttribute("id"));

    // Fixed, but an unknown postal code: only that field is marked now.
    await title.fill("Praktikum Elektrotechnik");
    await page.getByLabel("Anzahl Plätze").fill("2");
    await page.getByLabel("E-Mail").fill("eva.muster@example.org");
    await page.getByRole("checkbox", { name: "Praktikum" }).check();
    await pickOccupation(page, "Berufe (KldB-Berufsgattungen)", "Elektroniker", "26212");
    await page.getByLabel("Postleitzahl des Einsatzortes").fill("99999");
    await page.getByText("Die Postleitzahl 99999 ist nicht bekannt.").waitFor();
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await page.getByRole("link", { name: /Unbekannte Postleitzahl 99999/ }).waitFor();
    const postal = await fieldState(page, page.getByLabel("Postleitzahl des Einsatzortes"));
    expect(postal).toMatchObject({
      invalid: true,
      description: expect.stringContaining("Unbekannte Postleitzahl 99999"),
    });
    expect((await fieldState(page, title)).invalid).toBe(false);
    expect(tp.errors).toEqual([]);

    // The coach's search names the occupation when the text names none (the page says so itself
    // and sends nothing since issue 31; the API's 400 for a non-code is pinned in test/http).
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
    await signIn(page, e2e.server.url, /Beratung/, "mozaik");
    const occupation = page.getByRole("combobox", { name: "Berufsgattung (KldB 2010)" });
    await occupation.fill("Pflegekraft aus Syrien");
    await page.getByLabel("Postleitzahl").fill("33330");
    await page.getByRole("button", { name: "Passende Angebote suchen" }).click();
    await page.getByText("Kein Beruf gefunden – anderes Wort oder KldB-Code versuchen.").waitFor();
    expect((await fieldState(page, occupation)).description).toContain("Kein Beruf gefunden");
    expect(await page.getByRole("region", { name: "Ergebnisse" }).count()).toBe(0);
    await checkPage(page, "validation-search");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("asks for an empty field, names each field once and clears an error as soon as it is fixed", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Arbeitgeber/, "firma-korrektur");
    await page.getByRole("link", { name: "Neuer Platz" }).click();
    const title = page.getByLabel("Titel");
    const postal = page.getByLabel("Postleitzahl des Einsatzortes");
    await postal.fill("3333");
    await page.getByLabel("E-Mail").fill("eva@");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();

    // An empty title is asked for; the postal code's message does not repeat the label.
    const summary = page.locator(".form-summary");
    await summary.getByRole("link", { name: "Titel: Bitte ausfüllen." }).waitFor();
    expect(await summary.getByText(/Postleitzahl des Einsatzortes: fünf Ziffern/).count()).toBe(1);
    expect(
      await page.getByText(/Postleitzahl: Postleitzahl|Postleitzahl des Einsatzortes: Postleitzahl/).count(),
    ).toBe(0);
    expect((await fieldState(page, postal)).description).toBe(
      "Fünf Ziffern; Ort und Kreis erscheinen darunter. Fehler: fünf Ziffern",
    );

    // Corrected fields lose their error at once, with their line in the summary; the town appears.
    await title.fill("Praktikum Elektrotechnik");
    await expect.poll(async () => (await fieldState(page, title)).invalid).toBe(false);
    expect(await summary.getByRole("link", { name: /^Titel:/ }).count()).toBe(0);
    await postal.fill("33332");
    await page.getByText("Gütersloh · Kreis Gütersloh · Nordrhein-Westfalen").waitFor();
    await expect.poll(async () => (await fieldState(page, postal)).invalid).toBe(false);
    expect(await summary.getByRole("link", { name: /^Postleitzahl/ }).count()).toBe(0);
    await page.getByLabel("E-Mail").fill("eva.muster@example");
    expect((await fieldState(page, page.getByLabel("E-Mail"))).invalid).toBe(true);
    await page.getByLabel("E-Mail").fill("eva.muster@example.org");
    await expect.poll(async () => (await fieldState(page, page.getByLabel("E-Mail"))).invalid).toBe(false);
    await pickOccupation(page, "Berufe (KldB-Berufsgattungen)", "Elektroniker", "26212");
    const occupations = page.getByRole("combobox", { name: "Berufe (KldB-Berufsgattungen)" });
    await expect.poll(async () => (await fieldState(page, occupations)).invalid).toBe(false);
    // Still wrong stays marked.
    expect((await fieldState(page, page.getByRole("checkbox", { name: "Praktikum" }))).invalid).toBe(true);
    await checkPage(page, "validation-corrected");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("names a bad organisation at the sign-in field", async () => {
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await page.goto(`${e2e.server.url}/anmelden`);
    await page.getByLabel("Organisation (Kürzel)").fill("Mein Verein");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByText("Bitte prüfen Sie die markierten Angaben.").waitFor();
    const org = await fieldState(page, page.getByLabel("Organisation (Kürzel)"));
    expect(org).toMatchObject({
      invalid: true,
      description: expect.stringContaining("Kleinbuchstaben, Ziffern"),
    });
    await checkPage(page, "validation-sign-in");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
