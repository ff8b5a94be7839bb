import { describe, expect, it } from "vitest";
import {
  berlinDay,
  COUNSELLING_TOPIC_LABELS,
  isOpenMeasure,
  isOverdue,
  measureDueText,
} from "../../shared/domain/employer-measure.ts";
import { COUNSELLING_TOPICS } from "../../shared/schemas/employer.ts";

describe("employer measures", () => {
  it("are open while agreed or in progress", () => {
    expect(["agreed", "in-progress", "done", "dropped"].map(isOpenMeasure)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("are overdue from the day after their due date, unless done or dropped", () => {
    expect(isOverdue({ status: "agreed", due: "2026-03-01" }, "2026-03-01")).toBe(false);
    expect(isOverdue({ status: "agreed", due: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isOverdue({ status: "in-progress", due: "2026-02-28" }, "2026-03-02")).toBe(true);
    expect(isOverdue({ status: "done", due: "2026-02-28" }, "2026-03-02")).toBe(false);
    expect(isOverdue({ status: "dropped", due: "2026-02-28" }, "2026-03-02")).toBe(false);
  });

  it("take the day in Germany", () => {
    expect(berlinDay(new Date("2026-03-01T22:59:59Z"))).toBe("2026-03-01");
    expect(berlinDay(new Date("2026-03-01T23:00:00Z"))).toBe("2026-03-02");
    expect(berlinDay(new Date("2026-07-01T21:59:59Z"))).toBe("2026-07-01");
    expect(berlinDay(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });

  it("name every topic in German", () => {
    expect(Object.keys(COUNSELLING_TOPIC_LABELS).sort()).toEqual([...COUNSELLING_TOPICS].sort());
  });

  it("tell the adviser the company, the topic and the due date — never the title", () => {
    expect(measureDueText("Bäckerei Müller GmbH", "language-at-work", "2026-03-01")).toBe(
      "Maßnahme „Sprache am Arbeitsplatz“ mit Bäckerei Müller GmbH ist seit 01.03.2026 fällig.",
    );
  });

  it("names the topics in German as the pages and notices show them", () => {
    expect(COUNSELLING_TOPIC_LABELS).toEqual({
      recognition: "Anerkennung ausländischer Abschlüsse",
      "skilled-immigration": "Fachkräfteeinwanderung",
      onboarding: "Einarbeitung und Onboarding",
      "intercultural-competence": "Interkulturelle Kompetenz",
      "anti-discrimination": "Antidiskriminierung",
      "language-at-work": "Sprache am Arbeitsplatz",
      mentoring: "Mentoring",
      funding: "Förderung",
      retention: "Fachkräftebindung",
    });
  });
});
