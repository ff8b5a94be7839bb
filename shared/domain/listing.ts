import { ConflictError, ValidationError } from "./errors.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import type { QualificationOffer } from "../schemas/qualification-offer.ts";

export type ListingKind = "place" | "offer";
export type Listing = MentoringPlace | QualificationOffer;

/** Published items seen by other organisations. A place's contact stays private to its employer. */
export function publicView(kind: ListingKind, listing: Listing): Record<string, unknown> {
  if (kind === "place") {
    const { contact: _private, ...rest } = listing as MentoringPlace;
    return rest;
  }
  return { ...listing };
}

export const isPublished = (listing: Listing) => listing.status === "published";

/** Only published items with a free seat (places) belong in the match index. */
export function isMatchable(kind: ListingKind, listing: Listing): boolean {
  if (!isPublished(listing)) return false;
  if (kind === "place") {
    const place = listing as MentoringPlace;
    return place.acceptedCount < place.capacity;
  }
  return true;
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

/** Seats accepted referrals hold (places; offers have none). */
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
