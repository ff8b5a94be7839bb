import { CURRENT_NOTICE_VERSION } from "../../shared/domain/consent.ts";

/** Valid request bodies to start from; tests override what they exercise. */
export const placeInput = (overrides: Record<string, unknown> = {}) => ({
  title: "Mentoring Pflegefachkraft Station 3",
  description: "Praxisphase mit Mentorin auf der Inneren Station.",
  occupations: ["81302"],
  location: { postalCode: "33330" },
  capacity: 2,
  availableFrom: "2026-12-01",
  kinds: ["mentoring-tandem"],
  germanLevel: "B1",
  languages: ["ar"],
  contact: { name: "Petra Beispiel", email: "petra.beispiel@example.org" },
  ...overrides,
});

export const offerInput = (overrides: Record<string, unknown> = {}) => ({
  title: "Anpassungsqualifizierung Pflege",
  description: "Vorbereitung auf die Kenntnisprüfung.",
  provider: { name: "Bildungsträger Muster", url: "https://example.org" },
  occupations: ["81302"],
  kind: "knowledge-exam-prep",
  format: "in-person",
  location: { postalCode: "33602" },
  rolling: true,
  fullTime: true,
  germanLevel: "B2",
  languages: ["uk"],
  funding: ["iq-funded"],
  contact: { name: "Max Beispiel", email: "max.beispiel@example.org" },
  ...overrides,
});

export const candidateInput = (overrides: Record<string, unknown> = {}) => ({
  occupation: "81302",
  location: { postalCode: "33330" },
  radiusKm: 50,
  germanLevel: "B1",
  languages: ["ar"],
  availableFrom: "2026-12-01",
  recognition: { status: "partial", authority: "Bezirksregierung Detmold", gaps: ["Praxis Intensivpflege"] },
  ...overrides,
});

/** What a candidate agreed to (POST /candidates/{id}/consents): enough to be proposed. */
export const consentInput = (overrides: Record<string, unknown> = {}) => ({
  version: CURRENT_NOTICE_VERSION,
  date: "2026-01-15",
  scopes: ["store", "share-profile"],
  language: "de",
  ...overrides,
});
