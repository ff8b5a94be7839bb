import type { Match, Reason } from "../../shared/domain/matching.ts";
import type { ReasonCode } from "../../shared/schemas/reason-codes.ts";
import type { HandoutInput } from "../../shared/handout/model.ts";

/** A typical result for a Pflegefachfrau in Gütersloh: five offers and three mentoring places. */
const LONG =
  "Der Lehrgang bereitet auf die Kenntnisprüfung vor und schließt die im Bescheid genannten Unterschiede. " +
  "Theorie an zwei Tagen pro Woche, dazu betreute Praxiseinsätze in Kliniken und Pflegeheimen der Region. " +
  "Sprachförderung Deutsch für die Pflege ist Teil des Kurses; eine Kinderbetreuung kann vermittelt werden. " +
  "Die Teilnahme ist mit Bildungsgutschein kostenfrei; Beratung vor Kursbeginn ist verpflichtend.";

const reasons = (...list: (readonly [ReasonCode, string])[]): Reason[] =>
  list.map(([code, text]) => ({ code, text }));

const offer = (
  n: number,
  fields: Record<string, unknown>,
  list: Reason[],
  distanceKm: number | null,
): Match => ({
  item: {
    id: `offer-${n}`,
    title: `Anpassungsqualifizierung Pflegefachfrau/Pflegefachmann – Kurs ${n} mit Praxiseinsätzen`,
    description: LONG,
    provider: { name: `Bildungsträger Muster ${n} gGmbH`, url: `https://example.org/kurs-${n}` },
    kind: "adaptation-course",
    format: "in-person",
    location: { postalCode: "33602", place: "Bielefeld" },
    start: "2027-03-01",
    durationWeeks: 26,
    fullTime: true,
    costEur: 1250.5,
    funding: ["bildungsgutschein", "iq-funded"],
    germanLevel: "B1",
    languages: ["ar", "uk"],
    contact: { name: `Max Beispiel ${n}`, email: `max.beispiel${n}@example.org`, phone: "0521 123456" },
    ...fields,
  },
  score: 0.9 - n / 100,
  distanceKm,
  reasons: list,
});

const place = (n: number, list: Reason[]): Match => ({
  item: {
    id: `place-${n}`,
    title: `Mentoring in der Pflege – Station ${n}, Klinikum Gütersloh`,
    description:
      "Praxisphase mit fester Mentorin auf einer internistischen Station, Einarbeitung in die Dokumentation.",
    kinds: ["mentoring-tandem", "hospitation"],
    location: { postalCode: "33332", place: "Gütersloh" },
    capacity: 3,
    availability: "few",
    availableFrom: "2027-01-15",
    hoursPerWeek: 20,
    germanLevel: "B1",
    languages: ["ar"],
    contact: { name: "Eva Muster", email: "eva.muster@example.org", phone: "05241 98765" },
  },
  score: 0.85 - n / 100,
  distanceKm: 2.5 * n,
  reasons: list,
});

const near = (km: number, place: string): readonly [ReasonCode, string] => [
  "distance",
  `${km} km entfernt (${place})`,
];

export const handoutInput: HandoutInput = {
  candidate: {
    occupation: "81302",
    location: { place: "Gütersloh" },
    languages: ["ar", "en"],
    recognition: { status: "partial" },
  },
  occupationTitle:
    "Berufe in der Gesundheits- und Krankenpflege (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten",
  today: "2026-11-29",
  offers: [1, 2, 3, 4, 5].map((n) =>
    offer(
      n,
      n === 5 ? { format: "online", location: undefined, start: undefined, rolling: true } : {},
      reasons(
        ["occupation.exact", "Gleiche Berufsgattung (KldB 81302)"],
        ...(n === 5
          ? ([
              ["format.online", "Online-Angebot – ortsunabhängig erreichbar"],
              ["availability.rolling", "Laufender Einstieg möglich"],
            ] as const)
          : ([near(15.3, "Bielefeld"), ["availability.start", "Beginn am 01.03.2027"]] as const)),
        ["german.sufficient", "Deutschniveau B1 erfüllt die Anforderung B1"],
        ["language.shared", "Gemeinsame Sprache: Arabisch"],
        ["occupation.regulated", "Reglementierter Beruf (Bundesrecht) – Anerkennung erforderlich"],
      ),
      n === 5 ? null : 15.3,
    ),
  ),
  places: [1, 2, 3].map((n) =>
    place(
      n,
      reasons(
        ["occupation.sameSubgroup", "Gleiche Berufsuntergruppe (KldB 8130), anderes Anforderungsniveau"],
        near(2.5 * n, "Gütersloh"),
        ["availability.later", "Frei ab 15.01.2027, nur noch wenige Plätze"],
        ["german.belowRequired", "Gefordert ist Deutsch B1, vorhanden A2 – eine Stufe darunter"],
        ["language.shared", "Gemeinsame Sprache: Arabisch"],
      ),
    ),
  ),
};
