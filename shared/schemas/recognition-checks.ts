import { topicKey } from "../vocabulary/topic.ts";

/**
 * Rules of the recognition case (issue 28) that a field's own format cannot say: they relate
 * fields to each other. Each finds the field to name in a 400; the schema (shared/schemas/
 * recognition.ts, qualification-offer.ts) reports them.
 */
export interface CaseIssue {
  /** Below the checked object, e.g. ["decision", "measure"]. */
  path: (string | number)[];
  message: string;
}

/** The index of the first value whose key repeats an earlier one's, or undefined when all differ. */
export function repeatedIndex<T>(values: readonly T[], key: (value: T) => string): number | undefined {
  const seen = new Set<string>();
  for (const [index, value] of values.entries()) {
    const k = key(value);
    if (seen.has(k)) return index;
    seen.add(k);
  }
  return undefined;
}

/** Dates as a sorted list without repeats (ISO dates sort as strings). */
export const sortedDates = (dates: readonly string[]): string[] => [...new Set(dates)].sort();

interface DecisionLike {
  date: string;
  kind: string;
  measure?: string | undefined;
  choice?: boolean | undefined;
  differences: readonly { topic: string }[];
}

/** Only a decision that requires compensation names a measure, or whether the applicant may choose one. */
const MEASURE_KIND = "compensation-required";

export function decisionIssues(decision: DecisionLike): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const onlyWithCompensation = "Nur bei „Ausgleichsmaßnahme erforderlich“ (compensation-required)";
  if (decision.kind !== MEASURE_KIND && decision.measure !== undefined)
    issues.push({ path: ["measure"], message: onlyWithCompensation });
  if (decision.kind !== MEASURE_KIND && decision.choice !== undefined)
    issues.push({ path: ["choice"], message: onlyWithCompensation });
  const repeated = repeatedIndex(decision.differences, (d) => topicKey(d.topic));
  if (repeated !== undefined)
    issues.push({
      path: ["differences", repeated, "topic"],
      message: "Jedes Thema nur einmal angeben (Groß-/Kleinschreibung und Leerzeichen zählen nicht)",
    });
  return issues;
}

/** The deadline of the measure cannot come before the decision that sets it. */
export function deadlineIssues(recognition: {
  deadline?: string | undefined;
  decision?: { date: string } | undefined;
}): CaseIssue[] {
  const { deadline, decision } = recognition;
  return deadline !== undefined && decision !== undefined && deadline < decision.date
    ? [{ path: ["deadline"], message: "Die Frist liegt vor dem Datum des Bescheids" }]
    : [];
}
