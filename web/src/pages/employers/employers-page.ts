import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { sectorText, sizeText } from "../../core/employer-labels.ts";
import type { RouteContext } from "../../core/router.ts";
import type { Page } from "../../core/types.ts";
import { field, input } from "../../ui/field.ts";
import { announce, busy, errorBox, loading, takeFlash } from "../../ui/status.ts";
import { type Employer, EMPLOYERS_PATH, employerPath } from "./model.ts";

/**
 * The organisation's employer records: search by name, page by page ("Weitere laden"), open one or
 * create one. The search stays in the address (?q=), so going back returns to the same list.
 */
function row(e: Employer): HTMLElement {
  return h(
    "li",
    { class: "list__item", "data-id": e.id },
    h(
      "div",
      { class: "list__main" },
      h("h2", { class: "h3" }, h("a", { href: employerPath(e.id) }, e.name)),
      h("p", {}, sectorText(e.sector)),
      h(
        "p",
        { class: "muted" },
        [sizeText(e.size), e.district ? `${e.postalCode} · ${e.district.name}` : e.postalCode]
          .filter(Boolean)
          .join(" · "),
      ),
    ),
  );
}

export function employersPage({ main, query, signal }: RouteContext): void {
  const q = input({ type: "search", name: "q", value: query.get("q") ?? "", autocomplete: "off" });
  const submit = h("button", { type: "submit", class: "button button--secondary" }, "Suchen");
  const list = h("ul", { class: "list" });
  const more = h("button", { type: "button", class: "button button--secondary" }, "Weitere laden");
  const content = h("div", {}, loading());
  const status = h("div", { role: "status" }, takeFlash());
  let cursor: string | undefined;

  async function load(next?: string): Promise<void> {
    try {
      const text = q.value.trim();
      const page = await api.get<Page<Employer>>("/employers", {
        query: { q: text, cursor: next, limit: 25 },
        signal,
      });
      cursor = page.nextCursor;
      if (!next) list.replaceChildren();
      list.append(...page.items.map(row));
      more.hidden = !cursor;
      if (!next)
        replace(
          content,
          list.childElementCount
            ? [list, more]
            : h(
                "p",
                { class: "empty" },
                text ? `Kein Arbeitgeber mit „${text}“ im Namen.` : "Noch keine Arbeitgeber erfasst.",
              ),
        );
      if (next) announce(`${page.items.length} weitere Arbeitgeber geladen.`);
    } catch (error) {
      if (!isAbort(error))
        replace(
          content,
          errorBox(toProblem(error), () => void load()),
        );
    }
  }

  const form = h(
    "form",
    { class: "filters", role: "search" },
    field(
      {
        label: "Name des Arbeitgebers",
        path: "q",
        hint: "Der Anfang eines Wortes im Namen genügt, z. B. „Linden“.",
      },
      q,
    ),
    h("div", { class: "actions" }, submit),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = q.value.trim();
    history.replaceState(null, "", text ? `${EMPLOYERS_PATH}?q=${encodeURIComponent(text)}` : EMPLOYERS_PATH);
    void busy(submit, "Wird gesucht …", () => load());
  });
  more.addEventListener("click", () => {
    const first = list.childElementCount;
    void busy(more, "Wird geladen …", () => load(cursor)).then(() =>
      // Keyboard users continue at the first new employer.
      list.children[first]?.querySelector("a")?.focus(),
    );
  });

  main.append(
    h("h1", {}, "Arbeitgeberberatung"),
    h(
      "p",
      { class: "lead" },
      "Arbeitgeber, die Ihre Organisation zur interkulturellen Öffnung berät: Gespräche, vereinbarte Maßnahmen und Mentoringplätze, die Sie für sie anbieten. Andere Organisationen sehen nichts davon.",
    ),
    h(
      "div",
      { class: "toolbar" },
      h("a", { class: "button", href: `${EMPLOYERS_PATH}/neu` }, "Neuen Arbeitgeber anlegen"),
    ),
    form,
    status,
    content,
  );
  void load();
}
