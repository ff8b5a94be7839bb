import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { referralRoutes } from "../../functions/referrals/routes.ts";
import type { PlanStepInput } from "../../shared/schemas/qualification-plan.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { call, daysAgo, recordConsent } from "./seed-call.ts";

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

/**
 * The coach takes the proposed plan as it stands, saves it, and proposes the nurse for the plan's
 * first course (the measure's preparation) — the story from the Bescheid to a referral. A seed
 * that was interrupted after saving reads the saved plan and does not save again.
 */
async function savePlanAndRefer(deps: Deps, candidateId: string): Promise<void> {
  const candidates = dispatch(candidateRoutes(deps));
  const path = `/candidates/${candidateId}/plan`;
  const plan = { route: "/candidates/{id}/plan", path, params: { id: candidateId } };
  const read = (await call(candidates, {
    ...plan,
    method: "GET",
    key: "case-nurse-plan-read",
  })) as unknown as {
    proposal: { steps: PlanStepInput[] };
    saved?: { steps: PlanStepInput[] };
  };
  const steps = (read.saved ?? read.proposal).steps.map(({ kind, offerId, moduleId, placeId, start }) => ({
    kind,
    ...(offerId && { offerId }),
    ...(moduleId && { moduleId }),
    ...(placeId && { placeId }),
    ...(start && { start }),
  }));
  if (!read.saved)
    await call(candidates, { ...plan, method: "PUT", key: "case-nurse-plan", body: { steps } });
  const first = steps.find((step) => step.offerId);
  if (!first) return;
  await call(dispatch(referralRoutes(deps)), {
    route: "/referrals",
    path: "/referrals",
    key: "case-nurse-referral",
    body: {
      candidateId,
      offerId: first.offerId,
      notes: ["recognition-decision-available", "compensation-measure-required", "can-start-now"],
    },
  });
}

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
  await recordConsent(dispatch(candidateRoutes(deps)), "case-nurse", id, {
    date: daysAgo(now, 21),
    language: "en",
  });
  await savePlanAndRefer(deps, id);
  return id;
}
