import { h, s, uid } from "../core/dom.ts";
import { num } from "../core/format.ts";

/**
 * A distance "radar" instead of a map (no tiles, works offline): the candidate's place in the
 * centre, each result as a numbered dot by bearing and distance, rings at a third, two thirds and
 * the full radius. Numbers match the result list; the caption says the same in words.
 */
export interface RadarPoint {
  n: number;
  title: string;
  lat: number;
  lon: number;
  distanceKm: number;
}

const SIZE = 280;
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
  const rings = [1 / 3, 2 / 3, 1].map((f) => [
    s("circle", { cx: C, cy: C, r: R * f, class: "radar__ring" }),
    s("text", { x: C + 4, y: C - R * f + 12, class: "radar__label" }, `${num(Math.round(radiusKm * f))} km`),
  ]);
  const seen = new Map<string, number>();
  const dots = points.map((p) => {
    let { x, y } = position(center, p, radiusKm);
    // Results at the same postal code would hide each other: fan them out a little.
    const key = `${Math.round(x)}:${Math.round(y)}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (k) [x, y] = [x + 12 * Math.cos(k * 2.1), y + 12 * Math.sin(k * 2.1)];
    return s(
      "g",
      { class: "radar__dot" },
      s("title", {}, `${p.n}. ${p.title} – ${num(p.distanceKm)} km`),
      s("circle", { cx: x, cy: y, r: 10 }),
      s("text", { x, y: y + 4, "text-anchor": "middle" }, String(p.n)),
    );
  });
  const svg = s(
    "svg",
    { viewBox: `0 0 ${SIZE} ${SIZE}`, role: "img", "aria-labelledby": captionId, class: "radar__svg" },
    rings,
    s("line", { x1: C, y1: C - R, x2: C, y2: C + R, class: "radar__axis" }),
    s("line", { x1: C - R, y1: C, x2: C + R, y2: C, class: "radar__axis" }),
    s("text", { x: C, y: C - R - 6, "text-anchor": "middle", class: "radar__label" }, "N"),
    s("circle", { cx: C, cy: C, r: 6, class: "radar__home" }),
    dots,
  );
  const shown = points.length === 1 ? "1 Treffer" : `${points.length} Treffer`;
  return h(
    "figure",
    { class: "radar" },
    svg,
    h(
      "figcaption",
      { id: captionId },
      `Lage: ${shown} im Umkreis von ${num(radiusKm)} km um ${center.postalCode} ${center.place} (Mitte, Norden oben).`,
      online ? ` ${online === 1 ? "Ein Online-Angebot" : `${online} Online-Angebote`} ohne Entfernung.` : "",
    ),
  );
}
