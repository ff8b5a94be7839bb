import type { Availability } from "../schemas/availability.ts";
import { availability } from "./availability.ts";
import { ConflictError, ValidationError } from "./errors.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import type { QualificationOffer } from "../schemas/qualification-offer.ts";

export type ListingKind = "place" | "offer";
export type Listing = MentoringPlace | QualificationOffer;

/**
 * Published items seen by other organisations: no count of people — `availability` instead of
 * `acceptedCount` (availability.ts) — and a place's mentor contact stays private to its employer.
 */
export function publicView(kind: ListingKind, listing: Listing): Record<string, unknown> {
  const { acceptedCount: _count, ...shown } = listing;
  const seats = { availability: listingAvailability(kind, listing) };
  if (kind === "place") {
    // A place kept on behalf of an employer: its `company` is shown, not the employer record's id.
    const {
      contact: _private,
      onBehalfOf: _record,
      ...rest
    } = shown as Omit<MentoringPlace, "acceptedCount">;
    return { ...rest, ...seats };
  }
  return { ...shown, ...seats };
}

/** "free", "few" or "full" for an item's seats (an offer without `seats`: always free). */
export const listingAvailability = (kind: ListingKind, listing: Listing): Availability =>
  availability(seatLimit(kind, listing), seatsTaken(listing));

export const isPublished = (listing: Listing) => listing.status === "published";

/** How many referrals an item can accept: a place's capacity, an offer's seats (none: unlimited). */
export function seatLimit(kind: ListingKind, listing: Listing): number | undefined {
  return kind === "place" ? (listing as MentoringPlace).capacity : (listing as QualificationOffer).seats;
}

/** Whether one more referral can be accepted (an offer without `seats` always can). */
export function hasFreeSeat(kind: ListingKind, listing: Listing): boolean {
  const limit = seatLimit(kind, listing);
  return limit === undefined || seatsTaken(listing) < limit;
}

/** Only published items with a free seat (places; offers with `seats`) belong in the match index. */
export function isMatchable(kind: ListingKind, listing: Listing): boolean {
  return isPublished(listing) && hasFreeSeat(kind, listing);
}

/** A place cannot shrink below the seats already taken (accepted referrals keep theirs). */
export function checkCapacity(place: MentoringPlace): void {
  if (place.capacity < place.acceptedCount) {
    throw new ValidationError([
      {
        path: "capacity",
        message: `Bereits ${place.acceptedCount} Plätze vergeben; die Kapazität kann nicht darunter sinken`,
      },
    ]);
  }
}

/** An offer's seats cannot shrink below the enrolments already confirmed (accepted referrals). */
export function checkSeats(offer: QualificationOffer): void {
  const taken = seatsTaken(offer);
  if (offer.seats !== undefined && offer.seats < taken) {
    throw new ValidationError([
      {
        path: "seats",
        message: `Bereits ${taken} Plätze vergeben; die Platzzahl kann nicht darunter sinken`,
      },
    ]);
  }
}

/** Seats accepted referrals hold (a place's or an offer's acceptedCount). */
export const seatsTaken = (listing: Listing) =>
  "acceptedCount" in listing && typeof listing.acceptedCount === "number" ? listing.acceptedCount : 0;

/** An item with accepted referrals stays visible to them: it can be archived, never a draft again. */
export function checkNoSeatsTaken(listing: Listing): void {
  const taken = seatsTaken(listing);
  if (taken > 0) {
    throw new ConflictError(
      `${taken} angenommene Vermittlung(en) verweisen auf diesen Eintrag: nur Archivieren ist möglich, kein Entwurf.`,
      { errors: [{ path: "status", message: "Nicht zurück zum Entwurf: Plätze sind vergeben" }] },
    );
  }
}
