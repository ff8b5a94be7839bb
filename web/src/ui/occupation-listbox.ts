import { h, replace } from "../core/dom.ts";
import type { OccupationHit } from "../core/types.ts";

/**
 * The popup of the occupation combobox: the listbox of hits under the input, the one
 * highlighted, the count read out, and its keys (arrow keys move, Enter picks, Escape closes).
 * Apart from the combobox, which owns the typing, the search and what was chosen.
 */
export interface OccupationListbox {
  list: HTMLElement;
  /** Read out by screen readers: the number of hits, or that the search is unreachable. */
  status: HTMLElement;
  open(show: boolean): void;
  /** Holds the hits of the latest search; `render` shows them. */
  take(found: OccupationHit[]): void;
  /** Shows the hits held and opens the list when there are any; returns how many. */
  render(): number;
}

export function occupationListbox(
  input: HTMLInputElement,
  listId: string,
  choose: (hit: OccupationHit) => void,
): OccupationListbox {
  const list = h("ul", {
    role: "listbox",
    id: listId,
    class: "combobox__list",
    hidden: true,
    "aria-label": "Berufe",
  });
  const status = h("div", { class: "visually-hidden", role: "status" });
  let hits: OccupationHit[] = [];
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLElement>("[role=option]")];
  function open(show: boolean) {
    list.hidden = !show;
    input.setAttribute("aria-expanded", String(show));
    if (!show) input.removeAttribute("aria-activedescendant");
  }
  function highlight(index: number) {
    active = index;
    for (const [i, option] of options().entries()) option.setAttribute("aria-selected", String(i === index));
    const current = options()[index];
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    }
  }
  function render(): number {
    replace(
      list,
      hits.map((hit, i) =>
        h(
          "li",
          {
            role: "option",
            id: `${listId}-${i}`,
            "aria-selected": "false",
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => choose(hit),
          },
          h("span", { class: "combobox__code" }, hit.code),
          " ",
          h("span", {}, hit.title),
          hit.matched && hit.matched !== hit.title ? h("small", {}, hit.matched) : null,
        ),
      ),
    );
    active = -1;
    open(hits.length > 0);
    status.textContent = hits.length ? `${hits.length} Vorschläge, mit Pfeiltasten auswählen.` : "";
    return hits.length;
  }

  input.addEventListener("keydown", (event) => {
    const count = options().length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!count) return;
      event.preventDefault();
      if (list.hidden) open(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + count) % count);
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      event.preventDefault();
      const hit = hits[active];
      if (hit) choose(hit);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      open(false);
    }
  });
  input.addEventListener("blur", () => open(false));

  return {
    list,
    status,
    open,
    take(found) {
      hits = found;
    },
    render,
  };
}
