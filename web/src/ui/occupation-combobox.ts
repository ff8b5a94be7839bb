import { isAbort } from "../core/api.ts";
import { h, uid } from "../core/dom.ts";
import { occupationLabel, searchOccupations } from "../core/occupations.ts";
import type { OccupationHit } from "../core/types.ts";
import { occupationListbox } from "./occupation-listbox.ts";

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
  const meant = h("p", { class: "combobox__meant", role: "status", hidden: true, id: uid("occ-meant") });
  const popup = occupationListbox(input, listId, choose);
  const el = h("div", { class: "combobox" }, input, popup.list, popup.status, meant);
  let chosen: string | undefined;
  let timer: number | undefined;
  let pending: AbortController | undefined;

  function choose(hit: OccupationHit) {
    chosen = hit.code;
    input.value = occupationLabel(hit.code, hit.title);
    popup.open(false);
    onSelect?.(hit);
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
      popup.take(await searchOccupations(q, pending.signal));
      if (document.activeElement === input && !popup.render()) tell(NO_OCCUPATION);
    } catch (error) {
      if (!isAbort(error)) popup.status.textContent = "Die Berufssuche ist gerade nicht erreichbar.";
    }
  }

  input.addEventListener("input", () => {
    chosen = undefined;
    untell();
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return popup.open(false);
    timer = window.setTimeout(() => void search(q), 180);
  });
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
      popup.open(false);
    },
  };
}
