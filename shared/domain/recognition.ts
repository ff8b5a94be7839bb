import type { MatchEntry, Reason } from "./match-model.ts";
import type { RegulatedProfession } from "./regulation.ts";
import type { RecognitionStatus } from "../schemas/candidate.ts";

/** Offer kinds that close the gaps a partial recognition names: pointless once it is full. */
export const ADAPTATION_KINDS: readonly string[] = [
  "adaptation-course",
  "knowledge-exam-prep",
  "aptitude-test-prep",
  "on-the-job-adaptation",
  "adaptation-period",
];

const FIRST: Partial<Record<RecognitionStatus, string>> = {
  none: "Zuerst das Anerkennungsverfahren: Antrag bei der zuständigen Stelle stellen",
  pending:
    "Zuerst das Anerkennungsverfahren: den Bescheid abwarten, er nennt die auszugleichenden Unterschiede",
};

/**
 * What the candidate's recognition status says about one match: a full recognition makes
 * adaptation offers superfluous; without a decision, a regulated profession starts with the procedure.
 */
export function recognitionReasons(
  status: RecognitionStatus | undefined,
  entry: MatchEntry,
  profession: RegulatedProfession | undefined,
): Reason[] {
  if (status === "full" && entry.kind === "offer" && ADAPTATION_KINDS.includes(entry.offerKind ?? "")) {
    return [{ code: "recognition.full", text: "Anerkennung liegt bereits vor" }];
  }
  const first = status && FIRST[status];
  // Only where working needs the licence: not for a protected title, nor for a Berufsgattung of
  // which only some occupations are regulated (a Rettungssanitäter needs no procedure first).
  const licence = profession?.protection === "licence" && !profession.only;
  return licence && first ? [{ code: "recognition.first", text: first }] : [];
}
