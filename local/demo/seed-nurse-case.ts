import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { call, daysAgo } from "./seed-cases.ts";

/**
 * The recognition case the demo tells from the Bescheid on (issue 28): a nurse trained in a third
 * country, living in Gütersloh. The ZAG-PuG of the Bezirksregierung Münster (competent for NRW's
 * health professions, ../shared/data/recognition/competent-bodies.csv) found four differences and
 * requires a compensation measure; third-country applicants may choose the Kenntnisprüfung or the
 * Anpassungslehrgang. The Bielefeld offers' modules cover three of them (the practice one also a
 * mentoring place); "Palliativpflege und Sterbebegleitung" nobody offers — unmet demand.
 */
export const NURSE_DIFFERENCES = [
  { topic: "Pflegeprozess und Pflegeplanung", hours: 120, kind: "theory" },
  { topic: "Rechtliche Grundlagen der Pflege", hours: 40, kind: "theory" },
  { topic: "Akutstationäre Pflege", hours: 320, kind: "practice" },
  { topic: "Palliativpflege und Sterbebegleitung", hours: 40, kind: "theory" },
] as const;

export async function seedNurseCase(deps: Deps): Promise<string> {
  const now = deps.clock();
  const decided = daysAgo(now, 21);
  // The measure is to be done within two years of the Bescheid.
  const deadline = new Date(Date.parse(decided) + 730 * 86_400_000).toISOString().slice(0, 10);
  const { id } = await call(dispatch(candidateRoutes(deps)), {
    route: "/candidates",
    path: "/candidates",
    key: "case-nurse",
    body: {
      occupation: "81302",
      location: { postalCode: "33330" },
      radiusKm: 50,
      germanLevel: "B1",
      languages: ["en"],
      availableFrom: daysAgo(now, 0),
      recognition: {
        status: "partial",
        referenceOccupation: { code: "81302-129" },
        trainedIn: "third-country",
        state: "05",
        body: "Bezirksregierung Münster – Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG-PuG)",
        decision: {
          date: decided,
          kind: "compensation-required",
          measure: "knowledge-exam",
          choice: true,
          differences: NURSE_DIFFERENCES,
        },
        deadline,
      },
    },
  });
  return id;
}
