import { answerFor } from "../domain/competent-body.ts";
import type { Measure } from "../vocabulary/measures.ts";
import type { GermanLevel } from "../domain/german-level.ts";
import { competentBodyRows } from "../reference/competent-bodies.ts";
import { regulatedProfession } from "../reference/regulated-professions.ts";
import type { Candidate } from "../schemas/candidate.ts";

/**
 * What the sourced data (GET /recognition/bodies) says for a candidate's case: the German level
 * the body requires, and the compensation measure when it is the only one open to the applicant
 * (known only where the case says where they trained). Unknown stays undefined.
 */
export function bodyFacts(c: Candidate): { level?: GermanLevel; measure?: Measure } {
  const rec = c.recognition;
  const answer = answerFor(
    competentBodyRows(),
    {
      occupation: rec?.referenceOccupation?.code ?? c.occupation,
      state: rec?.state ?? c.location.state.code,
      // The German level does not depend on it; the measures do, and are read only when it is known.
      trainedIn: rec?.trainedIn ?? "third-country",
    },
    regulatedProfession,
  );
  const measures: readonly Measure[] = answer.measures === "unknown" ? [] : answer.measures;
  const [only] = measures.length === 1 && rec?.trainedIn ? measures : [];
  return {
    ...(answer.germanLevel === "unknown" ? {} : { level: answer.germanLevel }),
    ...(only ? { measure: only } : {}),
  };
}
