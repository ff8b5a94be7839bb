import { describe, expect, it } from "vitest";
import type { Match } from "../../shared/domain/matching.ts";
import { buildHandout } from "../../shared/handout/model.ts";
import { renderHandout } from "../../shared/handout/render.ts";
import { HANDOUT_LANGUAGES } from "../../shared/handout/languages.ts";
import { TRANSLATIONS } from "../../shared/handout/translations/index.ts";
import { handoutInput } from "../support/handout-fixtures.ts";

const render = (lang: (typeof HANDOUT_LANGUAGES)[number], input = handoutInput) =>
  renderHandout(buildHandout(input), lang);

describe("handout page", () => {
  it.each([
    ["ar", "rtl"],
    ["fa", "rtl"],
    ["de", "ltr"],
    ["uk", "ltr"],
  ] as const)("%s is written %s", (lang, dir) => {
    expect(render(lang)).toContain(`<html lang="${lang}" dir="${dir}">`);
  });

  it("prints on A4 with its own print stylesheet", () => {
    expect(render("de")).toMatch(/@page \{ size: A4;/);
  });

  it("keeps each offer's German title and text, marked German in the page's language", () => {
    const html = render("en");
    expect(html).toContain(
      '<span class="de-mark">German</span><bdi lang="de" dir="ltr">Anpassungsqualifizierung Pflegefachfrau/Pflegefachmann – Kurs 1 mit Praxiseinsätzen</bdi>',
    );
    expect(html).toMatch(
      /<p class="original" lang="de" dir="ltr">Der Lehrgang bereitet auf die Kenntnisprüfung vor/,
    );
    expect(render("ar")).toContain('<span class="de-mark">بالألمانية</span>');
  });

  it("cuts a long description at a word, with an ellipsis", () => {
    const text = /<p class="original" lang="de" dir="ltr">([^<]*)<\/p>/.exec(render("de"))?.[1] ?? "";
    expect(text.length).toBeLessThanOrEqual(202);
    expect(text).toMatch(/\w …$/);
  });

  it("says every reason in the chosen language, dates and numbers by its locale", () => {
    const html = render("en");
    expect(html).toContain('<li>Exactly your occupation (<bdi dir="ltr">KldB 81302</bdi>)</li>');
    expect(html).toContain('<li>15.3 km away (<bdi lang="de" dir="ltr">Bielefeld</bdi>)</li>');
    expect(html).toContain("<li>Starts on 1 March 2027</li>");
    // When a place is free, never how many seats are taken (issue 26).
    expect(html).toContain("<li>Available from 15 January 2027</li>");
    expect(html).not.toMatch(/free places|of 3/);
    expect(html).toContain("<li>Also in your language: Arabic</li>");
    expect(html).not.toContain("Gleiche Berufsgattung");
    expect(html).not.toMatch(/\{\w+\}/);
    expect(render("de")).toContain("<li>15,3 km entfernt (");
    expect(render("de")).toMatch(/Kosten: 1\.250,50\s€/);
    expect(render("fa")).toContain("<li>شروع در ۱ مارس ۲۰۲۷</li>");
    expect(render("uk")).toContain("<li>Також вашою мовою: арабська</li>");
  });

  it("keeps postal codes, phone numbers and e-mail addresses left to right inside right-to-left text", () => {
    const html = render("ar");
    expect(html).toContain('<bdi lang="de" dir="ltr">33602 Bielefeld</bdi>');
    expect(html).toContain(
      'الاتصال هاتفيًا بـ <bdi lang="de" dir="ltr">Max Beispiel 1</bdi>: <bdi dir="ltr">0521 123456</bdi>',
    );
    expect(html).toContain('<bdi dir="ltr">max.beispiel1@example.org</bdi>');
  });

  it("names the offer's contact and what to do, but never a mentoring place's contact", () => {
    const html = render("de");
    expect(html).toContain('Rufen Sie <bdi lang="de" dir="ltr">Max Beispiel 3</bdi> an');
    expect(html).toContain(TRANSLATIONS.de.placeStep);
    expect(html).not.toContain("Eva Muster");
    expect(html).not.toContain("05241 98765");
  });

  it("names the recognition step that applies, none once recognition is full", () => {
    expect(render("de")).toContain(TRANSLATIONS.de.recognition.partial);
    const full = {
      ...handoutInput,
      candidate: { ...handoutInput.candidate, recognition: { status: "full" as const } },
    };
    const html = render("de", full);
    for (const step of Object.values(TRANSLATIONS.de.recognition)) expect(html).not.toContain(step);
    const unknown = { ...handoutInput, candidate: { ...handoutInput.candidate, recognition: undefined } };
    expect(render("de", unknown)).toContain(TRANSLATIONS.de.recognition.unknown);
  });

  it("shows nothing about the candidate beyond occupation and town", () => {
    const candidate = {
      ...handoutInput.candidate,
      id: "cand-7",
      reference: "OWL-2026-0042",
      germanLevel: "A2",
      location: { postalCode: "33330", place: "Gütersloh", lat: 51.9, lon: 8.38 },
    };
    const html = render("de", { ...handoutInput, candidate });
    for (const text of ["OWL-2026-0042", "cand-7", "33330", "A2"]) expect(html).not.toContain(text);
    expect(html).toContain('Wohnort: <bdi lang="de" dir="ltr">Gütersloh</bdi>');
  });

  it("falls back to the API's German sentence, marked German, when a reason lacks its values", () => {
    const first = handoutInput.offers[0] as Match;
    const odd = { ...first, item: { ...first.item, start: undefined } };
    const html = render("en", { ...handoutInput, offers: [odd] });
    expect(html).toContain(
      '<li><span class="de-mark">German</span><bdi lang="de" dir="ltr">Beginn am 01.03.2027</bdi></li>',
    );
  });

  it("escapes what providers wrote", () => {
    const first = handoutInput.offers[0] as Match;
    const odd = { ...first, item: { ...first.item, title: 'Kurs <script>alert("x")</script>' } };
    const html = render("de", { ...handoutInput, offers: [odd] });
    expect(html).not.toContain("<script>");
    expect(html).toContain("Kurs &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("says so when a list is empty", () => {
    const html = render("tr", { ...handoutInput, offers: [], places: [] });
    expect(html).toContain(TRANSLATIONS.tr.noOffers);
    expect(html).toContain(TRANSLATIONS.tr.noPlaces);
  });
});
