import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { navigate, type RouteContext } from "../../core/router.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy, errorBox, flash, loading } from "../../ui/status.ts";
import { employerFields } from "./employer-fields.ts";
import { type Employer, employerApi, employerPath, EMPLOYERS_PATH } from "./model.ts";

/** Create an employer record, or edit one (PATCH with its version). The API validates. */
export function employerFormPage({ main, params, signal }: RouteContext): void {
  const id = params.id;
  const heading = h("h1", {}, id ? "Arbeitgeber bearbeiten" : "Neuer Arbeitgeber");
  const content = h("div", {}, id ? loading() : null);
  main.append(heading, content);

  function render(employer?: Employer) {
    const { fields, body } = employerFields(employer);
    const summary = h("div", { class: "form-summary" });
    const save = h(
      "button",
      { type: "submit", class: "button" },
      employer ? "Änderungen speichern" : "Arbeitgeber anlegen",
    );
    const back = employer ? employerPath(employer.id) : EMPLOYERS_PATH;
    const form = h(
      "form",
      { class: "form", novalidate: true },
      summary,
      ...fields,
      h("div", { class: "actions" }, save, h("a", { href: back, class: "button button--link" }, "Abbrechen")),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void busy(save, "Wird gespeichert …", async () => {
        clearErrors(form);
        summary.replaceChildren();
        try {
          const saved = employer
            ? await api.patch<Employer>(employerApi(employer.id), body(), { version: employer.version })
            : await api.post<Employer>("/employers", body());
          flash(`„${saved.name}“ gespeichert.`);
          navigate(employerPath(saved.id));
        } catch (error) {
          const problem = toProblem(error);
          if (problem.status === 412)
            problem.detail =
              "Jemand hat den Eintrag inzwischen geändert. Bitte laden Sie die Seite neu; Ihre Eingaben gehen dabei verloren.";
          showErrors([form], summary, problem);
        }
      });
    });
    replace(content, form);
  }

  if (!id) return render();
  void api
    .get<Employer>(employerApi(id), { signal })
    .then((employer) => {
      heading.textContent = `Arbeitgeber bearbeiten: ${employer.name}`;
      render(employer);
    })
    .catch((error: unknown) => !isAbort(error) && replace(content, errorBox(toProblem(error))));
}
