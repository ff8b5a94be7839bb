import { describe, expect, it } from "vitest";
import { HANDOUT_LANGUAGES } from "../../shared/handout/languages.ts";
import { buildHandout } from "../../shared/handout/model.ts";
import type { Counselling } from "../../shared/handout/plan-model.ts";
import { renderHandout } from "../../shared/handout/render.ts";
import { TRANSLATIONS } from "../../shared/handout/translations/index.ts";
import { handoutInput } from "../support/handout-fixtures.ts";

/**
 * Issue 31, point 6: the match handout (no saved plan) names whom to contact — the counselling
 * organisation and the coach's work contact — under the title and in the step that says to get
 * in touch, in every language.
 */
const counselling: Counselling = {
  organisation: "MOZAIK gGmbH",
  coach: { name: "Aylin Demir", phone: "+49 521 987654", email: "a.demir@mozaik.example" },
};
const page = (lang: (typeof HANDOUT_LANGUAGES)[number], c?: Counselling) =>
  renderHandout({ ...buildHandout(handoutInput), ...(c ? { counselling: c } : {}) }, lang);

/** The last step of "Ihre nächsten Schritte". */
const lastStep = (html: string) => /<ol class="steps">.*<li>(.*?)<\/li><\/ol>/s.exec(html)?.[1];

describe("handout: whom to contact (match handout)", () => {
  it("says it in the step about questions, in German", () => {
    expect(lastStep(page("de", counselling))).toBe(
      'Bei Fragen oder wenn Sie eine Zusage bekommen, melden Sie sich bei Ihrer Beratung.<br><span class="step-contact">Ihre Beratung: <bdi lang="de" dir="ltr">MOZAIK gGmbH</bdi> · Ihre Ansprechperson: <bdi lang="de" dir="ltr">Aylin Demir</bdi> · Telefon: <bdi dir="ltr">+49 521 987654</bdi> · E-Mail: <bdi dir="ltr">a.demir@mozaik.example</bdi></span>',
    );
    expect(page("de", counselling)).toContain(
      '<p class="counselling">Ihre Beratung: <bdi lang="de" dir="ltr">MOZAIK gGmbH</bdi>',
    );
  });

  it("names organisation and coach in all seven languages, with the language's own labels", () => {
    expect(HANDOUT_LANGUAGES).toHaveLength(7);
    for (const lang of HANDOUT_LANGUAGES) {
      const t = TRANSLATIONS[lang];
      const step = lastStep(page(lang, counselling)) ?? "";
      expect(step, lang).toContain('<bdi lang="de" dir="ltr">MOZAIK gGmbH</bdi>');
      expect(step, lang).toContain('<bdi lang="de" dir="ltr">Aylin Demir</bdi>');
      expect(step, lang).toContain(`${t.phone}: <bdi dir="ltr">+49 521 987654</bdi>`);
      expect(step, lang).toContain(`${t.email}: <bdi dir="ltr">a.demir@mozaik.example</bdi>`);
      expect(step.startsWith(t.steps.questions.replaceAll("&", "&amp;")), lang).toBe(true);
    }
  });

  it("names what is known, and nothing when neither the organisation nor the coach is", () => {
    expect(lastStep(page("en", { organisation: "MOZAIK gGmbH" }))).toContain(
      '<span class="step-contact">Your counselling service: <bdi lang="de" dir="ltr">MOZAIK gGmbH</bdi></span>',
    );
    expect(lastStep(page("de", { coach: { name: "Aylin Demir" } }))).toContain(
      '<span class="step-contact">Ihre Ansprechperson: <bdi lang="de" dir="ltr">Aylin Demir</bdi></span>',
    );
    for (const c of [undefined, {}, { coach: { phone: "0521 1" } }]) {
      const html = page("de", c);
      expect(lastStep(html)).toBe(
        "Bei Fragen oder wenn Sie eine Zusage bekommen, melden Sie sich bei Ihrer Beratung.",
      );
      expect(html).not.toContain('class="counselling"');
    }
  });
});
