import { describe, expect, it } from "vitest";
import { availability, FEW_SEATS, FEW_SHARE, SMALL_CAPACITY } from "../../shared/domain/availability.ts";

describe("availability: free, few or full instead of a count of people", () => {
  it("pins the thresholds", () => {
    expect([SMALL_CAPACITY, FEW_SEATS, FEW_SHARE]).toEqual([4, 2, 0.2]);
  });

  it("is always free without a seat limit (an offer without seats)", () => {
    expect(availability(undefined, 0)).toBe("free");
    expect(availability(undefined, 1000)).toBe("free");
  });

  it("is full at or beyond the limit", () => {
    expect(availability(1, 1)).toBe("full");
    expect(availability(5, 5)).toBe("full");
    expect(availability(5, 6)).toBe("full");
    expect(availability(0, 0)).toBe("full");
  });

  it("is few for small items from the start", () => {
    expect(availability(1, 0)).toBe("few");
    expect(availability(3, 0)).toBe("few");
    expect(availability(4, 0)).toBe("few");
    expect(availability(4, 3)).toBe("few");
    expect(availability(5, 0)).toBe("free");
  });

  it("turns few at two free seats or a fifth of the capacity", () => {
    expect(availability(5, 2)).toBe("free"); // 3 free
    expect(availability(5, 3)).toBe("few"); // 2 free
    expect(availability(5, 4)).toBe("few"); // 1 free
    expect(availability(50, 39)).toBe("free"); // 11 free > 10
    expect(availability(50, 40)).toBe("few"); // 10 free = 20 %
    expect(availability(20, 15)).toBe("free"); // 5 free > 4
    expect(availability(20, 16)).toBe("few"); // 4 free = 20 %
    expect(availability(6, 3)).toBe("free"); // 3 free > 2 and > 1.2
  });

  it("never tells 0, 1 or 2 seats taken apart unless they fill the item", () => {
    const leaks: string[] = [];
    for (let limit = 1; limit <= 500; limit++)
      for (const taken of [1, 2])
        if (taken < limit && availability(limit, taken) !== availability(limit, 0))
          leaks.push(`${limit}: ${taken}`);
    expect(leaks).toEqual([]);
  });
});
