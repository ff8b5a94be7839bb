import type { Formatters } from "./format.ts";
import { escapeHtml, fill, german, verbatim } from "./html.ts";
import type { HandoutItem, HandoutReason } from "./model.ts";
import type { HandoutTexts } from "./texts.ts";

export interface RenderContext {
  t: HandoutTexts;
  f: Formatters;
  /** The visible "German" mark, in the page's language. */
  mark: string;
}

const known = <K extends string>(labels: Record<K, string>, key: string | undefined) =>
  key !== undefined && key in labels ? labels[key as K] : undefined;

/** One reason in the page's language; the API's German sentence (marked) if a value is missing. */
export function reasonHtml(reason: HandoutReason, { t, f, mark }: RenderContext): string {
  const v = reason.values;
  const sentence = fill(t.reasons[reason.code] ?? "", {
    km: v.km === undefined ? undefined : escapeHtml(f.km(v.km)),
    place: v.place === undefined ? undefined : german(v.place),
    code: v.code === undefined ? undefined : verbatim(v.code),
    date: v.date === undefined ? undefined : escapeHtml(f.date(v.date)),
    required: v.required === undefined ? undefined : verbatim(v.required),
    languages: v.languages?.length ? escapeHtml(f.languages(v.languages)) : undefined,
  });
  return sentence && t.reasons[reason.code] ? sentence : `${mark}${german(reason.german)}`;
}

function facts(item: HandoutItem, { t, f }: RenderContext): string[] {
  const text = (s: string | undefined) => (s === undefined ? undefined : escapeHtml(s));
  // One German address, left to right as a whole: "33602 Bielefeld", never "Bielefeld 33602".
  const address = [item.postalCode, item.place].filter(Boolean).join(" ");
  const where = address ? german(address) : "";
  const format = text(known(t.formats, item.format));
  const cost = (eur: number) => (eur === 0 ? text(t.noCost) : fill(t.cost, { amount: text(f.euros(eur)) }));
  const funding = item.funding.map((k) => known(t.fundingKinds, k) ?? k);
  const out = [
    item.provider && `${escapeHtml(t.provider)}: ${german(item.provider.name)}`,
    text(known(t.offerKinds, item.offerKind)),
    ...item.placeKinds.map((k) => text(known(t.placeKinds, k))),
    item.format === "online" ? format : [format, where].filter(Boolean).join(": "),
    item.durationWeeks && fill(t.duration, { weeks: text(f.weeks(item.durationWeeks)) }),
    item.fullTime === undefined ? undefined : text(item.fullTime ? t.fullTime : t.partTime),
    item.hoursPerWeek && fill(t.hoursPerWeek, { hours: text(f.hours(item.hoursPerWeek)) }),
    item.costEur === undefined ? undefined : cost(item.costEur),
    funding.length ? fill(t.funding, { list: text(f.list(funding)) }) : undefined,
  ];
  return out.filter((x): x is string => typeof x === "string" && x !== "");
}

/** What to do about this item, with its contact (offers) or through the coach (places). */
function nextStep(item: HandoutItem, { t }: RenderContext): string {
  const label = `<strong>${escapeHtml(t.nextStep)}:</strong> `;
  // Places all take the same step, through the coach: said once above the list (render.ts).
  if (item.kind === "place") return "";
  const c = item.contact;
  const parts: string[] = [];
  if (c?.phone) {
    parts.push(fill(t.callStep, { name: german(c.name), phone: verbatim(c.phone) }) ?? "");
    if (c.email) parts.push(`${escapeHtml(t.email)}: ${verbatim(c.email)}`);
  } else if (c?.email) {
    parts.push(fill(t.mailStep, { name: german(c.name), email: verbatim(c.email) }) ?? "");
  }
  // The website only when there is nobody to call or write to: one line per item keeps two pages.
  if (!parts.length && item.provider?.url)
    parts.push(fill(t.websiteStep, { url: verbatim(item.provider.url) }) ?? "");
  return parts.length ? label + parts.join(" · ") : "";
}

export function itemHtml(item: HandoutItem, index: number, ctx: RenderContext): string {
  const { t, mark } = ctx;
  const lines = [
    `<h3><span class="num">${escapeHtml(ctx.f.number(index + 1))}.</span>${mark}${german(item.title)}</h3>`,
    `<p class="facts">${facts(item, ctx).join(" · ")}</p>`,
    item.description && `<p class="original" lang="de" dir="ltr">${escapeHtml(item.description)}</p>`,
    item.reasons.length &&
      `<ul class="reasons" aria-label="${escapeHtml(t.reasonsHeading)}">${item.reasons
        .map((r) => `<li>${reasonHtml(r, ctx)}</li>`)
        .join("")}</ul>`,
    item.kind === "offer" && `<p class="next">${nextStep(item, ctx)}</p>`,
  ];
  return `<article class="item">${lines.filter(Boolean).join("\n")}</article>`;
}
