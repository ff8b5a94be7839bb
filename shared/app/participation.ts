import { ConflictError, ValidationError } from "../domain/errors.ts";
import { isActive } from "../domain/consent.ts";
import { participationErrors } from "../domain/participation.ts";
import { milestoneRepository } from "../db/milestone-repository.ts";
import { DEFAULT_RETENTION_MONTHS, type RetentionFacts, retentionEnd } from "../domain/retention.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { EsfData, ParticipationExit } from "../schemas/participation.ts";

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
  if (esfGiven && fields.esf && !isActive(current?.consents, "esf-data"))
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

/** The candidate's expiry under the deployment's retention period (shared/domain/retention.ts). */
export const candidateExpiry = (deps: Deps, facts: Omit<RetentionFacts, "months">) =>
  retentionEnd({ ...facts, months: deps.candidateRetentionMonths ?? DEFAULT_RETENTION_MONTHS });

/** Whether the candidate's six-month follow-up is recorded (a retention fact). */
export const followupRecorded = async (deps: Deps, candidateId: string) =>
  (await milestoneRepository(deps).list(candidateId)).some((m) => m.type === "followup.sixMonths");
