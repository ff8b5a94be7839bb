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
  it("hides a place's mentor contact and its count of people from other organisations", () => {
    expect(publicView("place", place({ acceptedCount: 1 }))).toEqual({
      id: "p1",
      status: "published",
      capacity: 2,
      availability: "few",
      title: "Mentoring",
    });
    expect(publicView("place", place({ capacity: 10, acceptedCount: 1 }))).toMatchObject({
      availability: "free",
    });
    expect(publicView("place", place({ acceptedCount: 2 }))).toMatchObject({ availability: "full" });
  });

  it("shows a place kept on behalf of an employer with the employer's name, not which record it is", () => {
    const view = publicView("place", place({ onBehalfOf: "emp-1", company: "Pflegeheim Sonnenhof" }));
    expect(view).toMatchObject({ company: "Pflegeheim Sonnenhof" });
    expect(view).not.toHaveProperty("onBehalfOf");
    expect(view).not.toHaveProperty("contact");
  });

  it("shows an offer's contact (providers want to be reached), as a copy, without its enrolments", () => {
    const original = offer({ seats: 20, acceptedCount: 1 });
    const view = publicView("offer", original);
    const { acceptedCount: _count, ...rest } = original as unknown as Record<string, unknown>;
    expect(view).toEqual({ ...rest, availability: "free" });
    expect(view).not.toBe(original);
    expect(original).toHaveProperty("acceptedCount", 1);
    // Without seats an offer is never full; at its seats it is.
    expect(publicView("offer", offer({ acceptedCount: 300 }))).toMatchObject({ availability: "free" });
    expect(publicView("offer", offer({ seats: 3, acceptedCount: 3 }))).toMatchObject({
      availability: "full",
    });
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
