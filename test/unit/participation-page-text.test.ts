import { describe, expect, it } from "vitest";
import {
  AGE_BANDS,
  EMPLOYMENT_AT_ENTRY,
  EXIT_REASONS,
  FOLLOWUP_STATUSES,
  GENDERS,
  ISCED_LEVELS,
} from "../../shared/schemas/participation.ts";
import type { Candidate } from "../../web/src/core/types.ts";
import {
  AGE_BAND_LABELS,
  EMPLOYMENT_AT_ENTRY_LABELS,
  EXIT_REASON_LABELS,
  FOLLOWUP_STATUS_LABELS,
  GENDER_LABELS,
  ISCED_LABELS,
} from "../../web/src/core/participation-labels.ts";
import { retentionText } from "../../web/src/pages/coach/retention.ts";

// Issue 30: the candidate page's words for participation codes and for the erasure date.
describe("participation labels", () => {
  it("labels every code of the schema, each differently", () => {
    const pairs: [Record<string, string>, readonly string[]][] = [
      [EXIT_REASON_LABELS, EXIT_REASONS],
      [FOLLOWUP_STATUS_LABELS, FOLLOWUP_STATUSES],
      [AGE_BAND_LABELS, AGE_BANDS],
      [GENDER_LABELS, GENDERS],
      [EMPLOYMENT_AT_ENTRY_LABELS, EMPLOYMENT_AT_ENTRY],
      [ISCED_LABELS, ISCED_LEVELS],
    ];
    for (const [labels, codes] of pairs) {
      expect(Object.keys(labels).sort()).toEqual([...codes].sort());
      expect(new Set(Object.values(labels)).size).toBe(codes.length);
    }
    expect(EXIT_REASON_LABELS.employment).toBe("Beschäftigung aufgenommen");
    expect(FOLLOWUP_STATUS_LABELS["employed-adequate"]).toMatch(/^Adäquat beschäftigt/);
  });
});

describe("the erasure date in words", () => {
  const candidate = (over: Partial<Candidate>) =>
    ({ updatedAt: "2026-12-07T09:00:00.000Z", expiresAt: "2027-12-07T09:00:00.000Z", ...over }) as Candidate;

  it("counts the months from the exit, after the follow-up", () => {
    expect(
      retentionText(
        candidate({
          exit: { date: "2026-11-27", reason: "employment" },
          expiresAt: "2027-11-27T00:00:00.000Z",
        }),
      ),
    ).toBe(
      "Wird gelöscht am 27.11.2027 (12 Monate nach dem Austritt am 27.11.2026, also nach der Nachbefragung, die sechs Monate nach dem Austritt fällig ist).",
    );
  });

  it("says a short period waits for the follow-up", () => {
    expect(
      retentionText(
        candidate({ exit: { date: "2026-11-27", reason: "moved" }, expiresAt: "2027-06-27T00:00:00.000Z" }),
      ),
    ).toMatch(/\(7 Monate nach dem Austritt am 27\.11\.2026, nicht vor der Nachbefragung/);
  });

  it("explains the 30 days after recording a long-past exit", () => {
    expect(
      retentionText(
        candidate({ exit: { date: "2024-01-10", reason: "other" }, expiresAt: "2027-01-06T09:00:00.000Z" }),
      ),
    ).toBe(
      "Wird gelöscht am 06.01.2027 (30 Tage nach der letzten Änderung: Der Austritt am 10.01.2024 liegt länger zurück als die Aufbewahrungsfrist; bis dahin lässt er sich berichtigen).",
    );
  });

  it("without an exit, says each change starts the period again", () => {
    expect(retentionText(candidate({}))).toBe(
      "Wird gelöscht am 07.12.2027, wenn bis dahin nichts mehr erfasst wird: Jede Änderung und jeder Meilenstein setzen die Frist neu; nach einem Austritt läuft sie ab dem Austritt.",
    );
  });
});
