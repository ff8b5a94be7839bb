import type { CounsellingTopic } from "../../shared/schemas/employer.ts";

/**
 * The employers Brückenwerk Sachsen counsels in the demo (issue 29): a metalworking company in
 * Leipzig-Lindenau and a care service in Chemnitz. Companies, people and numbers are invented
 * (e-mail on example.org, phone numbers with unassigned subscriber numbers 00002x). Dates are
 * given in days before the seed runs.
 */
interface DemoSession {
  daysAgo: number;
  input: {
    format: "on-site" | "online" | "phone";
    minutes: number;
    topics: CounsellingTopic[];
    note?: string;
  };
}
interface DemoMeasure {
  /** Negative: due in the future. */
  dueDaysAgo: number;
  status: "agreed" | "in-progress" | "done" | "dropped";
  input: { title: string; topic: CounsellingTopic };
}
export interface DemoEmployer {
  consentDaysAgo: number;
  input: {
    name: string;
    sector: string;
    size: "micro" | "small" | "medium" | "large";
    postalCode: string;
    contact: { name: string; email: string; phone: string };
  };
  sessions: DemoSession[];
  measures: DemoMeasure[];
}

export const DEMO_EMPLOYERS: DemoEmployer[] = [
  {
    consentDaysAgo: 60,
    input: {
      name: "Lindenauer Präzisionstechnik GmbH",
      sector: "C",
      size: "medium",
      postalCode: "04177",
      contact: { name: "Anja Kretzschmar", email: "anja.kretzschmar@example.org", phone: "+49 341 000021" },
    },
    sessions: [
      {
        daysAgo: 45,
        input: {
          format: "on-site",
          minutes: 90,
          topics: ["skilled-immigration", "recognition", "onboarding"],
          note: "Bedarf: zwei Fachkräfte Zerspanung. Personalleitung offen für Bewerbungen mit ausländischem Abschluss.",
        },
      },
      {
        daysAgo: 14,
        input: {
          format: "online",
          minutes: 45,
          topics: ["mentoring", "language-at-work"],
          note: "Mentoringplatz in der Dreherei vereinbart; Meister Herr Böhme begleitet.",
        },
      },
    ],
    measures: [
      // Past its due date and not done: the adviser hears of it (employer.measureDue).
      {
        dueDaysAgo: 7,
        status: "agreed",
        input: { title: "Einarbeitungsplan mit Sprachpatenschaft", topic: "onboarding" },
      },
      {
        dueDaysAgo: 10,
        status: "done",
        input: { title: "Mentoringplatz in der Dreherei beschreiben", topic: "mentoring" },
      },
    ],
  },
  {
    consentDaysAgo: 30,
    input: {
      name: "Pflegedienst am Kaßberg gGmbH",
      sector: "Q",
      size: "small",
      postalCode: "09112",
      contact: { name: "Jens Ullrich", email: "jens.ullrich@example.org", phone: "+49 371 000022" },
    },
    sessions: [
      { daysAgo: 30, input: { format: "phone", minutes: 30, topics: ["recognition", "funding"] } },
      {
        daysAgo: 5,
        input: {
          format: "on-site",
          minutes: 120,
          topics: ["intercultural-competence", "anti-discrimination", "retention"],
          note: "Teamleitungen wünschen einen Workshop vor dem Start der neuen Kolleg:innen.",
        },
      },
    ],
    measures: [
      {
        dueDaysAgo: -30,
        status: "in-progress",
        input: {
          title: "Workshop interkulturelle Zusammenarbeit für die Pflegeteams",
          topic: "intercultural-competence",
        },
      },
    ],
  },
];

/** The Leipzig company's mentoring place, kept by Brückenwerk on its behalf (published). */
export const DEMO_PLACE_ON_BEHALF = {
  title: "Mentoring-Tandem Zerspanungsmechaniker/in – Dreherei Leipzig-Lindenau",
  description:
    "Vier Wochen in der Dreherei an CNC-Drehmaschinen mit festem Mentor; Fachbegriffe und Zeichnungslesen im Tandem.",
  occupations: ["24232"],
  capacity: 2,
  hoursPerWeek: 30,
  kinds: ["mentoring-tandem"],
  germanLevel: "B1",
  languages: ["de", "ar"],
  location: { postalCode: "04177" },
  contact: { name: "Katrin Vogel", email: "katrin.vogel@example.org", phone: "+49 341 000001" },
  status: "published",
};

/** Brückenwerk's own candidate proposed to that place: a CNC turner trained in Syria, living in Leipzig. */
export const DEMO_EMPLOYER_CANDIDATE = {
  occupation: "24232",
  location: { postalCode: "04229" },
  radiusKm: 30,
  germanLevel: "B1",
  languages: ["ar", "en"],
};
