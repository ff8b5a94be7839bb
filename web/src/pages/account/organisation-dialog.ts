import { request, toProblem } from "../../core/api.ts";
import { h, uid } from "../../core/dom.ts";
import type { Organisation } from "../../core/me.ts";
import { modal } from "../../ui/dialog.ts";
import { field, input } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy } from "../../ui/status.ts";

export const KIND_LABELS: Record<Organisation["kind"], string> = {
  coaching: "Beratung",
  employer: "Betrieb",
  provider: "Bildungsträger",
  network: "Netzwerk",
};

/**
 * The one form for an organisation's description (name, Kreis, website), in a dialog opened from
 * its row; saved with If-Match. Resolves the saved organisation, or undefined when cancelled.
 */
export function editOrganisation(current: Organisation): Promise<Organisation | undefined> {
  return new Promise((resolve) => {
    const formId = uid("org");
    const name = input({ value: current.name, maxlength: 160, autocomplete: "off", required: true });
    const district = input({ value: current.district ?? "", maxlength: 120, autocomplete: "off" });
    const website = input({ type: "url", value: current.website ?? "", maxlength: 300, autocomplete: "off" });
    const summary = h("div", { class: "form-summary" });
    const form = h(
      "form",
      { id: formId, class: "form", novalidate: true },
      summary,
      h("p", {}, `${KIND_LABELS[current.kind]} · Kennung ${current.org}`),
      field({ label: "Name", path: "name", required: true }, name),
      field({ label: "Kreis", path: "district", hint: "Optional, z. B. Kreis Gütersloh" }, district),
      field({ label: "Website", path: "website", hint: "Optional, mit https://" }, website),
    );
    const save = h("button", { type: "submit", class: "button", form: formId }, "Speichern");
    const { dialog, close } = modal(`${current.name} bearbeiten`, form, [save]);
    let saved: Organisation | undefined;
    dialog.addEventListener("close", () => resolve(saved));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearErrors(form);
      summary.replaceChildren();
      const optional = (el: HTMLInputElement) => el.value.trim() || undefined;
      void busy(save, "Wird gespeichert …", async () => {
        try {
          saved = await request<Organisation>("PUT", `/organisations/${encodeURIComponent(current.org)}`, {
            body: {
              name: name.value.trim(),
              kind: current.kind,
              district: optional(district),
              website: optional(website),
            },
            version: current.version,
          });
          close();
        } catch (error) {
          showErrors([form], summary, toProblem(error));
        }
      });
    });
    name.focus();
  });
}
