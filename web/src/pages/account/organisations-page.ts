import { api, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import type { Organisation } from "../../core/me.ts";
import type { RouteContext } from "../../core/router.ts";
import { field, input, select } from "../../ui/field.ts";
import { errorBox, loading, setMessage, successBox } from "../../ui/status.ts";
import { editOrganisation, KIND_LABELS } from "./organisation-dialog.ts";

/** Case and accents do not matter when searching a name: "mozaik" finds "MOZAIK gGmbH". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

async function allOrganisations(signal: AbortSignal): Promise<Organisation[]> {
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
  return items;
}

/**
 * Admins: every organisation in one list with search (name or Kennung) and a filter by kind;
 * each row opens the one edit form (organisation-dialog.ts). The name is what every page shows
 * instead of the Kennung.
 */
export async function organisationsPage({ main, signal }: RouteContext) {
  const content = h("div", {}, loading());
  const message = h("div", { role: "status" });
  const search = input({ type: "search", autocomplete: "off" });
  const kind = select([
    ["", "Alle Arten"],
    ...Object.entries(KIND_LABELS).map(([value, label]) => [value, label] as const),
  ]);
  const count = h("p", { class: "hint", role: "status" });
  const filters = h(
    "form",
    { class: "filters", role: "search", "aria-label": "Organisationen filtern" },
    field({ label: "Name oder Kennung", path: "q" }, search),
    field({ label: "Art", path: "kind" }, kind),
  );
  filters.addEventListener("submit", (event) => event.preventDefault());
  main.append(
    h("h1", {}, "Organisationen"),
    h("p", { class: "lead" }, "Die Namen, die alle Seiten statt der Kennung zeigen."),
    filters,
    count,
    message,
    content,
  );

  let items: Organisation[] = [];
  const list = h("ul", { class: "list organisations", "aria-label": "Organisationen" });

  function rowOf(organisation: Organisation): HTMLElement {
    const edit = h(
      "button",
      {
        type: "button",
        class: "button button--small button--secondary",
        "aria-label": `${organisation.name} bearbeiten`,
      },
      "Bearbeiten",
    );
    edit.addEventListener("click", () => {
      setMessage(message);
      void editOrganisation(organisation).then((saved) => {
        if (!saved) return;
        items = items.map((o) => (o.org === saved.org ? saved : o));
        render();
        setMessage(message, successBox(`Gespeichert: ${saved.name}`));
        list.querySelector<HTMLElement>(`[data-org="${CSS.escape(saved.org)}"] button`)?.focus();
      });
    });
    const details = [KIND_LABELS[organisation.kind], `Kennung ${organisation.org}`, organisation.district]
      .filter(Boolean)
      .join(" · ");
    return h(
      "li",
      { class: "list__item", "data-org": organisation.org },
      h(
        "div",
        { class: "list__main" },
        h("p", {}, h("strong", {}, organisation.name)),
        h("p", { class: "hint" }, details),
      ),
      h("div", {}, edit),
    );
  }

  function render() {
    const words = fold(search.value.trim());
    const shown = items.filter(
      (o) =>
        (!kind.value || o.kind === kind.value) &&
        (!words || fold(o.name).includes(words) || o.org.includes(words)),
    );
    count.textContent = `${shown.length} von ${items.length} Organisationen`;
    replace(list, shown.map(rowOf));
    replace(
      content,
      shown.length ? list : h("p", {}, items.length ? "Keine Organisation passt zur Suche." : "Noch keine."),
    );
  }

  search.addEventListener("input", render);
  kind.addEventListener("change", render);
  try {
    items = (await allOrganisations(signal)).sort((a, b) => a.name.localeCompare(b.name, "de"));
    render();
  } catch (error) {
    replace(content, errorBox(toProblem(error)));
  }
}
