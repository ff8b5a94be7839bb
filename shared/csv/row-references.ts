import { type FieldError, ValidationError } from "../domain/errors.ts";
import { resolveReferences } from "../reference/resolve.ts";
import type { Location } from "../schemas/common.ts";

/** The row's KldB codes and postal code that have the form the schema asks for. */
export function referenceInput(fields: Record<string, unknown>, flagged: ReadonlySet<string>) {
  const codes = Array.isArray(fields.occupations) ? (fields.occupations as unknown[]) : [];
  const postalCode = (fields.location as { postalCode?: unknown } | undefined)?.postalCode;
  return {
    occupations: codes.filter(
      (code, i): code is string => typeof code === "string" && !flagged.has(`occupations[${i}]`),
    ),
    location:
      typeof postalCode === "string" && !flagged.has("location.postalCode") && !flagged.has("location")
        ? { postalCode }
        : undefined,
  };
}

/** Checks KldB codes and the postal code against the reference data; resolves the location. */
export function resolve(data: Parameters<typeof resolveReferences>[0]): {
  location: Location | undefined;
  errors: FieldError[];
} {
  try {
    return { ...resolveReferences(data), errors: [] };
  } catch (error) {
    if (error instanceof ValidationError) return { location: undefined, errors: error.errors };
    throw error;
  }
}
