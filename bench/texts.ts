import { pick, type Random } from "./prng.ts";

/** Word material for seeded titles, descriptions and contacts (all contacts use example.org). */
const FIRST = ["Anna", "Jonas", "Leyla", "Mehmet", "Olena", "Petra", "Samir", "Katrin", "Tomasz", "Ines"];
const LAST = ["Becker", "Schmidt", "Yilmaz", "Kowalski", "Hoffmann", "Wagner", "Haddad", "Krause", "Weber"];
const PLACE_LABELS = ["Mentoring", "Hospitation", "Praxisphase", "Anpassung im Betrieb"];
const OFFER_LABELS = ["Anpassungsqualifizierung", "Vorbereitung Kenntnisprüfung", "Brückenkurs"];
const PROVIDERS = ["Bildungswerk", "Akademie", "Fachschule", "Weiterbildungszentrum", "Kolleg"];
const SENTENCES = [
  "Die Teilnahme setzt einen Teilanerkennungsbescheid der zuständigen Stelle voraus.",
  "Eine feste Ansprechperson begleitet die gesamte Zeit und führt regelmäßige Reflexionsgespräche.",
  "Fachsprache wird berufsbegleitend geübt, auf Wunsch mit Sprachcoaching.",
  "Die Inhalte richten sich nach den im Bescheid genannten wesentlichen Unterschieden.",
  "Nach Abschluss erhalten die Teilnehmenden eine Bescheinigung für die Anerkennungsstelle.",
  "Arbeitszeiten lassen sich mit Kinderbetreuung und Sprachkurs vereinbaren.",
  "Praktische Einsätze finden in Früh- und Spätschicht statt.",
  "Die Finanzierung ist über Bildungsgutschein oder das Förderprogramm IQ möglich.",
  "Ein Einstieg ist nach einem Kennenlerngespräch auch kurzfristig möglich.",
  "Vorkenntnisse aus dem Herkunftsland werden ausdrücklich einbezogen.",
  "Die Gruppe ist klein, damit individuelle Lücken gezielt geschlossen werden.",
  "Ein Teil der Theorie findet online statt, die Praxis vor Ort.",
];

export const placeTitle = (random: Random, occupation: string) =>
  `${pick(random, PLACE_LABELS)} ${occupation}`;
export const offerTitle = (random: Random, occupation: string) =>
  `${pick(random, OFFER_LABELS)} ${occupation}`;

export function description(random: Random): string {
  const count = 2 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => pick(random, SENTENCES)).join(" ");
}

export function contact(random: Random) {
  const first = pick(random, FIRST);
  const last = pick(random, LAST);
  return { name: `${first} ${last}`, email: `${first}.${last}@example.org`.toLowerCase() };
}

export const providerName = (random: Random, place: string) => `${pick(random, PROVIDERS)} ${place}`;
