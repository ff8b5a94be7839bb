import { api, isAbort } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { MEASURE_LABELS, label } from "../../core/labels.ts";
import type { CompetentBodyAnswer } from "../../../../shared/schemas/competent-body.ts";

/**
 * The competent body as the sourced data names it (GET /recognition/bodies), proposed below the
 * "zuständige Stelle" field: taken with one button, or typed as the Bescheid says. Uncertain rows
 * say so with their caveats; where the data has no row, "unbekannt" and the Anerkennungs-Finder.
 */
export interface BodyQuestion {
  occupation: string;
  state: string;
  trainedIn: string;
}

/** The case's `body` holds 300 characters; a longer description of the data is taken up to its first sentence's end. */
const MAX_BODY = 300;
function bodyName(text: string): string {
  if (text.length <= MAX_BODY) return text;
  const sentence = /^(.{10,}?[.;])\s/.exec(text)?.[1];
  return sentence && sentence.length <= MAX_BODY ? sentence : text.slice(0, MAX_BODY);
}

export function bodySuggestion(take: (body: string) => void) {
  const el = h("div", { class: "body-suggestion", "aria-live": "polite" });
  let pending: AbortController | undefined;
  let asked = "";

  function show(a: CompetentBodyAnswer) {
    if (!a.found) {
      replace(
        el,
        h(
          "p",
          {},
          "Zuständige Stelle: unbekannt – bitte im ",
          h("a", { href: a.finder, target: "_blank", rel: "noopener" }, "Anerkennungs-Finder"),
          " nachsehen.",
        ),
        a.generalBodies?.length
          ? h(
              "ul",
              {},
              a.generalBodies.map((g) => h("li", {}, `${g.profession}: ${g.body}`)),
            )
          : null,
      );
      return;
    }
    const measures =
      a.measures === "unknown"
        ? "Ausgleichsmaßnahmen: unbekannt"
        : a.measures.length
          ? `Ausgleichsmaßnahmen: ${a.measures.map((m) => label(MEASURE_LABELS, m)).join(", ")}${a.choice === true ? " (Wahlrecht)" : ""}`
          : "";
    const button = h("button", { type: "button", class: "button button--secondary" }, "Übernehmen");
    button.addEventListener("click", () => take(bodyName(a.body)));
    replace(
      el,
      h("p", {}, h("strong", {}, "Vorschlag: "), a.body, a.uncertain ? " (unsicher)" : "", " ", button),
      measures ? h("p", { class: "hint" }, measures) : null,
      // The caveats can be long: folded, so the form stays short for the next Bescheid.
      a.uncertain && a.caveats.length
        ? h("details", { class: "hint" }, h("summary", {}, "Warum unsicher?"), a.caveats.join(" "))
        : null,
      a.sourceUrl
        ? h(
            "p",
            { class: "hint" },
            h("a", { href: a.sourceUrl, target: "_blank", rel: "noopener" }, "Quelle"),
          )
        : null,
    );
  }

  /** Asks again when the occupation, the Land or where the person trained changed. */
  async function update(q: BodyQuestion): Promise<void> {
    const key = `${q.occupation}|${q.state}|${q.trainedIn}`;
    if (key === asked) return;
    asked = key;
    pending?.abort();
    if (!/^\d{5}(-\d{3})?$/.test(q.occupation) || !q.state || !q.trainedIn) return replace(el);
    pending = new AbortController();
    try {
      show(
        await api.get<CompetentBodyAnswer>("/recognition/bodies", {
          query: { ...q },
          signal: pending.signal,
        }),
      );
    } catch (error) {
      if (!isAbort(error))
        replace(el, h("p", { class: "hint" }, "Kein Vorschlag: die Daten sind gerade nicht erreichbar."));
    }
  }
  return { el, update };
}
