import { h, replace, uid } from "../../core/dom.ts";
import { num } from "../../core/format.ts";
import { counted, NOUNS } from "../../core/plural.ts";
import type { Location, Match, Reason } from "../../core/types.ts";
import { radar, type RadarPoint } from "../../ui/radar.ts";

/**
 * One tab of results: filters that work on the answer already received (no new request), the
 * distance radar and the ranked cards. The count of shown results is announced as it changes.
 */
export interface PanelOptions<T> {
  noun: "offer" | "place";
  /** Offered in the empty state: search again with this radius in one click. */
  widen?: (radiusKm: number) => void;
  /** Empty state: the nearest items outside the radius (or for another Land), shown as cards. */
  beyond?: Match<T>[];
  /** Empty state: other codes with items inside the radius, each a one-click search. */
  suggestions?: { occupation: string; title: string; offers: number; places: number }[];
  searchOccupation?: (code: string) => void;
  matches: Match<T>[];
  center: Location;
  radiusKm: number;
  /** The item's kinds (Art) and, for offers, its format, with German labels. */
  kinds(item: T): string[];
  kindLabels: Record<string, string>;
  formats?: { of(item: T): string; labels: Record<string, string> };
  card(n: number, match: Match<T>): HTMLElement;
  title(item: T): string;
  location(item: T): Location | undefined;
}

const has = (reasons: Reason[], code: string) => reasons.some((r) => r.code === code);

function choice(text: string, labels: Record<string, string>, present: Set<string>) {
  const id = uid("flt");
  const el = h(
    "select",
    { id },
    h("option", { value: "" }, "alle"),
    [...present].map((v) => h("option", { value: v }, labels[v] ?? v)),
  );
  return { el, wrap: h("div", { class: "filter" }, h("label", { for: id }, text), el) };
}

export function resultPanel<T>(o: PanelOptions<T>): HTMLElement {
  if (!o.matches.length) return emptyPanel(o);
  const exact = h("input", { type: "checkbox" });
  const german = h("input", { type: "checkbox" });
  const maxKm = h("input", { type: "range", min: 1, max: o.radiusKm, step: 1, value: o.radiusKm });
  const maxOut = h("output", {}, `${o.radiusKm} km`);
  const maxId = uid("flt");
  maxKm.id = maxId;
  const kind = choice("Art", o.kindLabels, new Set(o.matches.flatMap((m) => o.kinds(m.item))));
  const format = o.formats
    ? choice("Format", o.formats.labels, new Set(o.matches.map((m) => o.formats?.of(m.item) ?? "")))
    : undefined;
  const count = h("p", { class: "result-count", role: "status" });
  const list = h("ol", { class: "results" });
  const map = h("div", { class: "result-map" });

  const filters = h(
    "fieldset",
    { class: "filters" },
    h("legend", {}, `Filter (ohne neue Suche)`),
    h("label", { class: "check" }, exact, " Nur gleiche Berufsgattung"),
    h("label", { class: "check" }, german, " Deutschanforderung erfüllt"),
    h("div", { class: "filter filter--range" }, h("label", { for: maxId }, "Höchstens"), maxKm, maxOut),
    kind.wrap,
    format?.wrap,
  );

  function update() {
    maxOut.textContent = `${maxKm.value} km`;
    maxKm.setAttribute("aria-valuetext", `${maxKm.value} Kilometer`);
    const shown = o.matches.filter(
      (m) =>
        (!exact.checked || has(m.reasons, "occupation.exact")) &&
        (!german.checked || !has(m.reasons, "german.belowRequired")) &&
        (m.distanceKm === null || m.distanceKm <= Number(maxKm.value)) &&
        (!kind.el.value || o.kinds(m.item).includes(kind.el.value)) &&
        (!format?.el.value || o.formats?.of(m.item) === format.el.value),
    );
    count.textContent =
      shown.length === o.matches.length
        ? counted(shown.length, o.noun)
        : `${shown.length} von ${counted(o.matches.length, o.noun)} angezeigt`;
    const numbered = shown.map((m) => ({ m, n: o.matches.indexOf(m) + 1 }));
    replace(
      list,
      numbered.map(({ m, n }) => h("li", {}, o.card(n, m))),
    );
    const points: RadarPoint[] = numbered.flatMap(({ m, n }) => {
      const loc = o.location(m.item);
      return loc && m.distanceKm !== null
        ? [
            {
              n,
              title: o.title(m.item),
              place: loc.place,
              lat: loc.lat,
              lon: loc.lon,
              distanceKm: m.distanceKm,
            },
          ]
        : [];
    });
    replace(map, radar(o.center, o.radiusKm, points, shown.length - points.length));
  }
  filters.addEventListener("input", update);
  filters.addEventListener("change", update);
  update();

  return h("div", { class: "panel" }, filters, count, h("div", { class: "result-layout" }, map, list));
}

/** The radius an empty tab offers to widen to, in one click. */
export const WIDER_KM = 100;

/** Nothing in this tab: say so, name the nearest item, offer related codes and a wider radius. */
function emptyPanel<T>(o: PanelOptions<T>): HTMLElement {
  const plural = NOUNS[o.noun][1];
  const widen = o.widen;
  const beyond = o.beyond ?? [];
  const [next] = beyond;
  const nextPlace = next ? o.location(next.item)?.place : undefined;
  const suggestions = (o.suggestions ?? []).filter((s) => (o.noun === "offer" ? s.offers : s.places) > 0);
  const search = o.searchOccupation;
  return h(
    "div",
    { class: "empty-state" },
    h(
      "p",
      { class: "empty" },
      `Keine passenden ${plural} im Umkreis von ${o.radiusKm} km. `,
      widen
        ? "Ein größerer Umkreis findet oft Angebote in der Nachbarregion."
        : "Prüfen Sie den Beruf oder suchen Sie mit einem verwandten Beruf.",
    ),
    next && next.distanceKm !== null
      ? h(
          "p",
          { class: "empty__next" },
          `${o.noun === "offer" ? "Nächstes Angebot" : "Nächster Mentoringplatz"}: ${num(next.distanceKm)} km${nextPlace ? ` (${nextPlace})` : ""}`,
        )
      : null,
    beyond.length
      ? h(
          "ol",
          { class: "results results--beyond" },
          beyond.map((m, i) => h("li", {}, o.card(i + 1, m))),
        )
      : null,
    suggestions.length && search
      ? h(
          "div",
          { class: "empty__suggestions" },
          h("p", {}, "In der Nähe gibt es Treffer für diese Berufe – vielleicht ist einer gemeint:"),
          h(
            "ul",
            { class: "suggestions" },
            suggestions.map((s) =>
              h(
                "li",
                {},
                h(
                  "button",
                  { type: "button", class: "button button--secondary", onclick: () => search(s.occupation) },
                  `${s.occupation} – ${s.title} (${o.noun === "offer" ? counted(s.offers, "offer") : counted(s.places, "place")})`,
                ),
              ),
            ),
          ),
        )
      : null,
    widen
      ? h(
          "button",
          { type: "button", class: "button button--secondary", onclick: () => widen(WIDER_KM) },
          `Umkreis auf ${WIDER_KM} km erweitern`,
        )
      : null,
  );
}
