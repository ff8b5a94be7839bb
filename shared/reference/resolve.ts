import { type FieldError, ValidationError } from "../domain/errors.ts";
import { isOccupationCode } from "./occupations.ts";
import { resolvePostalCode } from "./postal-codes.ts";
import type { Location } from "../schemas/common.ts";

/**
 * Checks codes against the reference data (KldB 2010, postal codes) and resolves the location;
 * every unknown value is named in one ValidationError.
 */
export function resolveReferences(input: {
  occupations?: readonly string[];
  occupation?: string;
  location?: { postalCode: string } | undefined;
}): { location: Location | undefined } {
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
  if (errors.length) throw new ValidationError(errors);
  return { location };
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
