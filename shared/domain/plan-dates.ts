import type { PlanModule, PlanOffer } from "./plan-model.ts";

/** Days a step occupies, both ends included (YYYY-MM-DD). */
export interface Span {
  start: string;
  end: string;
}

/**
 * How many hours a week a module is taught, for its end date: a full-time offer's modules 40,
 * a part-time one's 20 (the offer says which; a module has hours, not an end).
 */
export const HOURS_PER_WEEK = { fullTime: 40, partTime: 20 } as const;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

/** A step without known dates never overlaps: the rule applies only where dates are known. */
export const fits = (span: Span | undefined, taken: readonly Span[]) =>
  !span || taken.every((t) => !overlaps(span, t));

/** A module starting on `start`: as many weeks as its hours take at the offer's pace. */
export function moduleSpan(start: string, hours: number, fullTime: boolean): Span {
  const perWeek = fullTime ? HOURS_PER_WEEK.fullTime : HOURS_PER_WEEK.partTime;
  return { start, end: addDays(start, Math.ceil(hours / perWeek) * 7 - 1) };
}

/** An offer's dates when known: start to end, or start plus its weeks; rolling entry has none. */
export function offerSpan(offer: PlanOffer): Span | undefined {
  if (offer.rolling || !offer.start) return undefined;
  if (offer.end) return { start: offer.start, end: offer.end };
  if (offer.durationWeeks)
    return { start: offer.start, end: addDays(offer.start, offer.durationWeeks * 7 - 1) };
  return undefined;
}

/** When a whole offer starts, shown: its first day, unless that lies before `from` (rolling entry). */
export const offerStart = (offer: PlanOffer, from: string) =>
  offerSpan(offer)?.start ?? (offer.start && offer.start >= from ? offer.start : undefined);

/**
 * When a module can start: without start dates, whenever (no dates, no overlap); otherwise its
 * first start date from `from` on that overlaps nothing taken — or undefined when none does.
 */
export function moduleStart(
  module: PlanModule,
  offer: PlanOffer,
  from: string,
  taken: readonly Span[],
): { span?: Span } | undefined {
  const dates = module.startDates ?? [];
  if (!dates.length) return {};
  const spans = [...dates]
    .filter((d) => d >= from)
    .sort()
    .map((d) => moduleSpan(d, module.hours, offer.fullTime));
  const span = spans.find((s) => fits(s, taken));
  return span ? { span } : undefined;
}
