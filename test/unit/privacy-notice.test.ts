import { describe, expect, it } from "vitest";
import { placeholders } from "../../shared/handout/html.ts";
import { HANDOUT_LANGUAGES } from "../../shared/handout/languages.ts";
import { type PrivacyNotice, renderPrivacyNotice } from "../../shared/handout/privacy-notice.ts";
import { NOTICE_TRANSLATIONS } from "../../shared/handout/privacy/index.ts";
import { CONSENT_SCOPES } from "../../shared/schemas/consent.ts";

/** Every text of a translation, by its path ("scopes.store"). */
function flatten(value: unknown, path = ""): Map<string, unknown> {
  if (typeof value !== "object" || value === null) return new Map([[path, value]]);
  return new Map(
    Object.entries(value).flatMap(([key, child]) => [...flatten(child, path ? `${path}.${key}` : key)]),
  );
}
const reference = flatten(NOTICE_TRANSLATIONS.de);
const sorted = (list: readonly string[]) => [...list].sort();

const notice = (over: Partial<PrivacyNotice> = {}): PrivacyNotice => ({
  version: "2026-12",
  date: "2026-12-07",
  organisation: { name: "MOZAIK gGmbH", website: "https://mozaik.de" },
  adviser: { name: "Aylin Beispiel", email: "aylin@mozaik.example", phone: "+49 521 000001" },
  retentionMonths: 12,
  ...over,
});

describe("the information notice's translations", () => {
  it("exist for every handout language", () => {
    expect(sorted(Object.keys(NOTICE_TRANSLATIONS))).toEqual(sorted(HANDOUT_LANGUAGES));
  });

  it.each(HANDOUT_LANGUAGES)("%s has every text German has, none empty, same placeholders", (lang) => {
    const texts = flatten(NOTICE_TRANSLATIONS[lang]);
    expect(sorted([...texts.keys()])).toEqual(sorted([...reference.keys()]));
    expect(sorted(Object.keys(NOTICE_TRANSLATIONS[lang].scopes))).toEqual(sorted(CONSENT_SCOPES));
    for (const [path, text] of texts) {
      expect(typeof text === "string" && text.trim() !== "", `${lang}: ${path} is empty`).toBe(true);
      expect(placeholders(String(text)), `${lang}: placeholders of ${path}`).toEqual(
        placeholders(String(reference.get(path))),
      );
    }
    // Each scope starts with its name (the tick box's label), then a colon.
    for (const scope of CONSENT_SCOPES)
      expect(NOTICE_TRANSLATIONS[lang].scopes[scope], `${lang}: ${scope}`).toMatch(/^[^:]{2,40}: \S/);
  });

  it("are written for each language, not copied from German (Turkish says Telefon too)", () => {
    for (const lang of HANDOUT_LANGUAGES.filter((l) => l !== "de")) {
      const same = [...flatten(NOTICE_TRANSLATIONS[lang])].filter(
        ([path, text]) => reference.get(path) === text,
      );
      expect(
        same.map(([p]) => p).filter((p) => p !== "phone"),
        lang,
      ).toEqual([]);
    }
  });

  it("name the legal basis, withdrawal, the rights and the complaint by article in every language", () => {
    for (const lang of HANDOUT_LANGUAGES) {
      const t = NOTICE_TRANSLATIONS[lang];
      const digits = (s: string) => s.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d)));
      expect(digits(t.legalBasis), lang).toMatch(/6/);
      expect(digits(t.withdrawal), lang).toMatch(/7/);
      for (const article of ["15", "16", "17", "18", "20", "21"])
        expect(digits(t.rights), lang).toContain(article);
      expect(digits(t.complaint), lang).toContain("77");
      expect(t.recipientProcessors, lang).toContain("eu-central-1");
    }
  });
});

describe("renderPrivacyNotice", () => {
  it("prints the German notice with controller, version, purposes, basis, recipients, retention and rights", () => {
    const html = renderPrivacyNotice(notice(), "de");
    expect(html).toMatch(/^<!doctype html>\n<html lang="de" dir="ltr">/);
    expect(html).toContain("<title>Information zum Datenschutz (Art. 13 DSGVO)</title>");
    expect(html).toContain('data-notice-version="2026-12"');
    expect(html).toContain('Version <bdi dir="ltr">2026-12</bdi> · Stand 7. Dezember 2026');
    expect(html).toContain('Verantwortlich für Ihre Daten ist <bdi lang="de" dir="ltr">MOZAIK gGmbH</bdi>.');
    expect(html).toContain('Webseite: <bdi dir="ltr">https://mozaik.de</bdi>');
    expect(html).toContain('Ihre Ansprechperson: <bdi lang="de" dir="ltr">Aylin Beispiel</bdi>');
    expect(html).toContain('Telefon: <bdi dir="ltr">+49 521 000001</bdi>');
    expect(html).toContain('E-Mail: <bdi dir="ltr">aylin@mozaik.example</bdi>');
    expect(html).toContain("Art. 6 Abs. 1 Buchst. a DSGVO");
    expect(html).toContain("Art. 7 Abs. 3 DSGVO");
    expect(html).toContain("Bis 12 Monate nach dem Ende Ihrer Teilnahme");
    expect(html).toContain("Art. 77 DSGVO");
    for (const heading of [
      "Wer ist verantwortlich?",
      "Wofür? Sie entscheiden einzeln:",
      "Rechtsgrundlage",
      "Wer erhält Ihre Daten?",
      "Wie lange?",
      "Ihre Rechte",
      "Ihre Einwilligung",
    ])
      expect(html).toContain(`<h2>${heading}</h2>`);
    // Each scope's purpose, and a box to tick with its name.
    expect(html.match(/<li>Speichern: /g)).toHaveLength(1);
    for (const name of ["Speichern", "Profil teilen", "Kontakt weitergeben", "Angaben für den ESF Plus"])
      expect(html).toContain(`<span class="box" aria-hidden="true">☐</span> ${name}</li>`);
  });

  it("says who is responsible without a name, and leaves out what nobody saved", () => {
    const html = renderPrivacyNotice(
      notice({ organisation: undefined, adviser: { email: "beratung@example.org" } }),
      "de",
    );
    expect(html).toContain("<p>Verantwortlich für Ihre Daten ist die Beratungsstelle, die Sie berät.</p>");
    expect(html).not.toContain("Webseite");
    expect(html).not.toContain("Ansprechperson");
    expect(html).not.toContain("Telefon:");
    expect(html).toContain('E-Mail: <bdi dir="ltr">beratung@example.org</bdi>');
    const bare = renderPrivacyNotice(notice({ organisation: { name: "IQ Nord" }, adviser: undefined }), "de");
    expect(bare).not.toContain("E-Mail:");
    expect(bare).not.toContain("Webseite");
  });

  it("escapes what organisations and coaches typed", () => {
    const html = renderPrivacyNotice(notice({ organisation: { name: '<script>"x"</script>' } }), "en");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;&quot;x&quot;&lt;/script&gt;");
  });

  it.each(HANDOUT_LANGUAGES)("%s: the page in its language and direction, every section filled", (lang) => {
    const html = renderPrivacyNotice(notice({ retentionMonths: 18 }), lang);
    const rtl = lang === "ar" || lang === "fa";
    expect(html).toContain(`<html lang="${lang}" dir="${rtl ? "rtl" : "ltr"}">`);
    const t = NOTICE_TRANSLATIONS[lang];
    expect(html).toContain(`<h1>${t.title}</h1>`);
    expect(html.match(/<h2>/g)).toHaveLength(8);
    expect(html).not.toMatch(/\{\w+\}/);
    expect(html).toContain('<bdi lang="de" dir="ltr">MOZAIK gGmbH</bdi>');
    expect(html).toContain(new Intl.NumberFormat(lang === "fa" ? "fa-IR" : lang).format(18));
  });
});
