import { h, s, uid } from "../core/dom.ts";
import { num } from "../core/format.ts";
import { counted } from "../core/plural.ts";
import {
  type Box,
  clearestDirection,
  groupByPlace,
  MARKER_R,
  markerBox,
  placeLabel,
  ringLabelBox,
} from "./radar-layout.ts";

/**
 * A distance "radar" instead of a map (no tiles, works offline): the candidate's place in the
 * centre, rings at a third, two thirds and the full radius, and one marker per place with its
 * results' numbers (matching the list) and the place's name. A legend below lists every place
 * with its distance and numbers, so nothing depends on reading the drawing.
 */
export interface RadarPoint {
  n: number;
  title: string;
  place: string;
  lat: number;
  lon: number;
  distanceKm: number;
}

const SIZE = 300;
const C = SIZE / 2;
const R = 118;

function position(center: { lat: number; lon: number }, p: RadarPoint, radiusKm: number) {
  const dx = (p.lon - center.lon) * Math.cos((center.lat * Math.PI) / 180) * 111.32;
  const dy = (p.lat - center.lat) * 110.57;
  const length = Math.hypot(dx, dy) || 1;
  const scale = Math.min(R / radiusKm, R / length);
  return { x: C + dx * scale, y: C - dy * scale };
}

export function radar(
  center: { lat: number; lon: number; place: string; postalCode: string },
  radiusKm: number,
  points: RadarPoint[],
  online: number,
): HTMLElement {
  const captionId = uid("radar");
  const markers = groupByPlace(points, (p) => position(center, p, radiusKm));
  const taken: Box[] = [markerBox({ x: C, y: C }), ...markers.map(markerBox)];

  // Ring distances along the ray that passes farthest from the markers.
  const angle = clearestDirection(C, R, markers);
  const ringLabels = [1 / 3, 2 / 3, 1].map((f) => {
    const text = `${num(Math.round(radiusKm * f))} km`;
    const x = C + Math.cos(angle) * R * f;
    const y = C - Math.sin(angle) * R * f + 4;
    taken.push(ringLabelBox(x, y, text));
    return s("text", { x, y, "text-anchor": "middle", class: "radar__label radar__distance" }, text);
  });

  const drawn = markers.map((m) => {
    const numbers = m.points.map((p) => p.n).join(", ");
    const name = m.points[0]?.place ?? "";
    const text = m.points.length > 1 ? `${name} (${numbers})` : name;
    const label = placeLabel(m, text, taken, SIZE);
    if (label) taken.push(label.box);
    return s(
      "g",
      { class: `radar__dot${m.points.length > 1 ? " radar__dot--group" : ""}`, "data-numbers": numbers },
      s("title", {}, m.points.map((p) => `${p.n}. ${p.title} – ${num(p.distanceKm)} km`).join("\n")),
      s("circle", { cx: m.x, cy: m.y, r: MARKER_R }),
      s(
        "text",
        { x: m.x, y: m.y + 4, "text-anchor": "middle" },
        // The first result's number, as for a single one; the label lists all numbers of the place.
        String(m.points[0]?.n ?? ""),
      ),
      label
        ? s(
            "text",
            { x: label.x, y: label.y, "text-anchor": label.anchor, class: "radar__label radar__place" },
            text,
          )
        : null,
    );
  });

  const svg = s(
    "svg",
    { viewBox: `0 0 ${SIZE} ${SIZE}`, role: "img", "aria-labelledby": captionId, class: "radar__svg" },
    [1 / 3, 2 / 3, 1].map((f) => s("circle", { cx: C, cy: C, r: R * f, class: "radar__ring" })),
    s("line", { x1: C, y1: C - R, x2: C, y2: C + R, class: "radar__axis" }),
    s("line", { x1: C - R, y1: C, x2: C + R, y2: C, class: "radar__axis" }),
    s("text", { x: C, y: C - R - 6, "text-anchor": "middle", class: "radar__label" }, "N"),
    s("circle", { cx: C, cy: C, r: 6, class: "radar__home" }),
    drawn,
    // Drawn last, so no marker can cover them.
    ringLabels,
  );
  const legend = markers
    .map((m) => ({ m, km: Math.min(...m.points.map((p) => p.distanceKm)) }))
    .sort((a, b) => a.km - b.km)
    .map(({ m, km }) =>
      h(
        "li",
        {},
        `${m.points[0]?.place ?? ""}, ${num(km)} km: `,
        m.points.length > 1 ? `Nr. ${m.points.map((p) => p.n).join(", ")}` : `Nr. ${m.points[0]?.n ?? ""}`,
      ),
    );
  return h(
    "figure",
    { class: "radar" },
    svg,
    h(
      "figcaption",
      { id: captionId },
      `Lage: ${counted(points.length, "hit")} im Umkreis von ${num(radiusKm)} km um ${center.postalCode} ${center.place} (Mitte, Norden oben).`,
      online ? ` ${counted(online, "onlineOffer")} ohne Entfernung.` : "",
    ),
    legend.length
      ? h(
          "details",
          { class: "radar__legend" },
          h("summary", {}, `Orte im Radar (${legend.length})`),
          h("ul", {}, legend),
        )
      : null,
  );
}
