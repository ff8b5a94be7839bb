import { covers, hoursOf, reachOf, type Target } from "./plan-cover.ts";
import { fits, offerSpan, offerStart, type Span } from "./plan-dates.ts";
import { coverageOf, type Need, needsOf } from "./plan-needs.ts";
import type { Plan, PlanInput, PlanOffer, PlanStep } from "./plan-model.ts";

/** One possible step: what it is, what it would close, when it would run. */
export interface Choice {
  target: Target;
  covered: Need[];
  span?: Span;
  start?: string;
  reach: number;
}

export const gainOf = (covered: readonly Need[]) => covered.reduce((sum, n) => sum + n.weight, 0);

export const idOf = (target: Target) =>
  target.kind === "place"
    ? `place#${target.place.id}`
    : `${target.offer.id}${target.kind === "module" ? `#${target.module.id}` : ""}`;

/** A plan being built: the needs still open, the days taken, the providers used, the steps. */
export class Draft {
  readonly needs: Need[];
  open: Need[];
  readonly taken: Span[] = [];
  readonly orgs = new Set<string>();
  readonly steps: PlanStep[] = [];

  constructor(readonly input: PlanInput) {
    this.needs = needsOf(input.case);
    this.open = [...this.needs];
  }

  /** A copy to try steps on: same input, its own open needs and taken days. */
  fork(): Draft {
    const copy = new Draft(this.input);
    copy.open = [...this.open];
    copy.taken.push(...this.taken);
    return copy;
  }

  /** A whole offer as a step, if its dates (where known) overlap nothing taken. */
  wholeOffer(offer: PlanOffer, kind: "offer" | "language"): Choice | undefined {
    const span = offerSpan(offer);
    if (!fits(span, this.taken)) return undefined;
    const target: Target = { kind, offer };
    const start = offerStart(offer, this.input.from);
    return {
      target,
      covered: covers(target, this.open),
      ...(span ? { span } : {}),
      ...(start ? { start } : {}),
      reach: reachOf(offer.distanceKm, this.input.onlineKm),
    };
  }

  take(choice: Choice): void {
    const { target, covered, span, start } = choice;
    const closed = new Set(covered.map((n) => n.key));
    this.open = this.open.filter((n) => !closed.has(n.key));
    if (span) this.taken.push(span);
    if (target.kind !== "place") this.orgs.add(target.offer.org);
    this.steps.push({
      kind: target.kind,
      ...(target.kind === "place" ? { placeId: target.place.id } : { offerId: target.offer.id }),
      ...(target.kind === "module" ? { moduleId: target.module.id } : {}),
      covers: covered.map((n) => n.topic),
      hours: hoursOf(target, covered),
      distanceKm: target.kind === "place" ? target.place.distanceKm : target.offer.distanceKm,
      ...(start ? { start } : {}),
      ...(span ? { end: span.end } : {}),
    });
  }

  result(steps: PlanStep[] = this.steps): Plan {
    const measure =
      this.input.case.decisionKind === "compensation-required" ? this.input.case.measure : undefined;
    return {
      coverage: coverageOf(this.needs, new Set(this.open.map((n) => n.key))),
      steps,
      uncovered: this.open.map((n) => ({ topic: n.topic, hours: n.weight, kind: n.kind })),
      ...(measure ? { measure } : {}),
    };
  }
}
