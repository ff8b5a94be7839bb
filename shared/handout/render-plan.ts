import { escapeHtml, fill, german, verbatim } from "./html.ts";
import { type HandoutLanguage, LOCALES } from "./languages.ts";
import type { Counselling, HandoutPlan, HandoutPlanStep } from "./plan-model.ts";
import type { RenderContext } from "./render-item.ts";

const percent = (share: number, lang: HandoutLanguage) =>
  new Intl.NumberFormat(LOCALES[lang], { style: "percent", maximumFractionDigits: 0 }).format(share);

function stepHtml(step: HandoutPlanStep, index: number, { t, f, mark }: RenderContext): string {
  const p = t.plan;
  const title = step.moduleTitle ? `${step.moduleTitle} – ${step.title}` : step.title;
  const when =
    step.start && step.end
      ? fill(p.period, { start: escapeHtml(f.date(step.start)), end: escapeHtml(f.date(step.end)) })
      : step.start && fill(p.start, { date: escapeHtml(f.date(step.start)) });
  const facts = [
    escapeHtml(p.kinds[step.kind]),
    step.provider && `${escapeHtml(t.provider)}: ${german(step.provider)}`,
    when,
    step.hours > 0 && step.kind !== "place" && fill(p.hours, { hours: escapeHtml(f.hours(step.hours)) }),
  ].filter((x): x is string => typeof x === "string" && x !== "");
  const c = step.contact;
  const contact =
    c && [german(c.name), c.phone && verbatim(c.phone), c.email && verbatim(c.email)].filter(Boolean);
  const lines = [
    `<h3><span class="num">${escapeHtml(f.number(index + 1))}.</span>${mark}${german(title)}</h3>`,
    `<p class="facts">${facts.join(" · ")}</p>`,
    step.covers.length && `<p>${fill(p.covers, { list: step.covers.map(german).join(", ") })}</p>`,
    contact && `<p class="next"><strong>${escapeHtml(t.contact)}:</strong> ${contact.join(" · ")}</p>`,
    step.kind === "place" && `<p class="next">${escapeHtml(t.placeStep)}</p>`,
  ];
  return `<article class="item">${lines.filter(Boolean).join("\n")}</article>`;
}

/** The saved plan: the measure first (as the Bescheid requires), each step, what stays open. */
export function planHtml(plan: HandoutPlan, ctx: RenderContext, lang: HandoutLanguage): string {
  const p = ctx.t.plan;
  const intro = [
    `<p class="intro">${escapeHtml(p.intro)}</p>`,
    plan.measure && `<p><strong>${escapeHtml(p.measure[plan.measure])}</strong></p>`,
    `<p>${fill(p.coverage, { percent: escapeHtml(percent(plan.coverage, lang)) })}</p>`,
  ];
  const steps = plan.steps.length
    ? plan.steps.map((s, i) => stepHtml(s, i, ctx)).join("\n")
    : `<p>${escapeHtml(p.empty)}</p>`;
  const open = plan.uncovered.length
    ? `<section><h2>${escapeHtml(p.uncoveredHeading)}</h2>
<p>${plan.uncovered.map(german).join(", ")}</p><p>${escapeHtml(p.uncoveredNote)}</p></section>`
    : "";
  return `<section><h2>${escapeHtml(p.heading)}</h2>
${intro.filter(Boolean).join("\n")}
${steps}</section>
${open}`;
}

/** "Ihre Beratung: MOZAIK gGmbH · Ihre Ansprechperson: Aylin Demir · Telefon: …" (German names, as written). */
export function counsellingParts(c: Counselling | undefined, { t }: Pick<RenderContext, "t">): string[] {
  if (!c?.organisation && !c?.coach?.name) return [];
  const coach = c.coach;
  return [
    c.organisation && fill(t.plan.counselling, { name: german(c.organisation) }),
    coach?.name && fill(t.plan.coach, { name: german(coach.name) }),
    coach?.phone && `${escapeHtml(t.phone)}: ${verbatim(coach.phone)}`,
    coach?.email && `${escapeHtml(t.email)}: ${verbatim(coach.email)}`,
  ].filter((part): part is string => Boolean(part));
}

/** The counselling organisation's name and the coach's work contact, under the title. */
export function counsellingHtml(c: Counselling | undefined, ctx: RenderContext): string {
  const parts = counsellingParts(c, ctx);
  return parts.length ? `<p class="counselling">${parts.join(" · ")}</p>` : "";
}
