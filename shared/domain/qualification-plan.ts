import { type Choice, Draft, gainOf, idOf } from "./plan-draft.ts";
import { covers, LANGUAGE_COURSE, MEASURE_OFFER_KIND, reachOf } from "./plan-cover.ts";
import { moduleStart } from "./plan-dates.ts";
import type { Plan, PlanInput, PlanOffer, PlanStep } from "./plan-model.ts";

/** More closed, then nearer, then earlier (unknown dates last), then by id: a total order. */
function better(a: Choice, b: Choice | undefined): boolean {
  if (!b) return true;
  const gain = gainOf(b.covered) - gainOf(a.covered);
  if (gain !== 0) return gain < 0;
  if (a.reach !== b.reach) return a.reach < b.reach;
  const [sa, sb] = [a.start ?? "~", b.start ?? "~"];
  if (sa !== sb) return sa < sb;
  return idOf(a.target) < idOf(b.target);
}

const best = (choices: readonly (Choice | undefined)[]) =>
  choices.reduce<Choice | undefined>((top, c) => (c && better(c, top) ? c : top), undefined);

/** With `compensation-required`: the offer that is, or prepares for, the measure — even if it names no difference. */
function addMeasure(draft: Draft): void {
  const { measure, decisionKind } = draft.input.case;
  if (decisionKind !== "compensation-required" || !measure) return;
  const kind = MEASURE_OFFER_KIND[measure];
  const choice = best(
    draft.input.offers.filter((o) => o.offerKind === kind).map((o) => draft.wholeOffer(o, "offer")),
  );
  if (choice) draft.take(choice);
}

/** The modules one provider would add, each the best of what is left, on a copy of the draft's state. */
function providerModules(draft: Draft, offers: readonly PlanOffer[]): Choice[] {
  const trial = draft.fork();
  const picked: Choice[] = [];
  for (;;) {
    const options = offers.flatMap((offer) =>
      offer.modules.map((module): Choice | undefined => {
        const target = { kind: "module" as const, offer, module };
        const covered = covers(target, trial.open);
        const when = covered.length ? moduleStart(module, offer, draft.input.from, trial.taken) : undefined;
        if (!when) return undefined;
        const reach = reachOf(offer.distanceKm, draft.input.onlineKm);
        return { target, covered, ...when, ...(when.span ? { start: when.span.start } : {}), reach };
      }),
    );
    const choice = best(options);
    if (!choice) return picked;
    trial.take(choice);
    picked.push(choice);
  }
}

/**
 * Modules, provider by provider: a provider already in the plan first, then the one whose
 * modules close the most, then the nearest, then by organisation — so the plan needs as few
 * providers as it can.
 */
function addModules(draft: Draft): void {
  const byOrg = new Map<string, PlanOffer[]>();
  for (const offer of draft.input.offers) byOrg.set(offer.org, [...(byOrg.get(offer.org) ?? []), offer]);
  for (;;) {
    const options = [...byOrg].map(([org, offers]) => {
      const picks = providerModules(draft, offers);
      const gain = picks.reduce((sum, c) => sum + gainOf(c.covered), 0);
      const reach = Math.min(...picks.map((c) => c.reach));
      return { org, picks, gain, rank: draft.orgs.has(org) ? 0 : 1, reach };
    });
    const top = options
      .filter((o) => o.gain > 0)
      .sort((a, b) => a.rank - b.rank || b.gain - a.gain || a.reach - b.reach || (a.org < b.org ? -1 : 1))[0];
    if (!top) return;
    for (const pick of top.picks) draft.take({ ...pick, covered: covers(pick.target, draft.open) });
  }
}

/** Practice differences left: the nearest matching mentoring place. */
function addPlace(draft: Draft): void {
  if (!draft.open.some((n) => n.kind === "practice")) return;
  const [place] = [...draft.input.places].sort(
    (a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1),
  );
  if (!place) return;
  const target = { kind: "place" as const, place };
  const start = place.availableFrom > draft.input.from ? place.availableFrom : draft.input.from;
  draft.take({ target, covered: covers(target, draft.open), start, reach: place.distanceKm });
}

/** Language differences or a German level left: the language course that closes the most, nearest first. */
function addLanguage(draft: Draft): void {
  if (!draft.open.some((n) => n.kind === "language")) return;
  const courses = draft.input.offers.filter((o) => o.offerKind === LANGUAGE_COURSE);
  const choice = best(courses.map((o) => draft.wholeOffer(o, "language")).filter((c) => c?.covered.length));
  if (choice) draft.take(choice);
}

/**
 * Proposes a plan that closes the decision's differences from what matches the candidate: the
 * compensation measure first (when the decision requires one), then modules from as few providers
 * as possible, a mentoring place for practice differences, a language course up to the required
 * level — no two steps overlapping where their dates are known. Deterministic: ties go by id.
 */
export function proposePlan(input: PlanInput): Plan {
  const draft = new Draft(input);
  addMeasure(draft);
  const measureSteps = draft.steps.length;
  addModules(draft);
  addPlace(draft);
  addLanguage(draft);
  const [first, rest] = [draft.steps.slice(0, measureSteps), draft.steps.slice(measureSteps)];
  // After the measure, in the order they start (unknown dates last); sort is stable.
  const at = (step: PlanStep) => step.start ?? "~";
  return draft.result([...first, ...rest.sort((a, b) => Number(at(a) > at(b)) - Number(at(a) < at(b)))]);
}
