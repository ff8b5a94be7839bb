import { type Child, h } from "../../core/dom.ts";
import { date, km, percent } from "../../core/format.ts";
import {
  AVAILABILITY_LABELS,
  FORMAT_LABELS,
  FUNDING_LABELS,
  label,
  languageList,
  OFFER_KIND_LABELS,
  PLACE_KIND_LABELS,
} from "../../core/labels.ts";
import { counted } from "../../core/plural.ts";
import type { Match, MentoringPlaceForCoach, QualificationOfferPublic, Reason } from "../../core/types.ts";

/** One ranked result: title, where, how well it fits (score and every reason in words), details. */
const WARN = new Set([
  "german.belowRequired",
  "german.unknown",
  "occupation.belowLevel",
  "region.otherState",
  "recognition.full",
  "distance.beyondRadius",
]);
const INFO = new Set([
  "occupation.sameSubgroup",
  "occupation.related",
  "availability.later",
  "occupation.regulated",
  "occupation.titleProtected",
  "occupation.partlyRegulated",
  "recognition.first",
]);

/** What a reason's text may draw on from the item (both may ask for German). */
interface ReasonItem {
  germanLevel?: string;
}

/**
 * The reason in the pages' German: the gender-fair "Kandidat:in"; the API's text where the page
 * has nothing better (a place's seats: "Jetzt frei, nur noch wenige Plätze", never a count).
 */
function reasonText(reason: Reason, item: ReasonItem): string {
  if (reason.code === "german.unknown" && item.germanLevel)
    return `Gefordert: Deutsch ${item.germanLevel}; Niveau der Kandidat:in nicht angegeben`;
  return reason.text.replace("des Kandidaten", "der Kandidat:in");
}

function reasonItem(reason: Reason, item: ReasonItem) {
  const kind = WARN.has(reason.code) ? "warn" : INFO.has(reason.code) ? "info" : "ok";
  const prefix = kind === "warn" ? "Hinweis: " : kind === "ok" ? "Passt: " : "";
  return h(
    "li",
    { class: `reason reason--${kind}`, "data-code": reason.code },
    prefix ? h("span", { class: "visually-hidden" }, prefix) : null,
    reasonText(reason, item),
  );
}

function score(value: number) {
  const fill = h("span", { class: "score__fill" });
  fill.style.width = percent(value).replace(" ", "");
  return h(
    "p",
    { class: "score" },
    h("span", { class: "score__bar", "aria-hidden": "true" }, fill),
    `Passung ${percent(value)}`,
  );
}

/** Key facts, folded away so the ranked list stays easy to scan. */
const facts = (summary: string, pairs: [string, Child][]) =>
  h(
    "details",
    { class: "result__details" },
    h("summary", {}, summary),
    h(
      "dl",
      { class: "facts" },
      pairs
        .filter(([, v]) => v !== "" && v !== null)
        .map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v))),
    ),
  );

function card(n: number, id: string, title: string, where: string, m: Match<unknown>, body: Child[]) {
  const headingId = `result-${id}`;
  return h(
    "article",
    { class: "result", "aria-labelledby": headingId, "data-id": id },
    h(
      "div",
      { class: "result__head" },
      h("h3", { id: headingId }, h("span", { class: "result__n" }, `${n}.`), " ", title),
      score(m.score),
    ),
    h("p", { class: "result__where" }, where),
    h(
      "ul",
      { class: "reasons", "aria-label": "Gründe" },
      m.reasons.map((r) => reasonItem(r, m.item as ReasonItem)),
    ),
    ...body,
  );
}

export function offerCard(n: number, m: Match<QualificationOfferPublic>, action: HTMLElement): HTMLElement {
  const o = m.item;
  const where =
    o.format === "online" || !o.location
      ? `${o.provider.name} · online`
      : `${o.provider.name} · ${o.location.postalCode} ${o.location.place} · ${km(m.distanceKm)}`;
  const start = o.rolling
    ? "laufender Einstieg"
    : o.start
      ? `ab ${date(o.start)}${o.end ? ` bis ${date(o.end)}` : ""}`
      : "";
  const contact = h(
    "span",
    {},
    o.contact.name,
    " · ",
    h("a", { href: `mailto:${o.contact.email}` }, o.contact.email),
    o.contact.phone ? ` · ${o.contact.phone}` : "",
  );
  return card(n, o.id, o.title, where, m, [
    o.description ? h("p", { class: "result__desc" }, o.description) : null,
    facts("Details und Kontakt", [
      ["Art", label(OFFER_KIND_LABELS, o.kind)],
      ["Format", label(FORMAT_LABELS, o.format)],
      ["Zeitraum", start],
      [
        "Umfang",
        [o.durationWeeks ? `${o.durationWeeks} Wochen, ` : "", o.fullTime ? "Vollzeit" : "Teilzeit"].join(""),
      ],
      ["Deutsch", o.germanLevel ? `mindestens ${o.germanLevel}` : "keine Anforderung angegeben"],
      ["Sprachen", languageList(o.languages)],
      ["Förderung", o.funding.map((f) => label(FUNDING_LABELS, f)).join(", ")],
      ["Kontakt", contact],
      [
        "Website",
        o.provider.url
          ? h(
              "a",
              { href: o.provider.url, rel: "noopener noreferrer", target: "_blank" },
              o.provider.url.replace(/^https?:\/\//, ""),
              h("span", { class: "visually-hidden" }, " (öffnet in neuem Fenster)"),
            )
          : "",
      ],
    ]),
    action,
  ]);
}

export function placeCard(n: number, m: Match<MentoringPlaceForCoach>, action: HTMLElement): HTMLElement {
  const p = m.item;
  return card(
    n,
    p.id,
    p.title,
    // The match answer names the organisation (orgName); the slug only if it has no description.
    `Betrieb: ${(p as { orgName?: string }).orgName ?? p.org} · ${p.location.postalCode} ${p.location.place} · ${km(m.distanceKm)}`,
    m,
    [
      p.description ? h("p", { class: "result__desc" }, p.description) : null,
      facts("Details", [
        ["Plätze", counted(p.capacity, "seatNominative")],
        // Another organisation's place: how free it is, never how many seats are taken (issue 26).
        ["Verfügbarkeit", AVAILABILITY_LABELS[p.availability]],
        [
          "Zeitraum",
          `ab ${date(p.availableFrom)}${p.availableUntil ? ` bis ${date(p.availableUntil)}` : ""}`,
        ],
        ["Art", p.kinds.map((k) => label(PLACE_KIND_LABELS, k)).join(", ")],
        ["Stunden/Woche", p.hoursPerWeek ? String(p.hoursPerWeek).replace(".", ",") : ""],
        ["Deutsch", p.germanLevel ? `mindestens ${p.germanLevel}` : "keine Anforderung angegeben"],
        ["Sprachen im Betrieb", languageList(p.languages)],
      ]),
      action,
    ],
  );
}
