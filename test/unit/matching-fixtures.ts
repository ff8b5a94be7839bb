import {
  beyondMatches,
  type CandidateProfile,
  type MatchEntry,
  rankMatches,
} from "../../shared/domain/matching.ts";
import { notRegulated, type ProfessionOf, type RegulatedProfession } from "../../shared/domain/regulation.ts";

export const guetersloh = { lat: 51.9066, lon: 8.3784 };
/** A point `km` due north of Gütersloh (one degree of latitude is 111.195 km on the haversine sphere). */
export const north = (km: number) => ({ lat: guetersloh.lat + km / 111.19508023, lon: guetersloh.lon });
export const today = "2026-11-23";
export const profile: CandidateProfile = {
  occupation: "81302",
  point: guetersloh,
  radiusKm: 50,
  germanLevel: "B1",
  languages: ["ar"],
};

/** A place with two free seats at Gütersloh, available since before today, no requirements. */
export const place = (id: string, over: Partial<MatchEntry> = {}): MatchEntry => ({
  kind: "place",
  id,
  occupations: ["81302"],
  point: guetersloh,
  online: false,
  languages: [],
  capacity: 2,
  acceptedCount: 0,
  availableFrom: "2026-11-01",
  item: { id },
  ...over,
});
/** A course at Gütersloh with rolling entry. */
export const offer = (id: string, over: Partial<MatchEntry> = {}): MatchEntry => ({
  kind: "offer",
  id,
  occupations: ["81302"],
  point: guetersloh,
  online: false,
  languages: [],
  rolling: true,
  item: { id },
  ...over,
});
export const rank = (
  entries: MatchEntry[],
  p: Partial<CandidateProfile> = {},
  professionOf: ProfessionOf = notRegulated,
) =>
  rankMatches({ ...profile, ...p }, entries, today, professionOf).map((m) => [
    m.item.id,
    m.score,
    m.distanceKm,
  ]);
/** The reasons given for a single entry, or undefined when it does not match. */
export const reasons = (
  entry: MatchEntry,
  p: Partial<CandidateProfile> = {},
  professionOf: ProfessionOf = notRegulated,
) => rankMatches({ ...profile, ...p }, [entry], today, professionOf)[0]?.reasons;
/** What `beyond` offers for these entries: [id, score, distance]. */
export const beyond = (
  entries: MatchEntry[],
  p: Partial<CandidateProfile> = {},
  professionOf: ProfessionOf = notRegulated,
) =>
  beyondMatches({ ...profile, ...p }, entries, today, professionOf).map((m) => [
    m.item.id,
    m.score,
    m.distanceKm,
  ]);

/** A small stand-in for data/regulated-professions.json. */
const PROFESSIONS: Record<string, Omit<RegulatedProfession, "protection">> = {
  "81404": { id: "arzt", name: "Ärztin/Arzt", law: "Bund" },
  "81424": { id: "arzt", name: "Ärztin/Arzt", law: "Bund" },
  "81214": { id: "arzt", name: "Ärztin/Arzt", law: "Bund" },
  "81474": { id: "zahnarzt", name: "Zahnärztin/Zahnarzt", law: "Bund" },
  "81212": { id: "mt", name: "Medizinische/r Technolog/in", law: "Bund" },
  "83113": { id: "erzieher", name: "Erzieher/in", law: "Land" },
};
const TITLE_OR_PART: Record<string, RegulatedProfession> = {
  "31114": { id: "architekt", name: "Architekt/in", law: "Land", protection: "title" },
  "81342": {
    id: "notfallsanitaeter",
    name: "Notfallsanitäter/in",
    law: "Bund",
    protection: "licence",
    only: ["Notfallsanitäter/in"],
  },
};
export const professionOf: ProfessionOf = (code) => {
  const licence = PROFESSIONS[code];
  return licence ? { ...licence, protection: "licence" } : TITLE_OR_PART[code];
};
