import type { Reason } from "./match-model.ts";

/**
 * Regulated professions (data/regulated-professions.json, read by shared/reference): a licence
 * or a protected title that needs recognition. Federal law (Bund) or the Länder (Land) govern it.
 */
export type Law = "Bund" | "Land";

export interface RegulatedProfession {
  id: string;
  name: string;
  law: Law;
}

/** Which regulated profession a 5-digit KldB code belongs to (undefined: not regulated). */
export type ProfessionOf = (code: string) => RegulatedProfession | undefined;

export const notRegulated: ProfessionOf = () => undefined;

/**
 * A related or same-subgroup code never leads from one regulated profession into another: a
 * Zahnmedizin course is no step for an Ärztin, however close the KldB codes are.
 */
export function crossesProfessions(candidate: string, code: string, professionOf: ProfessionOf): boolean {
  const mine = professionOf(candidate);
  const theirs = professionOf(code);
  return mine !== undefined && theirs !== undefined && mine.id !== theirs.id;
}

const LAW_NAMES: Record<Law, string> = { Bund: "Bundesrecht", Land: "Landesrecht" };

export const regulatedReason = (profession: RegulatedProfession): Reason => ({
  code: "occupation.regulated",
  text: `Reglementierter Beruf (${LAW_NAMES[profession.law]}) – Anerkennung erforderlich`,
});
