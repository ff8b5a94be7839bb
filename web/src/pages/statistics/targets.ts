import { isAbort, request } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { monthName, num } from "../../core/format.ts";

/** GET /statistics/targets: the network's promise to its funders and how far it got. */
interface Target {
  figure: string;
  label: string;
  target: number;
  from: string;
  to: string;
  reached: number;
  share: number;
  /** The caller's own organisation's count, exact and current (not for admins). */
  own?: number;
}

function bar(t: Target): HTMLElement {
  const percent = Math.round(t.share * 100);
  const text = `${num(t.reached)} von ${num(t.target)} (${percent} %)`;
  return h(
    "div",
    { class: "target" },
    h("h3", {}, `${t.label}: Ziel ${num(t.target)}, ${monthName(t.from)} bis ${monthName(t.to)}`),
    // <progress> is announced with its value; the text says the same for everyone.
    h("progress", {
      max: String(t.target),
      value: String(Math.min(t.reached, t.target)),
      "aria-label": t.label,
    }),
    h("p", { class: "target__value" }, text),
    t.own === undefined ? null : h("p", { class: "target__own" }, `Davon Ihre Organisation: ${num(t.own)}`),
  );
}

/** The targets section; empty when the deployment has none. Errors stay quiet: the figures below still show. */
export function targetsSection(signal: AbortSignal): HTMLElement {
  const section = h("section", { class: "targets", "aria-label": "Ziele des Netzwerks" });
  void request<{ asOf: string; targets: Target[] }>("GET", "/statistics/targets", { signal })
    .then(({ asOf, targets }) => {
      if (!targets.length) return;
      const own = targets.some((t) => t.own !== undefined);
      replace(
        section,
        h("h2", {}, "Ziele des Netzwerks"),
        h("p", { class: "stats-asof" }, `Stand: ${monthName(asOf)}`),
        ...targets.map(bar),
        h(
          "p",
          { class: "hint" },
          "„Qualifizierungen“ zählt begonnene Qualifizierungen (Meilenstein „Qualifizierung begonnen“) im ganzen Netzwerk, auf Vielfache von 5 gerundet",
          own
            ? ", bis zum letzten abgeschlossenen Monat; die Zahl Ihrer Organisation ist genau und aktuell (sie kann daher über dem Netzwerk liegen)."
            : ".",
        ),
      );
    })
    .catch((error: unknown) => {
      if (!isAbort(error)) replace(section);
    });
  return section;
}
