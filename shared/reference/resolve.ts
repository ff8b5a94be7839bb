import { type FieldError, ValidationError } from "../domain/errors.ts";
import { getNamedOccupation, isOccupationCode, type NamedOccupation } from "./occupations.ts";
import { resolvePostalCode } from "./postal-codes.ts";
import type { Location } from "../schemas/common.ts";

/**
 * Checks codes against the reference data (KldB 2010 with its named occupations, postal codes)
 * and resolves the location and the recognition case's reference occupation; every unknown value
 * is named in one ValidationError.
 */
export function resolveReferences(input: {
  occupations?: readonly string[];
  occupation?: string;
  location?: { postalCode: string } | undefined;
  recognition?: { referenceOccupation?: { code: string } | undefined } | undefined;
}): { location: Location | undefined; referenceOccupation?: NamedOccupation } {
  const errors: FieldError[] = [];
  const unknownOccupation = (code: string) => `Unbekannte KldB-Berufsgattung ${code}`;
  input.occupations?.forEach((code, i) => {
    if (!isOccupationCode(code)) errors.push({ path: `occupations[${i}]`, message: unknownOccupation(code) });
  });
  if (input.occupation !== undefined && !isOccupationCode(input.occupation)) {
    errors.push({ path: "occupation", message: unknownOccupation(input.occupation) });
  }
  const location = input.location && resolvePostalCode(input.location.postalCode);
  if (input.location && !location) {
    errors.push({
      path: "location.postalCode",
      message: `Unbekannte Postleitzahl ${input.location.postalCode}`,
    });
  }
  const reference = input.recognition?.referenceOccupation;
  const referenceOccupation = reference && getNamedOccupation(reference.code);
  if (reference && !referenceOccupation) {
    errors.push({
      path: "recognition.referenceOccupation.code",
      message: `Unbekannte Berufsbenennung ${reference.code} (KldB 2010, z. B. 81302-129)`,
    });
  }
  if (errors.length) throw new ValidationError(errors);
  return { location, ...(referenceOccupation ? { referenceOccupation } : {}) };
}

/**
 * A candidate's references: its location resolved, its recognition case's reference occupation
 * checked and titled from the KldB file (whatever title the caller sent).
 */
export function resolveProfileReferences<
  R extends { referenceOccupation?: { code: string } | undefined },
>(input: {
  occupation: string;
  location: { postalCode: string };
  recognition?: R | undefined;
}): { location: Location; recognition: R | undefined } {
  const { location, referenceOccupation } = resolveReferences(input);
  if (!location) throw new ValidationError([{ path: "location", message: "Ort fehlt" }]);
  const recognition =
    input.recognition && referenceOccupation
      ? { ...input.recognition, referenceOccupation }
      : input.recognition;
  return { location, recognition };
}

/** For inputs whose location is required: resolved or a ValidationError. */
export function resolveRequiredLocation(input: {
  occupation: string;
  location: { postalCode: string };
}): Location {
  const { location } = resolveReferences(input);
  if (!location) throw new ValidationError([{ path: "location", message: "Ort fehlt" }]);
  return location;
}
