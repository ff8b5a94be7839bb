import { describe, expect, it } from "vitest";
import { suggestOccupations } from "../../shared/domain/suggestions.ts";
import { guetersloh, north, professionOf } from "./matching-fixtures.ts";

const elektroniker = { occupation: "26302", point: guetersloh, radiusKm: 50 };
const at = (km: number) => north(km);

describe("suggestOccupations", () => {
  it("counts offers and places per other code inside the radius, most items first", () => {
    const entries = [
      { kind: "place" as const, codes: ["26212"], point: at(3) },
      { kind: "offer" as const, codes: ["26212", "26302"], point: at(10) },
      { kind: "offer" as const, codes: ["26112"], point: at(50) },
      { kind: "offer" as const, codes: ["26122"], point: at(50.1) },
      { kind: "offer" as const, codes: ["26252"] },
    ];
    expect(suggestOccupations(elektroniker, entries, professionOf)).toEqual([
      { occupation: "26212", offers: 1, places: 1 },
      { occupation: "26112", offers: 1, places: 0 },
      { occupation: "26252", offers: 1, places: 0 },
    ]);
  });

  it("prefers the candidate's level between equals, keeps at most five, never another licence", () => {
    const codes = ["26113", "26114", "26202", "26212", "26222", "26232", "26242"];
    const entries = codes.map((code) => ({ kind: "place" as const, codes: [code], point: guetersloh }));
    expect(suggestOccupations(elektroniker, entries, professionOf).map((s) => s.occupation)).toEqual([
      "26202",
      "26212",
      "26222",
      "26232",
      "26242",
    ]);
    const arzt = { occupation: "81404", point: guetersloh, radiusKm: 50 };
    const zahn = [
      { kind: "offer" as const, codes: ["81474"], point: guetersloh },
      { kind: "offer" as const, codes: ["81424"], point: guetersloh },
    ];
    expect(suggestOccupations(arzt, zahn, professionOf)).toEqual([
      { occupation: "81424", offers: 1, places: 0 },
    ]);
  });
});
