import { allPages, isAbort, toProblem } from "../../core/api.ts";
import { type Child, h, replace } from "../../core/dom.ts";
import { STATUS_LABELS } from "../../core/labels.ts";
import type { RouteContext } from "../../core/router.ts";
import type { Listing } from "../../core/types.ts";
import { select } from "../../ui/field.ts";
import { announce, busy, errorBox, focusHeading, loading, takeFlash } from "../../ui/status.ts";
import { type Base, setStatus, statusBadge, transitions } from "./listing-actions.ts";

/** The organisation's own offers or places: status, key facts, edit, publish, archive. */
export interface ListingListOptions<T extends Listing> {
  base: Base;
  title: string;
  lead: string;
  newPath: string;
  newLabel: string;
  editPath(id: string): string;
  facts(item: T): Child;
}

export function listingListPage<T extends Listing>(o: ListingListOptions<T>) {
  return ({ main, signal }: RouteContext) => {
    const content = h("div", {}, loading());
    const status = h("div", { role: "status" }, takeFlash());
    const filter = select([["", "alle"], ...Object.entries(STATUS_LABELS)], "", { id: "status-filter" });
    let items: T[] = [];
    main.append(
      h("h1", {}, o.title),
      h("p", { class: "lead" }, o.lead),
      h(
        "div",
        { class: "toolbar" },
        h("a", { class: "button", href: o.newPath }, o.newLabel),
        h("div", { class: "filter" }, h("label", { for: "status-filter" }, "Status"), filter),
      ),
      status,
      content,
    );

    function row(item: T): HTMLElement {
      const buttons = transitions(item.status).map(([next, text]) => {
        const button = h("button", { type: "button", class: "button button--small button--secondary" }, text);
        button.setAttribute("aria-describedby", `item-${item.id}`);
        button.addEventListener(
          "click",
          () =>
            void busy(button, "Wird gespeichert …", async () => {
              try {
                const updated = await setStatus(o.base, item, next);
                items = items.map((i) => (i.id === item.id ? updated : i));
                render();
                focusHeading(`item-${item.id}`);
                announce(`„${item.title}“: ${STATUS_LABELS[updated.status]}.`);
              } catch (error) {
                replace(status, errorBox(toProblem(error)));
                if (toProblem(error).status === 412) void load();
              }
            }),
        );
        return button;
      });
      return h(
        "li",
        { class: "list__item", "data-id": item.id },
        h(
          "div",
          { class: "list__main" },
          h("h2", { class: "h3", id: `item-${item.id}` }, h("a", { href: o.editPath(item.id) }, item.title)),
          o.facts(item),
        ),
        h("div", { class: "list__side" }, statusBadge(item.status)),
        h(
          "div",
          { class: "list__actions" },
          h(
            "a",
            {
              class: "button button--small button--secondary",
              href: o.editPath(item.id),
              "aria-describedby": `item-${item.id}`,
            },
            "Bearbeiten",
          ),
          buttons,
        ),
      );
    }

    function render() {
      const shown = items.filter((i) => !filter.value || i.status === filter.value);
      replace(
        content,
        shown.length
          ? h("ul", { class: "list", "aria-label": o.title }, shown.map(row))
          : h(
              "p",
              { class: "empty" },
              items.length ? "Keine Einträge mit diesem Status." : "Noch keine Einträge.",
            ),
      );
    }
    filter.addEventListener("change", render);

    async function load() {
      try {
        items = await allPages<T>(o.base, { signal });
        render();
      } catch (error) {
        if (!isAbort(error))
          replace(
            content,
            errorBox(toProblem(error), () => void load()),
          );
      }
    }
    void load();
  };
}
