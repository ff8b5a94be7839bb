import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import type { RouteContext } from "../../core/router.ts";
import type { Candidate, MentoringPlaceForCoach, QualificationOfferPublic } from "../../core/types.ts";
import { announce, busy, errorBox, loading, successBox } from "../../ui/status.ts";
import { handoutControl } from "./candidate-handout.ts";
import {
  type Plan,
  type PlanResponse,
  type PlanStep,
  MEASURE_LABELS,
  stepCard,
  stepKey,
} from "./plan-step.ts";
import { proposeDialog } from "./propose-dialog.ts";

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Coverage, the measure and what stays open: the plan's summary above its steps. */
function summary(plan: Plan, required: string | undefined, c: Candidate): HTMLElement {
  const facts: [string, string][] = [
    ["Abdeckung (nach Stunden)", percent(plan.coverage)],
    ["Ausgleichsmaßnahme", plan.measure ? (MEASURE_LABELS[plan.measure] ?? plan.measure) : "keine verlangt"],
    [
      "Deutsch",
      required
        ? `gefordert ${required}, vorhanden ${c.germanLevel ?? "keine Angabe"}`
        : "keine Angabe der Stelle",
    ],
  ];
  return h(
    "div",
    {},
    h(
      "dl",
      { class: "facts" },
      facts.map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v))),
    ),
    h("h3", {}, "Noch offen"),
    plan.uncovered.length
      ? h(
          "ul",
          {},
          plan.uncovered.map((u) => h("li", {}, u.topic)),
        )
      : h("p", {}, "Alle Unterschiede sind abgedeckt."),
  );
}

/**
 * The qualification plan of one candidate: the proposal from what matches now (or the saved plan),
 * coverage and open topics; the coach keeps or drops steps and saves, proposes the candidate to a
 * step's offer or place, and prints the handout, which then is the plan.
 */
export function planPage({ main, params, signal }: RouteContext): void {
  const id = params.id ?? "";
  const path = `/candidates/${encodeURIComponent(id)}`;
  const heading = h("h1", {}, "Qualifizierungsplan");
  const status = h("div", { role: "status" });
  const body = h("div", {}, loading("Plan wird berechnet …"));
  main.append(heading, status, body);

  function show(c: Candidate, res: PlanResponse, from: "saved" | "proposal") {
    const plan = from === "saved" && res.saved ? res.saved : res.proposal;
    const kept = new Map(plan.steps.map((s) => [stepKey(s), true]));
    const propose = async (s: PlanStep, button: HTMLButtonElement) => {
      const target = await busy(button, "Wird geladen …", async () =>
        s.kind === "place"
          ? {
              kind: "place" as const,
              item: await api.get<MentoringPlaceForCoach>(
                `/mentoring-places/${encodeURIComponent(s.placeId ?? "")}`,
              ),
            }
          : {
              kind: "offer" as const,
              item: await api.get<QualificationOfferPublic>(
                `/qualification-offers/${encodeURIComponent(s.offerId ?? "")}`,
              ),
            },
      );
      const proposal = await proposeDialog(target, { preferred: c, occupation: c.occupation });
      if (proposal) replace(status, successBox(`${proposal.reference}: vorgeschlagen.`));
    };
    const steps = plan.steps.map((s, i) =>
      stepCard(s, i, {
        kept: true,
        onToggle: (on) => kept.set(stepKey(s), on),
        onPropose: (button) =>
          void propose(s, button).catch((e: unknown) => replace(status, errorBox(toProblem(e)))),
      }),
    );
    const save = h("button", { type: "button", class: "button" }, "Plan speichern");
    save.addEventListener("click", () => {
      const chosen = plan.steps.filter((s) => kept.get(stepKey(s)));
      const body = {
        steps: chosen.map((s) => ({
          kind: s.kind,
          ...(s.offerId ? { offerId: s.offerId } : {}),
          ...(s.moduleId ? { moduleId: s.moduleId } : {}),
          ...(s.placeId ? { placeId: s.placeId } : {}),
          ...(s.kind === "module" && s.start ? { start: s.start } : {}),
        })),
      };
      void busy(save, "Wird gespeichert …", () =>
        api.put<PlanResponse["saved"]>(`${path}/plan`, body, res.saved ? { version: res.saved.version } : {}),
      )
        .then(async () => {
          announce("Plan gespeichert.");
          await load("saved", "Plan gespeichert. Der Handzettel druckt jetzt diesen Plan.");
        })
        .catch((e: unknown) => replace(status, errorBox(toProblem(e))));
    });
    const other = h(
      "button",
      { type: "button", class: "button button--secondary" },
      from === "saved" ? "Neuen Vorschlag anzeigen" : "Gespeicherten Plan anzeigen",
    );
    other.addEventListener("click", () => show(c, res, from === "saved" ? "proposal" : "saved"));
    replace(
      body,
      h(
        "p",
        {},
        h(
          "a",
          { href: `/beratung/kandidaten/${encodeURIComponent(id)}` },
          `Zurück zu Kandidat:in ${c.reference}`,
        ),
      ),
      h(
        "section",
        { class: "card", "aria-labelledby": "plan-heading" },
        h(
          "h2",
          { id: "plan-heading" },
          from === "saved" ? `Gespeicherter Plan (Version ${res.saved?.version ?? ""})` : "Vorschlag",
        ),
        summary(plan, res.requiredGermanLevel, c),
      ),
      h("h2", {}, "Schritte"),
      steps.length
        ? h("ol", { class: "plan-steps" }, steps)
        : h("p", {}, "Kein Schritt: Nichts Passendes gefunden."),
      h("div", { class: "actions" }, save, res.saved || from === "saved" ? other : null),
      handoutControl(c, (e) => replace(status, errorBox(toProblem(e)))),
    );
  }

  async function load(from: "saved" | "proposal" = "saved", message?: string) {
    try {
      const [c, res] = await Promise.all([
        api.get<Candidate>(path, { signal }),
        api.get<PlanResponse>(`${path}/plan`, { signal }),
      ]);
      heading.textContent = `Qualifizierungsplan – Kandidat:in ${c.reference}`;
      document.title = `Qualifizierungsplan ${c.reference} – Passung`;
      show(c, res, res.saved ? from : "proposal");
      replace(status, message ? successBox(message) : null);
    } catch (error) {
      if (!isAbort(error))
        replace(
          body,
          errorBox(toProblem(error), () => void load()),
        );
    }
  }
  void load();
}
