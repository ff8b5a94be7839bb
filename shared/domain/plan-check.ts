import type { FieldError } from "./errors.ts";
import { covers, LANGUAGE_COURSE, reachOf, type Target } from "./plan-cover.ts";
import { fits, moduleSpan, offerSpan, offerStart, type Span } from "./plan-dates.ts";
import { type Choice, Draft, idOf } from "./plan-draft.ts";
import type { Plan, PlanInput, StepKind } from "./plan-model.ts";

/** A step as the coach saves it: what it is, and for a module which of its start dates. */
export interface StepChoice {
  kind: StepKind;
  offerId?: string;
  moduleId?: string;
  placeId?: string;
  start?: string;
}

const NO_MATCH = "passt nicht (mehr) zu dieser Kandidat:in (gleiche Regeln wie die Treffer)";

/** What a chosen step names, or the field that names something not matching. */
function targetOf(step: StepChoice, input: PlanInput, at: string): Target | FieldError {
  if (step.kind === "place") {
    const place = input.places.find((p) => p.id === step.placeId);
    return place
      ? { kind: "place", place }
      : { path: `${at}.placeId`, message: `Mentoringplatz ${NO_MATCH}` };
  }
  const offer = input.offers.find((o) => o.id === step.offerId);
  if (!offer) return { path: `${at}.offerId`, message: `Angebot ${NO_MATCH}` };
  if (step.kind === "module") {
    const module = offer.modules.find((m) => m.id === step.moduleId);
    return module
      ? { kind: "module", offer, module }
      : { path: `${at}.moduleId`, message: "Dieses Angebot hat kein Modul mit dieser ID" };
  }
  if ((step.kind === "language") !== (offer.offerKind === LANGUAGE_COURSE)) {
    return { path: `${at}.kind`, message: "„language“ gilt genau für Sprachkurse" };
  }
  return { kind: step.kind, offer };
}

/** When the step runs: a module on the chosen (or first free) start date; an offer on its dates. */
function datesOf(
  target: Target,
  step: StepChoice,
  draft: Draft,
): { span?: Span; start?: string } | undefined {
  const { from } = draft.input;
  if (target.kind === "place") {
    return { start: target.place.availableFrom > from ? target.place.availableFrom : from };
  }
  if (target.kind !== "module") {
    const span = offerSpan(target.offer);
    const start = offerStart(target.offer, from);
    return { ...(span ? { span } : {}), ...(start ? { start } : {}) };
  }
  if (!target.module.startDates?.length) return {};
  const dates = target.module.startDates.filter((d) => d >= from).sort();
  const wanted = step.start ? dates.filter((d) => d === step.start) : dates;
  const spans = wanted.map((d) => moduleSpan(d, target.module.hours, target.offer.fullTime));
  const span = spans.find((s) => fits(s, draft.taken)) ?? spans[0];
  return span ? { span, start: span.start } : undefined;
}

/**
 * The plan the coach saves, checked against what matches the candidate now: every step must name
 * a matching offer, module or place, once; a module one of its coming start dates; no two steps
 * may overlap where dates are known. What each step covers is worked out here, in the coach's
 * order — never taken from the request.
 */
export function checkPlan(
  chosen: readonly StepChoice[],
  input: PlanInput,
): { plan: Plan } | { errors: FieldError[] } {
  const draft = new Draft(input);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  chosen.forEach((step, i) => {
    const at = `steps[${i}]`;
    const target = targetOf(step, input, at);
    if ("path" in target) return void errors.push(target);
    if (seen.has(idOf(target)))
      return void errors.push({ path: at, message: "Dieser Schritt ist schon im Plan" });
    seen.add(idOf(target));
    const dates = datesOf(target, step, draft);
    if (!dates || (step.start !== undefined && step.start !== dates.start)) {
      return void errors.push({ path: `${at}.start`, message: "Kein solcher kommender Starttermin" });
    }
    if (!fits(dates.span, draft.taken)) {
      return void errors.push({
        path: `${at}.start`,
        message: "Überschneidet sich mit einem anderen Schritt",
      });
    }
    const distanceKm = target.kind === "place" ? target.place.distanceKm : target.offer.distanceKm;
    const choice: Choice = {
      target,
      covered: covers(target, draft.open),
      ...dates,
      reach: reachOf(distanceKm, 0),
    };
    draft.take(choice);
  });
  return errors.length ? { errors } : { plan: draft.result() };
}
