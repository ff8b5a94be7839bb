import type { Reason } from "./match-model.ts";

/**
 * Regulated professions (data/regulated-professions.json, read by shared/reference). Federal law
 * (Bund) or the Länder (Land) govern them. `licence`: working in the profession needs recognition
 * (Approbation, Erlaubnis, staatliche Anerkennung); `title`: only the professional title does —
 * an Ingenieur or Architektin from abroad may work without it, just not under that title.
 */
export type Law = "Bund" | "Land";
export type Protection = "licence" | "title";

export interface RegulatedProfession {
  id: string;
  name: string;
  law: Law;
  protection: Protection;
  /**
   * Set when the Berufsgattung is only partly the profession (81342 holds Notfallsanitäter/in,
   * regulated, and Rettungssanitäter/in, a course): the named occupations that are regulated.
   */
  only?: string[];
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

/** What the result's profession asks of someone trained abroad, said so that a coach can act on it. */
export function regulatedReason(profession: RegulatedProfession): Reason {
  const law = LAW_NAMES[profession.law];
  if (profession.protection === "title") {
    return {
      code: "occupation.titleProtected",
      text: `Berufsbezeichnung geschützt (${law}): Arbeiten ist ohne Anerkennung erlaubt, nur die Bezeichnung „${profession.name}“ braucht sie`,
    };
  }
  if (profession.only) {
    return {
      code: "occupation.partlyRegulated",
      text: `Teils reglementiert (${law}): Anerkennung erforderlich für ${profession.only.join(", ")}, nicht für jeden Beruf dieser Berufsgattung`,
    };
  }
  return { code: "occupation.regulated", text: `Reglementierter Beruf (${law}) – Anerkennung erforderlich` };
}
