import { describe, expect, it } from "vitest";
import { ValidationError } from "../../shared/domain/errors.ts";
import { parseOrThrow } from "../../shared/domain/validation.ts";
import { matchRequest } from "../../shared/schemas/match.ts";
import { mentoringPlaceInput } from "../../shared/schemas/mentoring-place.ts";
import { qualificationOfferInput } from "../../shared/schemas/qualification-offer.ts";
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
