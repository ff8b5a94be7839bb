import { ApiError, apiUrl, download, request, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { num } from "../../core/format.ts";
import { counted } from "../../core/plural.ts";
import type { RouteContext } from "../../core/router.ts";
import { field } from "../../ui/field.ts";
import { busy, errorBox, focusHeading, successBox } from "../../ui/status.ts";

/**
 * CSV import and export of an organisation's offers or places: the file is checked first (dry
 * run: a table of bad rows, or what would change), then imported on request with the same file.
 */
export interface ImportPageOptions {
  /** The API collection, e.g. "/qualification-offers". */
  base: string;
  /** Plural noun for the text, e.g. "Qualifizierungsangebote". */
  items: string;
  /** File name stem of the template and export. */
  fileName: string;
  /** The page listing the items. */
  listPath: string;
}

interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
}

interface RowError {
  row: number;
  column: string;
  message: string;
}

const counts = (r: ImportResult) =>
  `${counted(r.rows, "row")} ${r.dryRun ? "geprüft" : "importiert"}: ${num(r.created)} neu, ${num(r.updated)} geändert, ${num(r.unchanged)} unverändert`;

/**
 * The file's errors grouped by row, each a short list "Spalte: Fehler": it wraps at 360 px where
 * a three-column table needed sideways scrolling.
 */
function rowErrorList(errors: RowError[]): HTMLElement {
  const byRow = new Map<number, RowError[]>();
  for (const e of errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  return h(
    "section",
    { class: "row-errors", "aria-labelledby": "row-errors-heading" },
    h("h3", { id: "row-errors-heading" }, "Fehler in der Datei"),
    h(
      "ul",
      { class: "row-errors__rows" },
      [...byRow].map(([row, list]) =>
        h(
          "li",
          {},
          h("span", { class: "row-errors__row" }, `Zeile ${row}`),
          h(
            "ul",
            {},
            list.map((e) => h("li", {}, e.column ? h("strong", {}, `${e.column}: `) : null, e.message)),
          ),
        ),
      ),
    ),
  );
}

export const importPage =
  ({ base, items, fileName, listPath }: ImportPageOptions) =>
  ({ main, signal }: RouteContext): void => {
    const input = h("input", { type: "file", accept: ".csv,text/csv", name: "file" });
    const check = h("button", { type: "submit", class: "button" }, "Datei prüfen");
    const result = h("div", {});
    const exportError = h("div", {});
    const exportButton = h(
      "button",
      { type: "button", class: "button button--secondary" },
      "Export herunterladen",
    );
    const send = (file: File, dryRun: boolean) =>
      request<ImportResult>("POST", `${base}/import`, {
        query: { dryRun: dryRun ? "true" : undefined },
        raw: { body: file, contentType: "text/csv" },
        signal,
      });
    const heading = (text: string) => h("h2", { id: "import-result", tabindex: -1 }, text);

    function showProblem(error: unknown): void {
      const problem = toProblem(error);
      const errors =
        error instanceof ApiError ? ((problem as { errors?: unknown }).errors as RowError[]) : [];
      const rows = Array.isArray(errors) ? errors.filter((e) => typeof e.row === "number") : [];
      // The API lists at most 100 errors and counts the rest.
      const more = (problem as { moreErrors?: unknown }).moreErrors;
      replace(
        result,
        heading("Ergebnis der Prüfung"),
        errorBox(problem),
        rows.length ? rowErrorList(rows) : null,
        typeof more === "number" && more > 0 ? h("p", {}, `… und ${num(more)} weitere Fehler`) : null,
      );
      focusHeading("import-result");
    }

    function showDryRun(file: File, checked: ImportResult): void {
      const importButton = h("button", { type: "button", class: "button" }, "Jetzt importieren");
      importButton.addEventListener("click", () => {
        void busy(importButton, "Wird importiert …", () => send(file, false)).then(
          (done) => {
            replace(
              result,
              heading("Import abgeschlossen"),
              successBox(`${counts(done)}.`),
              h("p", {}, h("a", { href: listPath }, "Zur Übersicht")),
            );
            focusHeading("import-result");
          },
          (error: unknown) => showProblem(error),
        );
      });
      replace(
        result,
        heading("Ergebnis der Prüfung"),
        successBox(`${counts(checked)}.`, h("br"), "Es wurde noch nichts gespeichert."),
        h("div", { class: "actions" }, importButton),
      );
      focusHeading("import-result");
    }

    input.addEventListener("change", () => replace(result));
    const form = h(
      "form",
      { class: "form form--narrow" },
      field(
        {
          label: "CSV-Datei",
          path: "file",
          required: true,
          hint: "Aus Excel oder LibreOffice gespeichert (CSV, Trennzeichen ; oder ,), höchstens 5.000 Zeilen. Eine Zeile je Eintrag, erkannt an der Externen ID.",
        },
        input,
      ),
      h("div", { class: "actions" }, check),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const file = input.files?.[0];
      if (!file) return;
      void busy(check, "Wird geprüft …", () => send(file, true)).then(
        (checked) => showDryRun(file, checked),
        (error: unknown) => showProblem(error),
      );
    });
    exportButton.addEventListener("click", () => {
      replace(exportError);
      void busy(exportButton, "Wird exportiert …", () =>
        download(`${base}/export`, `${fileName}.csv`, { signal }),
      ).catch((error: unknown) => replace(exportError, errorBox(toProblem(error))));
    });

    main.append(
      h("h1", {}, "Import und Export"),
      h(
        "p",
        { class: "lead" },
        `Pflegen Sie Ihre ${items} in einer Tabelle: Die Datei wird zuerst vollständig geprüft; gespeichert wird erst, wenn Sie den Import bestätigen.`,
      ),
      h("h2", {}, "Vorlage und Export"),
      h(
        "ul",
        {},
        h(
          "li",
          {},
          h(
            "a",
            { href: apiUrl(`${base}/import-template`), download: `${fileName}-vorlage.csv` },
            "Vorlage herunterladen (CSV)",
          ),
        ),
      ),
      h("p", {}, `Der Export enthält alle ${items} Ihrer Organisation im selben Format.`),
      h("div", { class: "actions" }, exportButton),
      exportError,
      h("h2", {}, "CSV-Datei hochladen"),
      form,
      result,
    );
  };
