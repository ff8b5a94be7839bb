import { isAbort } from "../core/api.ts";
import { h, replace, uid } from "../core/dom.ts";
import { occupationLabel, searchOccupations } from "../core/occupations.ts";
import type { OccupationHit } from "../core/types.ts";

/**
 * Occupation autocomplete (ARIA 1.2 combobox with a listbox popup): type a job title, a named
 * occupation or a KldB code, typos allowed; arrow keys move, Enter picks, Escape closes. Each
 * suggestion shows the code, the title and the named occupation that matched.
 */
export interface OccupationCombobox {
  el: HTMLElement;
  input: HTMLInputElement;
  /** The chosen code; else a typed five-digit code; else the raw text (the API will name it). */
  value(): string;
  set(code: string, title: string): void;
  clear(): void;
  /**
   * Typed but not picked: resolves the text to the best code, shows "Gemeint: 81302 – …" so the
   * coach can change it, and returns the code. When no occupation matches, says so at the field
   * and returns undefined (the search is not sent); the text itself when the search is unreachable.
   */
  resolve(): Promise<string | undefined>;
}

/** Shown when no word of the text matches an occupation well (the API then answers no hits). */
export const NO_OCCUPATION = "Kein Beruf gefunden – anderes Wort oder KldB-Code versuchen.";

export function occupationCombobox(onSelect?: (hit: OccupationHit) => void): OccupationCombobox {
  const listId = uid("occ-list");
  const input = h("input", {
    type: "text",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    autocomplete: "off",
    spellcheck: "false",
  });
  const list = h("ul", {
    role: "listbox",
    id: listId,
    class: "combobox__list",
    hidden: true,
    "aria-label": "Berufe",
  });
  const status = h("div", { class: "visually-hidden", role: "status" });
  const meant = h("p", { class: "combobox__meant", role: "status", hidden: true, id: uid("occ-meant") });
  const el = h("div", { class: "combobox" }, input, list, status, meant);
  let hits: OccupationHit[] = [];
  let active = -1;
  let chosen: string | undefined;
  let timer: number | undefined;
  let pending: AbortController | undefined;

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
  function choose(hit: OccupationHit) {
    chosen = hit.code;
    input.value = occupationLabel(hit.code, hit.title);
    open(false);
    onSelect?.(hit);
  }
  function render() {
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
    if (!hits.length) tell(NO_OCCUPATION);
  }
  /**
   * A visible line under the field, read out by screen readers (role=status) and part of the
   * field's description while shown (the field's own hint and error ids stay).
   */
  function tell(text: string) {
    meant.textContent = text;
    meant.hidden = false;
    describedBy((ids) => [...ids.filter((id) => id !== meant.id), meant.id]);
  }
  function untell() {
    meant.hidden = true;
    meant.textContent = "";
    describedBy((ids) => ids.filter((id) => id !== meant.id));
  }
  function describedBy(change: (ids: string[]) => string[]) {
    const ids = change((input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
    if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
    else input.removeAttribute("aria-describedby");
  }
  async function search(q: string) {
    pending?.abort();
    pending = new AbortController();
    try {
      hits = await searchOccupations(q, pending.signal);
      if (document.activeElement === input) render();
    } catch (error) {
      if (!isAbort(error)) status.textContent = "Die Berufssuche ist gerade nicht erreichbar.";
    }
  }

  input.addEventListener("input", () => {
    chosen = undefined;
    untell();
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return open(false);
    timer = window.setTimeout(() => void search(q), 180);
  });
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

  const value = () => chosen ?? /^\d{5}/.exec(input.value.trim())?.[0] ?? input.value.trim();
  async function resolve(): Promise<string | undefined> {
    const typed = input.value.trim();
    if (chosen || /^\d{5}/.test(typed) || typed.length < 2) return value();
    try {
      const [best] = await searchOccupations(typed);
      if (!best) {
        tell(NO_OCCUPATION);
        input.focus();
        return undefined;
      }
      choose(best);
      tell(`Gemeint: ${best.code} – ${best.title}. Wenn nicht, bitte einen anderen Beruf wählen.`);
      return best.code;
    } catch {
      return typed;
    }
  }

  return {
    el,
    input,
    value,
    resolve,
    set(code, title) {
      chosen = code;
      input.value = occupationLabel(code, title);
    },
    clear() {
      chosen = undefined;
      input.value = "";
      open(false);
    },
  };
}
