import { ConflictError, ValidationError } from "../domain/errors.ts";
import { type ConsentState, consentActive, participationErrors } from "../domain/participation.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { EsfData, ParticipationExit } from "../schemas/participation.ts";

/**
 * The candidate's consents, as the consent records put them on it (`consents`). Read through this
 * one function, so a change of their shape changes one place.
 */
export const consentsOf = (candidate: Candidate | undefined): ConsentState[] | undefined =>
  (candidate as { consents?: ConsentState[] } | undefined)?.consents;

/** PATCH: `exit: null` reopens the participation, `esf: null` removes the ESF data (absent keeps them). */
export function withoutRemoved<T extends Record<string, unknown>>(changes: T): T {
  const kept: Record<string, unknown> = { ...changes };
  for (const key of ["exit", "esf"]) if (kept[key] === null) delete kept[key];
  return kept as T;
}

/**
 * The participation of a candidate being saved: the entry (default: the day saved, kept once
 * set), the exit not before it and neither ahead of `today`; ESF data newly given only with an
 * active `esf-data` consent (409 naming `esf`). Throws before anything is written.
 */
export function participationOf(
  current: Candidate | undefined,
  fields: { entryDate?: string; exit?: ParticipationExit; esf?: EsfData },
  esfGiven: boolean,
  today: string,
): { entryDate: string; exit?: ParticipationExit; esf?: EsfData } {
  const entryDate = fields.entryDate ?? current?.entryDate ?? today;
  const errors = participationErrors({ entryDate, exit: fields.exit }, today);
  if (errors.length) throw new ValidationError(errors);
  if (esfGiven && fields.esf && !consentActive(consentsOf(current), "esf-data"))
    throw new ConflictError(
      "ESF-Daten nur mit der Einwilligung „esf-data“ der Person; bitte zuerst die Einwilligung erfassen.",
      { errors: [{ path: "esf", message: "Keine gültige Einwilligung „esf-data“." }] },
    );
  return {
    entryDate,
    ...(fields.exit ? { exit: fields.exit } : {}),
    ...(fields.esf ? { esf: fields.esf } : {}),
  };
}
