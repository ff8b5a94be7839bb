import { allPages, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import { occupationText } from "../../core/occupations.ts";
import type { RouteContext } from "../../core/router.ts";
import type { Candidate } from "../../core/types.ts";
import { announce, busy, errorBox, loading, takeFlash } from "../../ui/status.ts";
import { eraseCandidate, exportCandidate } from "./candidate-actions.ts";

/** The organisation's saved candidates: open, export, erase. */
export function candidatesPage({ main, signal }: RouteContext): void {
  const content = h("div", {}, loading());
  // "… wurde gelöscht." when the candidate's own page erased it and led here.
  const status = h("div", { role: "status" }, takeFlash());
  main.append(
    h("h1", {}, "Kandidat:innen"),
    h(
      "p",
      { class: "lead" },
      "Pseudonyme Profile Ihrer Organisation. Neue Profile speichern Sie auf der Suchseite.",
    ),
    status,
    content,
  );

  function row(c: Candidate) {
    const exportButton = h(
      "button",
      { type: "button", class: "button button--small button--secondary" },
      "Exportieren",
    );
    exportButton.addEventListener(
      "click",
      () =>
        void busy(exportButton, "Export …", () => exportCandidate(c)).catch((e: unknown) =>
          replace(status, errorBox(toProblem(e))),
        ),
    );
    const eraseButton = h(
      "button",
      { type: "button", class: "button button--small button--danger" },
      "Löschen",
    );
    eraseButton.addEventListener("click", () => {
      // The click cannot wait: errors are shown inside, so nothing is left unhandled.
      void (async () => {
        try {
          if (!(await eraseCandidate(c))) return;
          announce(`Kandidat:in ${c.reference} gelöscht.`);
          replace(
            status,
            h("div", { class: "alert alert--success" }, `Kandidat:in ${c.reference} wurde gelöscht.`),
          );
          void load();
        } catch (error) {
          replace(status, errorBox(toProblem(error)));
        }
      })();
    });
    return h(
      "li",
      { class: "list__item", "data-id": c.id },
      h(
        "div",
        { class: "list__main" },
        h(
          "h2",
          { class: "h3" },
          h("a", { href: `/beratung/kandidaten/${encodeURIComponent(c.id)}` }, c.reference),
        ),
        c.ownReference ? h("p", { class: "muted" }, `Eigenes Aktenzeichen: ${c.ownReference}`) : "",
        h("p", {}, occupationText(c.occupation)),
        h(
          "p",
          { class: "muted" },
          `${c.location.postalCode} ${c.location.place} · Umkreis ${c.radiusKm} km${c.germanLevel ? ` · Deutsch ${c.germanLevel}` : ""} · gespeichert am ${date(c.createdAt)}, wird am ${date(c.expiresAt)} gelöscht`,
        ),
      ),
      h("div", { class: "list__actions" }, exportButton, eraseButton),
    );
  }

  async function load() {
    try {
      const items = await allPages<Candidate>("/candidates", { signal });
      replace(
        content,
        items.length
          ? h("ul", { class: "list" }, items.map(row))
          : h(
              "p",
              { class: "empty" },
              "Noch keine Kandidat:innen gespeichert. ",
              h("a", { href: "/beratung" }, "Zur Suche"),
            ),
      );
    } catch (error) {
      if (!isAbort(error))
        replace(
          content,
          errorBox(toProblem(error), () => void load()),
        );
    }
  }
  void load();
}
