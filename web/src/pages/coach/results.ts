import { h } from "../../core/dom.ts";
import { num } from "../../core/format.ts";
import { FORMAT_LABELS, OFFER_KIND_LABELS, PLACE_KIND_LABELS } from "../../core/labels.ts";
import { occupationText } from "../../core/occupations.ts";
import { counted } from "../../core/plural.ts";
import type {
  Match,
  MatchResponse,
  MentoringPlaceForCoach,
  QualificationOfferPublic,
} from "../../core/types.ts";
import { tabs } from "../../ui/tabs.ts";
import type { ProposeTarget } from "./propose-target.ts";
import { offerCard, placeCard } from "./result-card.ts";
import { resultPanel, WIDER_KM } from "./result-panel.ts";

/**
 * Matches in two tabs, Qualifizierungen and Mentoringplätze. `propose` is called with the offer
 * or place and a status element when the coach proposes the candidate; what it writes there
 * survives filtering.
 */
export type Propose = (target: ProposeTarget, status: HTMLElement) => void;

export interface ResultOptions {
  heading?: string;
  /** Repeats the search with a larger radius (offered in an empty tab while the radius is < 100 km). */
  widen?: (radiusKm: number) => void;
  /** Searches again with another occupation (a suggestion in an empty tab). */
  searchOccupation?: (code: string) => void;
}

export function results(res: MatchResponse, propose: Propose, options: ResultOptions = {}): HTMLElement {
  const heading = options.heading ?? "Ergebnisse";
  const widen = options.widen && res.candidate.radiusKm < WIDER_KM ? options.widen : undefined;
  const offers = res.offers as Match<QualificationOfferPublic>[];
  const places = res.places as Match<MentoringPlaceForCoach>[];
  const { location, radiusKm } = res.candidate;
  const statuses = new Map<string, HTMLElement>();

  const proposeAction = (target: ProposeTarget) => {
    const id = target.item.id;
    const status = statuses.get(id) ?? h("p", { class: "result__status", role: "status" });
    statuses.set(id, status);
    const button = h(
      "button",
      { type: "button", class: "button button--secondary" },
      "Kandidat:in vorschlagen",
    );
    button.setAttribute("aria-describedby", `result-${id}`);
    button.addEventListener("click", () => propose(target, status));
    return h("div", { class: "result__actions" }, button, status);
  };

  const offerPanel = resultPanel<QualificationOfferPublic>({
    noun: "offer",
    matches: offers,
    widen,
    beyond: (res.beyond?.offers ?? []) as Match<QualificationOfferPublic>[],
    suggestions: res.suggestions,
    searchOccupation: options.searchOccupation,
    center: location,
    radiusKm,
    kinds: (o) => [o.kind],
    kindLabels: OFFER_KIND_LABELS,
    formats: { of: (o) => o.format, labels: FORMAT_LABELS },
    card: (n, m) => offerCard(n, m, proposeAction({ kind: "offer", item: m.item })),
    title: (o) => o.title,
    location: (o) => (o.format === "online" ? undefined : o.location),
  });
  const placePanel = resultPanel<MentoringPlaceForCoach>({
    noun: "place",
    matches: places,
    widen,
    beyond: (res.beyond?.places ?? []) as Match<MentoringPlaceForCoach>[],
    suggestions: res.suggestions,
    searchOccupation: options.searchOccupation,
    center: location,
    radiusKm,
    kinds: (p) => p.kinds,
    kindLabels: PLACE_KIND_LABELS,
    card: (n, m) => placeCard(n, m, proposeAction({ kind: "place", item: m.item })),
    title: (p) => p.title,
    location: (p) => p.location,
  });
  const view = tabs("Ergebnisse nach Art", [
    { label: `Qualifizierungen (${offers.length})`, panel: h("div", {}, offerPanel) },
    { label: `Mentoringplätze (${places.length})`, panel: h("div", {}, placePanel) },
  ]);
  // Open the tab that has something to show: no empty first tab when only places matched.
  if (!offers.length && places.length) view.select(1);

  return h(
    "section",
    { class: "results-section", "aria-labelledby": "results-heading" },
    h("h2", { id: "results-heading", tabindex: -1 }, heading),
    h(
      "p",
      { class: "lead" },
      `${counted(offers.length, "offer")} und ${counted(places.length, "place")} für `,
      occupationText(res.candidate.occupation),
      ` im Umkreis von ${num(radiusKm)} km um ${location.postalCode} ${location.place} (${location.district.name}).`,
    ),
    view.el,
  );
}
