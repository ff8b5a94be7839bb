import { availability } from "./availability.ts";
import type { MatchEntry, Reason } from "./match-model.ts";

const germanDate = (iso: string) => iso.split("-").reverse().join(".");

/** A place's seats in words, never as a count of people (availability.ts): coaches of other organisations read it. */
const SEATS = { free: "", few: ", nur noch wenige Plätze" } as const;

/** undefined = not available for this candidate; null = available, nothing worth saying. */
export function availabilityReason(entry: MatchEntry, from: string): Reason | null | undefined {
  if (entry.kind === "place") {
    const seats = availability(entry.capacity ?? 0, entry.acceptedCount ?? 0);
    if (seats === "full" || (entry.availableUntil && entry.availableUntil < from)) return undefined;
    if (entry.availableFrom && entry.availableFrom > from) {
      return {
        code: "availability.later",
        text: `Frei ab ${germanDate(entry.availableFrom)}${SEATS[seats]}`,
      };
    }
    return { code: "availability.now", text: `Jetzt frei${SEATS[seats]}` };
  }
  if (entry.end && entry.end < from) return undefined;
  if (entry.rolling) return { code: "availability.rolling", text: "Laufender Einstieg möglich" };
  if (entry.start && entry.start < from) return undefined;
  return entry.start ? { code: "availability.start", text: `Beginn am ${germanDate(entry.start)}` } : null;
}
