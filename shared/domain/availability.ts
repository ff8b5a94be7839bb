import type { Availability } from "../schemas/availability.ts";

/**
 * What other organisations see of a place's or an offer's seats instead of a count of people
 * (issue 26): "free", "few" or "full". An exact `acceptedCount` beside the rounded statistics
 * would name the one person a district's figure hides ("Kreis Paderborn: 0 in the statistics,
 * 1 in the listing").
 *
 * The rule keeps the first acceptances invisible: 0, 1 or 2 seats taken look the same as none
 * unless they fill the item. That holds because
 * - a small item (capacity ≤ SMALL_CAPACITY) is "few" from its first day: it only ever has a few
 *   seats, so an acceptance changes nothing until the last seat goes;
 * - a larger item turns "few" only at FEW_SEATS free seats or FEW_SHARE of its capacity, which
 *   needs at least 3 seats taken (capacity 5: 3 taken leaves 2 free).
 * "full" is unavoidable: a full item cannot be offered, and drops out of every search anyway.
 */

/** Items with at most this many seats always show "few" (until they are full). */
export const SMALL_CAPACITY = 4;
/** "few" from this many free seats down … */
export const FEW_SEATS = 2;
/** … or from this share of the capacity down (a place of 50: 10 free seats). */
export const FEW_SHARE = 0.2;

/** The availability of an item with `limit` seats (undefined: unlimited) of which `taken` are taken. */
export function availability(limit: number | undefined, taken: number): Availability {
  if (limit === undefined) return "free";
  const free = limit - taken;
  if (free <= 0) return "full";
  if (limit <= SMALL_CAPACITY || free <= FEW_SEATS || free <= limit * FEW_SHARE) return "few";
  return "free";
}
