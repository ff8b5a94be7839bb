import { candidateRepository } from "../db/candidate-repository.ts";
import { demandActions } from "../db/demand-counters.ts";
import { planView } from "../db/plan-read.ts";
import { planRepository, type StoredPlan } from "../db/plan-repository.ts";
import { transactWrite } from "../db/transact.ts";
import { ConflictError, PreconditionFailedError, ValidationError } from "../domain/errors.ts";
import { kldbGroup } from "../domain/kldb.ts";
import { checkPlan } from "../domain/plan-check.ts";
import type { PlanStep } from "../domain/plan-model.ts";
import { topicKey } from "../domain/plan-needs.ts";
import { proposePlan } from "../domain/qualification-plan.ts";
import { nextVersion } from "../domain/versioned.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { PlanStepInput, SavedPlan } from "../schemas/qualification-plan.ts";
import { type PlanContext, planContext } from "./plan-context.ts";

/** What a page shows of a step besides its ids: titles, the provider, the offer's kind. */
function described(step: PlanStep, ctx: PlanContext): SavedPlan["steps"][number] {
  if (step.placeId !== undefined) {
    const place = ctx.places.get(step.placeId);
    const provider = place && ctx.names.get(place.org);
    return { ...step, ...(place ? { title: place.title } : {}), ...(provider ? { provider } : {}) };
  }
  const offer = ctx.offers.get(step.offerId ?? "");
  if (!offer) return step;
  const module = offer.modules?.find((m) => m.id === step.moduleId);
  return {
    ...step,
    title: offer.title,
    ...(module ? { moduleTitle: module.title } : {}),
    provider: offer.provider.name,
    offerKind: offer.kind,
  };
}

/** A saved plan as answered: without its demand bookkeeping; each step says whether it still matches. */
function savedView(stored: StoredPlan, ctx?: PlanContext): SavedPlan {
  const plan = planView(stored);
  if (!ctx) return plan;
  const available = (s: PlanStep) =>
    s.placeId !== undefined ? ctx.matched.places.has(s.placeId) : ctx.matched.offers.has(s.offerId ?? "");
  return { ...plan, steps: plan.steps.map((s) => ({ ...s, available: available(s) })) };
}

/**
 * The qualification plan of a candidate (issue 28): proposed from what matches now, saved as the
 * coach chose it. Saving counts the topics it leaves uncovered as unmet demand — each once per
 * candidate, topic and month, in the same transaction as the plan (race-free: the plan's version
 * guards both; a re-save in the month adds only topics not yet counted).
 */
export function planUseCases(deps: Deps) {
  const plans = planRepository(deps);
  const candidates = candidateRepository(deps);

  return {
    async read(candidate: Candidate) {
      const [ctx, stored] = await Promise.all([planContext(deps, candidate), plans.get(candidate.id)]);
      const proposal = proposePlan(ctx.input);
      return {
        body: {
          proposal: { ...proposal, steps: proposal.steps.map((s) => described(s, ctx)) },
          ...(stored ? { saved: savedView(stored, ctx) } : {}),
          ...(ctx.requiredGermanLevel ? { requiredGermanLevel: ctx.requiredGermanLevel } : {}),
        },
        version: stored?.version,
        stats: ctx.stats,
      };
    },

    /** The saved plan alone (the handout): no matching read. */
    saved: async (candidateId: string) => {
      const stored = await plans.get(candidateId);
      return stored && savedView(stored);
    },

    async save(
      candidate: Candidate,
      steps: readonly PlanStepInput[],
      check: (current: { version: number } | undefined) => void,
    ): Promise<SavedPlan> {
      const stored = await plans.get(candidate.id);
      check(stored);
      const ids = (key: "offerId" | "placeId") =>
        steps.flatMap((s) => (s[key] === undefined ? [] : [s[key]]));
      const ctx = await planContext(deps, candidate, { offers: ids("offerId"), places: ids("placeId") });
      const checked = checkPlan(steps, ctx.input);
      if ("errors" in checked) throw new ValidationError(checked.errors);
      const at = deps.clock().toISOString();
      const month = at.slice(0, 7);
      const prior = stored?.demandCounted?.month === month ? stored.demandCounted.keys : [];
      const fresh = checked.plan.uncovered
        .map((u) => ({ key: topicKey(u.topic), topic: u.topic }))
        .filter((t) => !prior.includes(t.key));
      const next: StoredPlan = {
        ...checked.plan,
        steps: checked.plan.steps.map((s) => described(s, ctx)),
        ...nextVersion(stored, at),
        demandCounted: { month, keys: [...prior, ...fresh.map((t) => t.key)] },
      };
      const view = savedView(next);
      const where = {
        month,
        district: candidate.location.district.code,
        group: kldbGroup(candidate.occupation),
      };
      await transactWrite(
        deps,
        {
          plan: [plans.putAction(candidate, stored, next)],
          candidate: [candidates.unchangedCheck(candidate)],
          demand: demandActions(deps, where, fresh),
        },
        (name) =>
          name === "plan"
            ? new PreconditionFailedError()
            : new ConflictError(
                "Die Kandidat:in wurde gleichzeitig geändert oder gelöscht; bitte neu laden.",
              ),
      );
      return view;
    },
  };
}
