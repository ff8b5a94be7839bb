import type { PlanInput, PlanModule, PlanOffer, PlanPlace } from "../../shared/domain/plan-model.ts";
import type { Difference } from "../../shared/schemas/recognition.ts";

/** Offers, modules and places for the planner's tests: everything matches unless a test says otherwise. */
export const mod = (id: string, topics: string[], over: Partial<PlanModule> = {}): PlanModule => ({
  id,
  topics,
  hours: 40,
  kind: "theory",
  ...over,
});

export const offer = (id: string, over: Partial<PlanOffer> = {}): PlanOffer => ({
  id,
  org: `org-${id}`,
  offerKind: "adaptation-course",
  distanceKm: 10,
  rolling: false,
  fullTime: true,
  modules: [],
  ...over,
});

export const place = (id: string, distanceKm: number, availableFrom = "2026-03-01"): PlanPlace => ({
  id,
  distanceKm,
  availableFrom,
});

export const diff = (topic: string, hours?: number, kind: Difference["kind"] = "theory"): Difference => ({
  topic,
  kind,
  ...(hours === undefined ? {} : { hours }),
});

export const input = (over: Partial<PlanInput> & { differences?: Difference[] } = {}): PlanInput => {
  const { differences = [], case: given, ...rest } = over;
  return {
    case: { decisionKind: "partial-equivalence", differences, ...given },
    offers: [],
    places: [],
    from: "2026-03-02",
    onlineKm: 20,
    ...rest,
  };
};
