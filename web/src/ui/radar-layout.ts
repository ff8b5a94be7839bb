/**
 * Where things go on the distance radar: results at the same place become one marker, each marker
 * gets a place label that overlaps no other label or marker (or none; the legend names it), and
 * the ring distances go along the direction farthest from any marker, so nothing hides them.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Marker<P> {
  x: number;
  y: number;
  points: P[];
}

export const MARKER_R = 10;
const CHAR_W = 5.6;
const LINE_H = 12;

export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export const markerBox = (m: { x: number; y: number }): Box => ({
  x: m.x - MARKER_R,
  y: m.y - MARKER_R,
  w: 2 * MARKER_R,
  h: 2 * MARKER_R,
});

/** Groups points by their position (the same postal code lands on the same spot). */
export function groupByPlace<P>(points: P[], at: (p: P) => { x: number; y: number }): Marker<P>[] {
  const groups = new Map<string, Marker<P>>();
  for (const p of points) {
    const { x, y } = at(p);
    const key = `${Math.round(x)}:${Math.round(y)}`;
    const group = groups.get(key);
    if (group) group.points.push(p);
    else groups.set(key, { x, y, points: [p] });
  }
  return [...groups.values()];
}

export interface Label {
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  box: Box;
}

/** A label box for `text` at one of the marker's sides, or undefined when every side is taken. */
export function placeLabel(
  m: { x: number; y: number },
  text: string,
  taken: Box[],
  size: number,
): Label | undefined {
  const w = text.length * CHAR_W;
  const gap = MARKER_R + 3;
  const options: Label[] = [
    { x: m.x + gap, y: m.y + 4, anchor: "start", box: { x: m.x + gap, y: m.y - 8, w, h: LINE_H } },
    { x: m.x - gap, y: m.y + 4, anchor: "end", box: { x: m.x - gap - w, y: m.y - 8, w, h: LINE_H } },
    { x: m.x, y: m.y - gap - 2, anchor: "middle", box: { x: m.x - w / 2, y: m.y - gap - 12, w, h: LINE_H } },
    { x: m.x, y: m.y + gap + 9, anchor: "middle", box: { x: m.x - w / 2, y: m.y + gap, w, h: LINE_H } },
  ];
  const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= size && b.y + b.h <= size;
  return options.find((o) => inside(o.box) && !taken.some((t) => overlaps(o.box, t)));
}

/** The direction (radians, 0 = east, counter-clockwise) whose ray stays farthest from every marker. */
export function clearestDirection(
  center: number,
  radius: number,
  markers: { x: number; y: number }[],
): number {
  let best = Math.PI / 2;
  let bestDistance = -1;
  for (let i = 0; i < 16; i++) {
    const angle = Math.PI / 2 + (i * Math.PI) / 8;
    let nearest = Infinity;
    for (const f of [1 / 3, 2 / 3, 1]) {
      const x = center + Math.cos(angle) * radius * f;
      const y = center - Math.sin(angle) * radius * f;
      for (const m of markers) nearest = Math.min(nearest, Math.hypot(m.x - x, m.y - y));
    }
    if (nearest > bestDistance + 0.5) [best, bestDistance] = [angle, nearest];
  }
  return best;
}

/** The box of a ring's distance label, centred on its spot. */
export const ringLabelBox = (x: number, y: number, text: string): Box => ({
  x: x - (text.length * CHAR_W) / 2,
  y: y - 8,
  w: text.length * CHAR_W,
  h: LINE_H,
});
