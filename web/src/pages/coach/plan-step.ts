import type { planResponse } from "../../../../shared/schemas/qualification-plan.ts";
import type * as z from "../../../../shared/schemas/z.ts";
import { h } from "../../core/dom.ts";
import { date, km, num } from "../../core/format.ts";
import { label, OFFER_KIND_LABELS } from "../../core/labels.ts";

export type PlanResponse = z.infer<typeof planResponse>;
export type Plan = PlanResponse["proposal"];
export type PlanStep = Plan["steps"][number];

const KIND_LABELS: Record<PlanStep["kind"], string> = {
  module: "Modul",
  offer: "Ganzes Angebot",
  place: "Praxis im Betrieb (Mentoringplatz)",
  language: "Sprachkurs",
};

export const MEASURE_LABELS: Record<string, string> = {
  "knowledge-exam": "Kenntnisprüfung",
  "adaptation-period": "Anpassungslehrgang",
  "aptitude-test": "Eignungsprüfung",
};

/** The key a step keeps across proposal and saved plan: the same item is the same step. */
export const stepKey = (s: PlanStep) => [s.kind, s.offerId ?? s.placeId, s.moduleId].join("|");

function when(s: PlanStep): string {
  if (s.start && s.end) return `${date(s.start)} bis ${date(s.end)}`;
  return s.start ? `ab ${date(s.start)}` : "Termin offen";
}

/**
 * One step of the plan as a card: what it is, from whom, when, what it closes; a checkbox keeps
 * it in the plan, a button proposes the candidate to its offer or place.
 */
export function stepCard(
  s: PlanStep,
  index: number,
  options: { kept: boolean; onToggle(kept: boolean): void; onPropose(button: HTMLButtonElement): void },
): HTMLElement {
  const box = h("input", { type: "checkbox", checked: options.kept });
  box.addEventListener("change", () => options.onToggle(box.checked));
  const title = s.moduleTitle
    ? `${s.moduleTitle} (${s.title ?? ""})`
    : (s.title ?? s.offerId ?? s.placeId ?? "");
  const propose = h(
    "button",
    { type: "button", class: "button button--secondary" },
    s.kind === "place" ? "Für diesen Platz vorschlagen" : "Für dieses Angebot vorschlagen",
  );
  propose.addEventListener("click", () => options.onPropose(propose));
  const facts: [string, string][] = [
    ["Art", KIND_LABELS[s.kind] + (s.offerKind ? ` – ${label(OFFER_KIND_LABELS, s.offerKind)}` : "")],
    ["Anbieter", s.provider ?? "–"],
    ["Zeitraum", when(s)],
    ["Entfernung", km(s.distanceKm)],
    ...(s.kind === "place" ? [] : ([["Umfang", `${num(s.hours)} Std.`]] as [string, string][])),
    ["Gleicht aus", s.covers.length ? s.covers.join(", ") : "keinen der Unterschiede"],
  ];
  return h(
    "li",
    { class: "card plan-step" },
    h("h3", {}, `${index + 1}. ${title}`),
    s.available === false
      ? h(
          "p",
          { class: "alert alert--warn" },
          "Passt nicht mehr zur Kandidat:in (nicht mehr veröffentlicht, voll oder außerhalb der Regeln).",
        )
      : null,
    h(
      "dl",
      { class: "facts" },
      facts.map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v))),
    ),
    h("div", { class: "actions" }, h("label", { class: "check" }, box, "Im Plan behalten"), propose),
  );
}
