import { formatters } from "./format.ts";
import { escapeHtml, fill, german, verbatim } from "./html.ts";
import { direction, type HandoutLanguage } from "./languages.ts";
import type { Handout, HandoutItem } from "./model.ts";
import { itemHtml, type RenderContext } from "./render-item.ts";
import { counsellingHtml, counsellingParts, planHtml } from "./render-plan.ts";
import { HANDOUT_CSS } from "./styles.ts";
import { TRANSLATIONS } from "./translations/index.ts";

/**
 * The handout as a complete HTML page in one language, ready to print on A4. Pure: the texts come
 * from the shipped translations, dates and numbers from Intl; German names stay German, marked.
 */
export function renderHandout(handout: Handout, lang: HandoutLanguage): string {
  const t = TRANSLATIONS[lang];
  const f = formatters(lang);
  const mark = `<span class="de-mark">${escapeHtml(t.germanLabel)}</span>`;
  const ctx: RenderContext = { t, f, mark };
  const { occupation } = handout;
  const job = occupation.title
    ? `${german(occupation.title)} (${verbatim(`KldB ${occupation.code}`)})`
    : verbatim(`KldB ${occupation.code}`);
  const steps = [
    // A saved plan has made the choice already.
    !handout.plan && t.steps.choose,
    handout.recognition && t.recognition[handout.recognition],
    t.steps.documents,
  ]
    .filter((s): s is string => Boolean(s))
    .map(escapeHtml);
  // "Whom to contact" is said where the candidate is told to: the organisation and the coach by name.
  const contact = counsellingParts(handout.counselling, ctx);
  steps.push(
    escapeHtml(t.steps.questions) +
      (contact.length ? `<br><span class="step-contact">${contact.join(" · ")}</span>` : ""),
  );
  const list = (heading: string, empty: string, items: HandoutItem[], step = "") =>
    `<section><h2>${escapeHtml(heading)}</h2>\n${
      items.length
        ? step + items.map((item, i) => itemHtml(item, i, ctx)).join("\n")
        : `<p>${escapeHtml(empty)}</p>`
    }</section>`;
  const placeStep = `<p class="next"><strong>${escapeHtml(t.nextStep)}:</strong> ${escapeHtml(t.placeStep)}</p>`;

  return `<!doctype html>
<html lang="${lang}" dir="${direction(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>${HANDOUT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(t.title)}</h1>
<p class="meta"><span>${escapeHtml(t.occupation)}: ${job}</span><span>${escapeHtml(t.town)}: ${german(handout.town)}</span><span>${fill(t.asOf, { date: escapeHtml(f.date(handout.date)) })}</span></p>
<p class="intro">${escapeHtml(t.intro)}</p>
<p class="note">${mark}${fill(t.germanNote, { label: escapeHtml(t.germanLabel) })}</p>
${counsellingHtml(handout.counselling, ctx)}
</header>
<main>
<section><h2>${escapeHtml(t.nextStepsHeading)}</h2>
<ol class="steps">${steps.map((s) => `<li>${s}</li>`).join("")}</ol></section>
${
  handout.plan
    ? planHtml(handout.plan, ctx, lang)
    : `${list(t.offersHeading, t.noOffers, handout.offers)}
${list(t.placesHeading, t.noPlaces, handout.places, placeStep)}`
}
</main>
<footer class="footer"><p>${escapeHtml(t.footer)}</p></footer>
</body>
</html>
`;
}
