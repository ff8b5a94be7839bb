import { describe, expect, it } from "vitest";
import { ValidationError } from "../../shared/domain/errors.ts";
import { parseOrThrow } from "../../shared/domain/validation.ts";
import { matchRequest } from "../../shared/schemas/match.ts";
import { mentoringPlaceInput } from "../../shared/schemas/mentoring-place.ts";
import { qualificationOfferInput } from "../../shared/schemas/qualification-offer.ts";
import { mapHeader } from "../../shared/csv/header-map.ts";
import { OFFER_COLUMNS } from "../../shared/csv/offer-columns.ts";
import { offerInput, placeInput } from "../support/fixtures.ts";

/** The field errors a body gets, or [] when it is valid. */
function errors(schema: Parameters<typeof parseOrThrow>[0], body: unknown) {
  try {
    parseOrThrow(schema, body);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.errors.map((e) => e.path);
    throw error;
  }
}

describe("issue 14 fields: bad input names the field", () => {
  it("validIn: known Bundesland codes, each once, at least one", () => {
    expect(errors(qualificationOfferInput, offerInput({ validIn: ["14"] }))).toEqual([]);
    expect(errors(qualificationOfferInput, offerInput({ validIn: ["05", "17"] }))).toEqual(["validIn[1]"]);
    expect(errors(qualificationOfferInput, offerInput({ validIn: ["SN"] }))).toEqual(["validIn[0]"]);
    expect(errors(qualificationOfferInput, offerInput({ validIn: ["14", "14"] }))).toEqual(["validIn"]);
    expect(errors(qualificationOfferInput, offerInput({ validIn: [] }))).toEqual(["validIn"]);
  });

  it("targetGermanLevel may not lie below the entry level", () => {
    const course = (germanLevel: string, targetGermanLevel: string) =>
      offerInput({ kind: "language-course", germanLevel, targetGermanLevel });
    expect(errors(qualificationOfferInput, course("B1", "B2"))).toEqual([]);
    expect(errors(qualificationOfferInput, course("B1", "B1"))).toEqual([]);
    expect(errors(qualificationOfferInput, course("B2", "B1"))).toEqual(["targetGermanLevel"]);
    expect(errors(qualificationOfferInput, course("B1", "D1"))).toEqual(["targetGermanLevel"]);
  });

  it("a mentoring place has no validIn", () => {
    expect(errors(mentoringPlaceInput, placeInput({ validIn: ["14"] }))).toEqual(["validIn"]);
  });

  it("POST /matches takes an optional recognition with a known status", () => {
    const body = { occupation: "81404", location: { postalCode: "33602" } };
    expect(errors(matchRequest, { ...body, recognition: { status: "full" } })).toEqual([]);
    expect(errors(matchRequest, body)).toEqual([]);
    expect(errors(matchRequest, { ...body, recognition: { status: "done" } })).toEqual([
      "recognition.status",
    ]);
  });
});

describe("CSV columns of the issue 14 offer fields", () => {
  const column = (path: string) => {
    const found = OFFER_COLUMNS.columns.find((c) => c.path === path);
    if (!found) throw new Error(`no column ${path}`);
    return found;
  };

  it("reads Länder by name or code, a blank cell as everywhere, and writes names", () => {
    const validIn = column("validIn");
    expect(validIn.header).toBe("Anerkennung nur in");
    expect(validIn.format.read("Sachsen, 05")).toEqual(["14", "05"]);
    expect(validIn.format.read("  ")).toBeUndefined();
    expect(() => validIn.format.read("Sachsn")).toThrow(/unbekannt/);
    expect(validIn.format.write(["14", "05"])).toBe("Sachsen, Nordrhein-Westfalen");
  });

  it("reads the target level like the entry level", () => {
    const target = column("targetGermanLevel");
    expect(target.header).toBe("Zielniveau Deutsch");
    expect(target.format.read(" c1 ")).toBe("C1");
  });
});

describe("files made with the earlier offer template", () => {
  it("may lack the two new columns, and only those", () => {
    const header = OFFER_COLUMNS.columns.map((c) => c.header);
    const old = header.filter((h) => h !== "Zielniveau Deutsch" && h !== "Anerkennung nur in");
    const missing = (names: string[]) =>
      mapHeader({ header: names, records: [] } as never, OFFER_COLUMNS).errors.map((e) => e.column);
    expect(missing(old)).toEqual([]);
    expect(missing(old.filter((h) => h !== "Plätze"))).toEqual(["Plätze"]);
  });
});
