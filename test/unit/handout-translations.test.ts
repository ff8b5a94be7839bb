import { describe, expect, it } from "vitest";
import { REASON_CODES } from "../../shared/schemas/reason-codes.ts";
import { placeholders } from "../../shared/handout/html.ts";
import { HANDOUT_LANGUAGES } from "../../shared/handout/languages.ts";
import { TRANSLATIONS } from "../../shared/handout/translations/index.ts";
import { RECOGNITION_STATUSES } from "../../shared/schemas/candidate.ts";
import { PLACE_KINDS } from "../../shared/schemas/mentoring-place.ts";
import { FUNDING, OFFER_FORMATS, OFFER_KINDS } from "../../shared/schemas/qualification-offer.ts";

/** Every text of a translation, by its path ("reasons.distance", "steps.choose"). */
function flatten(value: unknown, path = ""): Map<string, unknown> {
  if (typeof value !== "object" || value === null) return new Map([[path, value]]);
  return new Map(
    Object.entries(value).flatMap(([key, child]) => [...flatten(child, path ? `${path}.${key}` : key)]),
  );
}

const reference = flatten(TRANSLATIONS.de);
const sorted = (list: readonly string[]) => [...list].sort();

describe("handout translations", () => {
  it("exist for every handout language", () => {
    expect(sorted(Object.keys(TRANSLATIONS))).toEqual(sorted(HANDOUT_LANGUAGES));
  });

  it("have a sentence for exactly the reason codes the domain defines", () => {
    for (const lang of HANDOUT_LANGUAGES) {
      expect(sorted(Object.keys(TRANSLATIONS[lang].reasons)), lang).toEqual(sorted(REASON_CODES));
    }
  });

  it("label every code of the API's choices", () => {
    const steps = RECOGNITION_STATUSES.filter((s) => s !== "full");
    for (const lang of HANDOUT_LANGUAGES) {
      const t = TRANSLATIONS[lang];
      expect(sorted(Object.keys(t.offerKinds)), lang).toEqual(sorted(OFFER_KINDS));
      expect(sorted(Object.keys(t.formats)), lang).toEqual(sorted(OFFER_FORMATS));
      expect(sorted(Object.keys(t.placeKinds)), lang).toEqual(sorted(PLACE_KINDS));
      expect(sorted(Object.keys(t.fundingKinds)), lang).toEqual(sorted(FUNDING));
      expect(sorted(Object.keys(t.recognition)), lang).toEqual(sorted([...steps, "unknown"]));
    }
  });

  it.each(HANDOUT_LANGUAGES)(
    "%s has every label and sentence German has, none empty, same placeholders",
    (lang) => {
      const texts = flatten(TRANSLATIONS[lang]);
      expect(sorted([...texts.keys()])).toEqual(sorted([...reference.keys()]));
      for (const [path, text] of texts) {
        expect(typeof text === "string" && text.trim() !== "", `${lang}: ${path} is empty`).toBe(true);
        expect(placeholders(String(text)), `${lang}: placeholders of ${path}`).toEqual(
          placeholders(String(reference.get(path))),
        );
      }
    },
  );

  it("are written for each language, not copied from German (beyond names and codes)", () => {
    const same = (lang: (typeof HANDOUT_LANGUAGES)[number]) =>
      [...flatten(TRANSLATIONS[lang])].filter(([path, text]) => reference.get(path) === text).map(([p]) => p);
    // Only labels that are the same word in both (Online, Hospitation, …) may coincide.
    for (const lang of HANDOUT_LANGUAGES.filter((l) => l !== "de")) {
      expect(same(lang).length, `${lang}: ${same(lang).join(", ")}`).toBeLessThanOrEqual(4);
    }
  });
});
