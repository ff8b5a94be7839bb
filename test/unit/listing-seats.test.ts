import { describe, expect, it } from "vitest";
import { ConflictError, ValidationError } from "../../shared/domain/errors.ts";
import {
  checkCapacity,
  checkNoSeatsTaken,
  checkSeats,
  hasFreeSeat,
  type Listing,
  seatLimit,
  seatsTaken,
} from "../../shared/domain/listing.ts";
import type { MentoringPlace } from "../../shared/schemas/mentoring-place.ts";
import type { QualificationOffer } from "../../shared/schemas/qualification-offer.ts";

const place = (capacity: number, acceptedCount: number) =>
  ({ id: "p1", status: "published", capacity, acceptedCount }) as unknown as MentoringPlace;
const offer = (over: Record<string, unknown> = {}) =>
  ({ id: "o1", status: "published", ...over }) as unknown as QualificationOffer;

const thrown = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("seats: a place's capacity, an offer's seats (none: unlimited)", () => {
  it("limits a place by its capacity and an offer by its seats", () => {
    expect(seatLimit("place", place(3, 0))).toBe(3);
    expect(seatLimit("offer", offer({ seats: 12 }))).toBe(12);
    expect(seatLimit("offer", offer())).toBeUndefined();
    // The kind decides which field counts, not which fields the item happens to carry.
    expect(seatLimit("offer", { ...offer(), capacity: 3 } as unknown as Listing)).toBeUndefined();
  });

  it("counts the seats accepted referrals hold, 0 when an item has no count", () => {
    expect(seatsTaken(place(3, 2))).toBe(2);
    expect(seatsTaken(offer({ acceptedCount: 4 }))).toBe(4);
    expect(seatsTaken(offer())).toBe(0);
    expect(seatsTaken(offer({ acceptedCount: undefined }))).toBe(0);
    expect(seatsTaken(offer({ acceptedCount: "4" }))).toBe(0);
  });

  it("has a free seat below the limit, and always without one", () => {
    expect(hasFreeSeat("place", place(2, 1))).toBe(true);
    expect(hasFreeSeat("place", place(2, 2))).toBe(false);
    expect(hasFreeSeat("offer", offer({ seats: 2, acceptedCount: 1 }))).toBe(true);
    expect(hasFreeSeat("offer", offer({ seats: 2, acceptedCount: 2 }))).toBe(false);
    expect(hasFreeSeat("offer", offer({ acceptedCount: 500 }))).toBe(true);
  });
});

describe("no item shrinks below the seats already taken", () => {
  it("lets a place's capacity fall to the seats taken, not below (400 naming capacity)", () => {
    expect(() => checkCapacity(place(2, 2))).not.toThrow();
    expect(() => checkCapacity(place(3, 2))).not.toThrow();
    const error = thrown(() => checkCapacity(place(1, 2)));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([
      { path: "capacity", message: "Bereits 2 Plätze vergeben; die Kapazität kann nicht darunter sinken" },
    ]);
  });

  it("lets an offer's seats fall to the enrolments, not below, and an offer drop its limit (400 naming seats)", () => {
    expect(() => checkSeats(offer({ seats: 3, acceptedCount: 3 }))).not.toThrow();
    expect(() => checkSeats(offer({ seats: 4, acceptedCount: 3 }))).not.toThrow();
    expect(() => checkSeats(offer({ acceptedCount: 3 }))).not.toThrow();
    expect(() => checkSeats(offer({ seats: 0 }))).not.toThrow();
    const error = thrown(() => checkSeats(offer({ seats: 2, acceptedCount: 3 })));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([
      { path: "seats", message: "Bereits 3 Plätze vergeben; die Platzzahl kann nicht darunter sinken" },
    ]);
  });

  it("keeps an item with accepted referrals out of draft (409 naming status)", () => {
    expect(() => checkNoSeatsTaken(place(2, 0))).not.toThrow();
    expect(() => checkNoSeatsTaken(offer())).not.toThrow();
    const error = thrown(() => checkNoSeatsTaken(place(2, 1)));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(
      "1 angenommene Vermittlung(en) verweisen auf diesen Eintrag: nur Archivieren ist möglich, kein Entwurf.",
    );
    expect((error as ConflictError).extra).toEqual({
      errors: [{ path: "status", message: "Nicht zurück zum Entwurf: Plätze sind vergeben" }],
    });
  });
});
