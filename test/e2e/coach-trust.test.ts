import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offerInput, placeInput } from "../support/fixtures.ts";
import { checkPage, expectNoConsoleErrors, openPage } from "./support/browser.ts";
import { type E2e, pickOccupation, signIn, startE2e } from "./support/app.ts";

/**
 * Issue 14 in the pages: an empty search names the nearest offer and the codes a coach may have
 * meant (one click each), a typed-but-not-picked occupation is resolved ("Gemeint: …"), the
 * candidate's recognition status changes the reasons, and the offer form takes validIn and the
 * target level of a language course.
 */
const COACH_ORG = "beratung-vertrauen";
const PROVIDER_ORG = "sprachschule-vertrauen";
const PLACE = "Elektro-Mentoring Leipzig";
const COURSE = "Elektrotechnik Chemnitz";
const ADAPTATION = "Anpassungslehrgang Pflege Gütersloh";
let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
  const employer = await e2e.api("employer", "elektro-leipzig");
  await employer.post(
    "/mentoring-places",
    placeInput({
      title: PLACE,
      occupations: ["26212"],
      location: { postalCode: "04155" },
      status: "published",
      germanLevel: undefined,
    }),
  );
  const provider = await e2e.api("provider", "traeger-vertrauen");
  await provider.post(
    "/qualification-offers",
    offerInput({
      title: COURSE,
      occupations: ["26302"],
      location: { postalCode: "09111" },
      status: "published",
      germanLevel: undefined,
    }),
  );
  await provider.post(
    "/qualification-offers",
    offerInput({
      title: ADAPTATION,
      occupations: ["81302"],
      kind: "adaptation-course",
      location: { postalCode: "33330" },
      status: "published",
      germanLevel: undefined,
    }),
  );
}, 120_000);
afterAll(() => e2e.close());

async function searchFor(page: Page, postalCode: string, place: RegExp): Promise<void> {
  await page.getByLabel("Postleitzahl").fill(postalCode);
  await page.getByText(place).waitFor();
  await page.getByRole("button", { name: "Passende Angebote suchen" }).click();
  await page.getByRole("region", { name: "Ergebnisse" }).waitFor();
}

describe("coach: matching a coach can trust (issue 14)", { timeout: 90_000 }, () => {
  it("an empty search names the nearest offer and searches a suggested code in one click", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, COACH_ORG);
    await pickOccupation(page, "Berufsgattung (KldB 2010)", "Elektroniker", "26302");
    await searchFor(page, "04109", /Leipzig · Sachsen$/);

    const offers = page.getByRole("tabpanel", { name: /Qualifizierungen/ });
    await offers.getByText("Nächstes Angebot: 68,1 km (Chemnitz)", { exact: true }).waitFor();
    expect(await offers.locator("article", { hasText: COURSE }).count()).toBe(1);
    expect(
      await offers.getByText(/68,1 km entfernt \(Chemnitz\) – außerhalb des Umkreises von 50 km/).count(),
    ).toBe(1);
    await checkPage(page, "coach-empty-next-offer");

    await page.getByRole("tab", { name: /Mentoringplätze/ }).click();
    const places = page.getByRole("tabpanel", { name: /Mentoringplätze/ });
    const suggestion = places.getByRole("button", {
      name: "26212 – Berufe in der Bauelektrik – fachlich ausgerichtete Tätigkeiten (1 Mentoringplatz)",
    });
    await suggestion.waitFor();
    await checkPage(page, "coach-empty-suggestions");
    await suggestion.click();
    await places.locator("article", { hasText: PLACE }).waitFor();
    expect(await page.getByRole("combobox", { name: "Berufsgattung (KldB 2010)" }).inputValue()).toMatch(
      /^26212/,
    );
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("resolves a typed occupation ('Gemeint: …') and ranks by the recognition status", async () => {
    const tp = await openPage(e2e.browser);
    const { page } = tp;
    await signIn(page, e2e.server.url, /Beratung/, COACH_ORG);
    // Typed, not picked: no message about five digits, the best code is used and named.
    await page.getByRole("combobox", { name: "Berufsgattung (KldB 2010)" }).fill("Pflegefachfrau");
    await page.getByLabel("Anerkennung").selectOption({ label: "Noch kein Antrag" });
    await searchFor(page, "33330", /Gütersloh · Nordrhein-Westfalen$/);
    await page
      .getByText(
        "Gemeint: 81302 – Berufe in der Gesundheits- und Krankenpflege (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten. Wenn nicht, bitte einen anderen Beruf wählen.",
      )
      .waitFor();
    expect(await page.getByText(/fünf Ziffern/).count()).toBe(0);
    const offers = page.getByRole("tabpanel", { name: /Qualifizierungen/ });
    const course = offers.locator("article", { hasText: ADAPTATION });
    await course.waitFor();
    expect(
      await course.getByText("Reglementierter Beruf (Bundesrecht) – Anerkennung erforderlich").count(),
    ).toBe(1);
    expect(
      await course
        .getByText("Zuerst das Anerkennungsverfahren: Antrag bei der zuständigen Stelle stellen")
        .count(),
    ).toBe(1);
    expect(await course.getByText("Anerkennung liegt bereits vor").count()).toBe(0);
    await checkPage(page, "coach-recognition-first");

    // Fully recognised: the adaptation course says it is probably not needed.
    await page.getByLabel("Anerkennung").selectOption({ label: "Voll anerkannt" });
    await page.getByRole("button", { name: "Passende Angebote suchen" }).click();
    // A hint, no longer a first step ("Hinweis: " is read out before it).
    await course.getByText("Anerkennung liegt bereits vor").waitFor();
    expect(await course.getByText(/Zuerst das Anerkennungsverfahren/).count()).toBe(0);
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });

  it("a provider's language course keeps its target level and the Länder it leads to recognition in", async () => {
    const title = "Berufssprachkurs Pflege B2 bis C1 Leipzig";
    const tp = await openPage(e2e.browser, { allowHttpErrors: [400] });
    const { page } = tp;
    await signIn(page, e2e.server.url, /Bildungsträger/, PROVIDER_ORG);
    await page.getByRole("link", { name: "Neues Angebot anlegen" }).click();
    await page.getByRole("heading", { name: "Neues Qualifizierungsangebot" }).waitFor();
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Beschreibung").fill("Fachsprache Pflege bis zur Prüfung telc Deutsch C1.");
    await page.getByLabel("Bildungsträger").fill("Sprachschule Vertrauen gGmbH");
    await pickOccupation(page, "Berufe (KldB-Berufsgattungen)", "Pflegefachfrau", "81302");
    await page.getByLabel(/^Art/).selectOption("language-course");
    await page.getByLabel(/^Format/).selectOption("in-person");
    await page.getByLabel("Postleitzahl des Kursortes").fill("04109");
    await page.getByText(/^Leipzig · /).waitFor();
    await page.getByRole("checkbox", { name: "Laufender Einstieg möglich" }).check();
    await page.getByLabel("Deutsch mindestens").selectOption("B2");
    // A target below the entry level is refused, naming the field; nothing is saved.
    await page.getByLabel("Zielniveau Deutsch").selectOption("B1");
    await page
      .getByRole("group", { name: /Führt zur Anerkennung nur in/ })
      .getByRole("checkbox", { name: "Sachsen", exact: true })
      .check();
    await page.getByRole("textbox", { name: /^Name/ }).fill("Max Beispiel");
    await page.getByLabel("E-Mail").fill("max.beispiel@example.org");
    await page.getByRole("button", { name: "Speichern und veröffentlichen" }).click();
    await page.getByRole("link", { name: /Zielniveau Deutsch/ }).waitFor();
    await checkPage(page, "provider-offer-target-level-error");

    await page.getByLabel("Zielniveau Deutsch").selectOption("C1");
    await page.getByRole("button", { name: "Speichern und veröffentlichen" }).click();
    const item = page.getByRole("listitem").filter({ hasText: title });
    await item.getByText("Veröffentlicht").waitFor();

    const res = await fetch(`${e2e.server.url}/qualification-offers?org=${PROVIDER_ORG}`, {
      headers: { authorization: `Bearer ${await e2e.server.token("provider", PROVIDER_ORG)}` },
    });
    const body = (await res.json()) as {
      items: { title: string; targetGermanLevel?: string; validIn?: string[]; germanLevel?: string }[];
    };
    const saved = body.items.find((o) => o.title === title);
    expect(saved?.germanLevel).toBe("B2");
    expect(saved?.targetGermanLevel).toBe("C1");
    expect(saved?.validIn).toEqual(["14"]);

    // The edit form shows both again.
    await item.getByRole("link", { name: "Bearbeiten" }).click();
    expect(await page.getByLabel("Zielniveau Deutsch").inputValue()).toBe("C1");
    expect(
      await page
        .getByRole("group", { name: /Führt zur Anerkennung nur in/ })
        .getByRole("checkbox", { name: "Sachsen", exact: true })
        .isChecked(),
    ).toBe(true);
    await checkPage(page, "provider-offer-valid-in");
    expectNoConsoleErrors(tp);
    await tp.context.close();
  });
});
