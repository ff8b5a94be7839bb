import { ValidationError } from "../domain/errors.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { type Candidate, candidateInput } from "../schemas/candidate.ts";

const refused = (message: string) => new ValidationError([{ path: "reference", message }]);

/**
 * POST /candidates: the profile with the coach's own file number. `reference` from a client of
 * the first stages (their own file number then) is kept as `ownReference` (README, "Candidates");
 * sent next to another `ownReference` it is refused.
 */
export function ownFields(body: unknown) {
  const { reference, ...fields } = parseOrThrow(candidateInput, body);
  if (reference === undefined) return fields;
  if (fields.ownReference !== undefined && fields.ownReference !== reference)
    throw refused("Das Aktenzeichen vergibt Passung; ein eigenes gehört nur in ownReference.");
  return { ...fields, ownReference: reference };
}

/**
 * PATCH /candidates/{id}: the own file number after the changes (`null` removes it, absent keeps
 * it). The issued `reference` is read-only: sent back unchanged it is accepted, changed refused.
 */
export function patchedOwnReference(
  current: Candidate,
  changes: { reference?: unknown; ownReference?: unknown },
): { ownReference?: unknown } {
  if (changes.reference !== undefined && changes.reference !== current.reference)
    throw refused(
      "Das Aktenzeichen vergibt Passung und bleibt; ein eigenes Aktenzeichen gehört in ownReference.",
    );
  const own = changes.ownReference === undefined ? current.ownReference : changes.ownReference;
  return own === null || own === undefined ? {} : { ownReference: own };
}
