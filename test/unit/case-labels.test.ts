import { describe, expect, it } from "vitest";
import {
  COMPENSATION_MEASURES,
  DECISION_KINDS,
  LEARNING_KINDS,
  RECOGNITION_STATUSES,
  TRAINED_IN,
} from "../../shared/schemas/recognition.ts";
import {
  DECISION_KIND_LABELS,
  LEARNING_KIND_LABELS,
  MEASURE_LABELS,
  RECOGNITION_STATUS_LABELS,
  TRAINED_IN_LABELS,
} from "../../web/src/core/labels.ts";
import { matchTopics } from "../../web/src/core/topic-match.ts";

// Issue 28: the case form's German labels, one for every code the schema knows, in a counsellor's words.
describe("labels of the recognition case", () => {
  it("labels every code of the schema", () => {
    expect(Object.keys(DECISION_KIND_LABELS).sort()).toEqual([...DECISION_KINDS].sort());
    expect(Object.keys(MEASURE_LABELS).sort()).toEqual([...COMPENSATION_MEASURES].sort());
    expect(Object.keys(LEARNING_KIND_LABELS).sort()).toEqual([...LEARNING_KINDS].sort());
    expect(Object.keys(TRAINED_IN_LABELS).sort()).toEqual([...TRAINED_IN].sort());
    expect(Object.keys(RECOGNITION_STATUS_LABELS).sort()).toEqual([...RECOGNITION_STATUSES].sort());
  });

  it("says what a Bescheid says, never Teilanerkennung", () => {
    expect(DECISION_KIND_LABELS).toEqual({
      full: "volle Gleichwertigkeit",
      "partial-equivalence": "teilweise Gleichwertigkeit",
      "compensation-required": "Ausgleichsmaßnahme erforderlich",
      permit: "Berufserlaubnis",
      refused: "abgelehnt",
    });
    expect(MEASURE_LABELS).toEqual({
      "knowledge-exam": "Kenntnisprüfung",
      "adaptation-period": "Anpassungslehrgang",
      "aptitude-test": "Eignungsprüfung",
    });
    expect(TRAINED_IN_LABELS).toEqual({ eu: "EU, EWR oder Schweiz", "third-country": "Drittstaat" });
  });
});

describe("topic suggestions while typing", () => {
  const topics = ["Pflegeprozess", "Klinische Pharmakologie", "Pharmakologie", "Pflege älterer Menschen"];

  it("suggests topics containing the text, those starting with it first, in the given order", () => {
    expect(matchTopics(topics, "pharma")).toEqual(["Pharmakologie", "Klinische Pharmakologie"]);
    expect(matchTopics(topics, "  PFLEGE ")).toEqual(["Pflegeprozess", "Pflege älterer Menschen"]);
  });

  it("ignores accents and case, leaves out what is typed in full, and keeps to the limit", () => {
    expect(matchTopics(topics, "alterer")).toEqual(["Pflege älterer Menschen"]);
    expect(matchTopics(topics, "pharmakologie")).toEqual(["Klinische Pharmakologie"]);
    expect(matchTopics(topics, "e", 2)).toEqual(["Pflegeprozess", "Klinische Pharmakologie"]);
    expect(matchTopics(topics, "")).toEqual(topics);
  });
});
