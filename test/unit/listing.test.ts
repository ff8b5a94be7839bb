import { describe, expect, it } from "vitest";
import { isMatchable, isPublished, type Listing, publicView } from "../../shared/domain/listing.ts";

const place = (over: Record<string, unknown> = {}) =>
  ({
    id: "p1",
    status: "published",
    capacity: 2,
    acceptedCount: 0,
    contact: { name: "Eva Muster", email: "eva.muster@example.org" },
    title: "Mentoring",
    ...over,
  }) as unknown as Listing;
const offer = (over: Record<string, unknown> = {}) =>
  ({
    id: "o1",
    status: "published",
    contact: { name: "Träger", email: "info@example.org" },
    ...over,
  }) as unknown as Listing;

describe("publicView", () => {
  it("hides a place's mentor contact from other organisations", () => {
    expect(publicView("place", place())).toEqual({
      id: "p1",
      status: "published",
      capacity: 2,
      acceptedCount: 0,
      title: "Mentoring",
    });
  });

  it("shows an offer's contact (providers want to be reached), as a copy", () => {
    const original = offer();
    const view = publicView("offer", original);
    expect(view).toEqual(original);
    expect(view).not.toBe(original);
  });
});

describe("isMatchable", () => {
  it("takes only published items", () => {
    expect(isPublished(place())).toBe(true);
    for (const status of ["draft", "archived"]) {
      expect(isPublished(place({ status }))).toBe(false);
      expect(isMatchable("place", place({ status }))).toBe(false);
      expect(isMatchable("offer", offer({ status }))).toBe(false);
    }
    expect(isMatchable("offer", offer())).toBe(true);
  });

  it("takes a place while a seat is free", () => {
    expect(isMatchable("place", place({ acceptedCount: 1 }))).toBe(true);
    expect(isMatchable("place", place({ acceptedCount: 2 }))).toBe(false);
    expect(isMatchable("place", place({ acceptedCount: 3 }))).toBe(false);
  });
});
