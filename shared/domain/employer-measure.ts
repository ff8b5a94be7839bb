import type { CounsellingTopic } from "../schemas/employer.ts";

/** Measures still to be done: only these can be overdue. */
export const OPEN_MEASURE_STATUSES = ["agreed", "in-progress"] as const;

export const isOpenMeasure = (status: string) =>
  (OPEN_MEASURE_STATUSES as readonly string[]).includes(status);

/** The calendar day in Germany at `at`, YYYY-MM-DD: due dates are German days. */
export const berlinDay = (at: Date) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(at);

/** Past its due date (the due day itself is still in time) and neither done nor dropped. */
export const isOverdue = (measure: { status: string; due: string }, today: string) =>
  isOpenMeasure(measure.status) && measure.due < today;

/** The topics as German pages, statistics and notices name them (the one table of these labels). */
export const COUNSELLING_TOPIC_LABELS: Record<CounsellingTopic, string> = {
  recognition: "Anerkennung ausländischer Abschlüsse",
  "skilled-immigration": "Fachkräfteeinwanderung",
  onboarding: "Einarbeitung und Onboarding",
  "intercultural-competence": "Interkulturelle Kompetenz",
  "anti-discrimination": "Antidiskriminierung",
  "language-at-work": "Sprache am Arbeitsplatz",
  mentoring: "Mentoring",
  funding: "Förderung",
  retention: "Fachkräftebindung",
};

/** 2026-03-01 → 01.03.2026. */
const germanDate = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/**
 * The `employer.measureDue` notice: the company's name, the measure's topic and its due date.
 * Never the measure's title (free text) nor the contact: nothing about a person reaches a mail.
 */
export const measureDueText = (employerName: string, topic: CounsellingTopic, due: string) =>
  `Maßnahme „${COUNSELLING_TOPIC_LABELS[topic]}“ mit ${employerName} ist seit ${germanDate(due)} fällig.`;
