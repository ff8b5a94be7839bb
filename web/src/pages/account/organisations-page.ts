import { api, request, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import type { Organisation } from "../../core/me.ts";
import type { RouteContext } from "../../core/router.ts";
import { field, input } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy, errorBox, loading, setMessage, successBox } from "../../ui/status.ts";

const KIND_LABELS: Record<Organisation["kind"], string> = {
  coaching: "Beratung",
  employer: "Betrieb",
  provider: "Bildungsträger",
  network: "Netzwerk",
};

/** One organisation as a row of the admins' list: its name editable in place, saved with If-Match. */
function row(organisation: Organisation): HTMLElement {
  let current = organisation;
  const name = input({ value: current.name, maxlength: 160, autocomplete: "off" });
  const summary = h("div", { class: "form-summary" });
  const message = h("div", { role: "status" });
  const save = h("button", { type: "submit", class: "button button--small" }, "Speichern");
  const form = h(
    "form",
    { class: "organisation", novalidate: true, "data-org": current.org },
    summary,
    field({ label: `Name (${KIND_LABELS[current.kind]}, Kennung ${current.org})`, path: "name" }, name),
    save,
    message,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    summary.replaceChildren();
    setMessage(message);
    void busy(save, "Wird gespeichert …", async () => {
      try {
        const { kind, district, website, version } = current;
        current = await request<Organisation>("PUT", `/organisations/${encodeURIComponent(current.org)}`, {
          body: { name: name.value.trim(), kind, district, website },
          version,
        });
        setMessage(message, successBox(`Gespeichert: ${current.name}`));
      } catch (error) {
        showErrors([form], summary, toProblem(error));
      }
    });
  });
  return h("li", {}, form);
}

/** Admins: every organisation with its display name, which every page shows instead of the slug. */
export async function organisationsPage({ main, signal }: RouteContext) {
  const content = h("div", {}, loading());
  main.append(
    h("h1", {}, "Organisationen"),
    h("p", { class: "lead" }, "Die Namen, die alle Seiten statt der Kennung zeigen."),
    content,
  );
  try {
    const items: Organisation[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.get<{ items: Organisation[]; nextCursor?: string }>("/organisations", {
        query: { limit: 100, cursor },
        signal,
      });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && items.length < 1000);
    replace(
      content,
      items.length ? h("ul", { class: "list organisations" }, items.map(row)) : h("p", {}, "Noch keine."),
    );
  } catch (error) {
    replace(content, errorBox(toProblem(error)));
  }
}
