import type { MatchEntry, Reason } from "./match-model.ts";

const germanDate = (iso: string) => iso.split("-").reverse().join(".");

/** undefined = not available for this candidate; null = available, nothing worth saying. */
export function availabilityReason(entry: MatchEntry, from: string): Reason | null | undefined {
  if (entry.kind === "place") {
    const free = (entry.capacity ?? 0) - (entry.acceptedCount ?? 0);
    if (free <= 0 || (entry.availableUntil && entry.availableUntil < from)) return undefined;
    if (entry.availableFrom && entry.availableFrom > from) {
      return {
        code: "availability.later",
        text: `Frei ab ${germanDate(entry.availableFrom)} (${free} von ${entry.capacity} Plätzen frei)`,
      };
    }
    return { code: "availability.now", text: `${free} von ${entry.capacity} Plätzen frei` };
  }
  if (entry.end && entry.end < from) return undefined;
  if (entry.rolling) return { code: "availability.rolling", text: "Laufender Einstieg möglich" };
  if (entry.start && entry.start < from) return undefined;
  return entry.start ? { code: "availability.start", text: `Beginn am ${germanDate(entry.start)}` } : null;
}
