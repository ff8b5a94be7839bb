import geohash from "ngeohash";
import { describe, expect, it } from "vitest";
import { degreesFor, distanceKm } from "../../shared/domain/geo.ts";
import { coverCircle } from "../../shared/domain/geo-cover.ts";

const guetersloh = { lat: 51.9066, lon: 8.3784 };
const bielefeld = { lat: 52.0302, lon: 8.5325 };
const leipzig = { lat: 51.3397, lon: 12.3731 };

describe("distanceKm", () => {
  it("matches known great-circle distances", () => {
    expect(distanceKm(guetersloh, bielefeld)).toBeCloseTo(17.2, 0);
    expect(distanceKm(guetersloh, leipzig)).toBeGreaterThan(275);
    expect(distanceKm(guetersloh, leipzig)).toBeLessThan(285);
    expect(distanceKm(leipzig, leipzig)).toBe(0);
  });
  it("measures on a sphere of 6371.0088 km: 111.195 km per degree of a great circle", () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.19508, 5);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.19508, 5);
    expect(distanceKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(55.59701, 5);
    expect(distanceKm(guetersloh, bielefeld)).toBeCloseTo(17.33025, 5);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015.11444, 4);
  });
  it("is symmetric", () => {
    expect(distanceKm(bielefeld, leipzig)).toBeCloseTo(distanceKm(leipzig, bielefeld), 9);
  });
});

describe("degreesFor", () => {
  it("spans 1° of latitude per 111.195 km, more degrees of longitude towards the poles", () => {
    expect(degreesFor(111.195, 0)).toEqual({ dLat: 1, dLon: 1 });
    expect(degreesFor(222.39, 60).dLat).toBe(2);
    expect(degreesFor(111.195, 60).dLon).toBeCloseTo(2, 9);
    // At a pole the cosine is capped, so the span stays finite.
    expect(degreesFor(111.195, 90)).toEqual({ dLat: 1, dLon: 100 });
  });
});

describe("coverCircle", () => {
  const inRanges = (hash: string, ranges: { first: string; last: string }[]) =>
    ranges.some((r) => hash.slice(0, r.first.length) >= r.first && hash.slice(0, r.last.length) <= r.last);

  it.each([10, 25, 50, 100, 300])("covers every point within %i km with at most 8 ranges", (radius) => {
    const cover = coverCircle(guetersloh, radius);
    expect(cover.ranges.length).toBeLessThanOrEqual(8);
    // Points on rings inside the radius must fall into some range.
    for (let bearing = 0; bearing < 360; bearing += 15) {
      for (const fraction of [0.2, 0.6, 0.99]) {
        const d = radius * fraction;
        const lat = guetersloh.lat + (d / 111.195) * Math.cos((bearing * Math.PI) / 180);
        const lon =
          guetersloh.lon +
          (d / (111.195 * Math.cos((lat * Math.PI) / 180))) * Math.sin((bearing * Math.PI) / 180);
        expect(inRanges(geohash.encode(lat, lon, 6), cover.ranges)).toBe(true);
      }
    }
  });

  it("reads little more than the circle at 50 km (design target ≤ 2×)", () => {
    const cover = coverCircle(guetersloh, 50);
    expect(cover.readCells / cover.touchingCells).toBeLessThan(1.5);
  });

  it("excludes far-away places", () => {
    const cover = coverCircle(guetersloh, 50);
    expect(inRanges(geohash.encode(leipzig.lat, leipzig.lon, 6), cover.ranges)).toBe(false);
  });

  it("returns ordered, non-overlapping ranges", () => {
    const { ranges } = coverCircle(leipzig, 100);
    for (let i = 1; i < ranges.length; i++) {
      expect((ranges[i]?.first ?? "") > (ranges[i - 1]?.last ?? "")).toBe(true);
    }
  });
});
