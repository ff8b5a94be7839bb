import { h, replace, uid } from "../core/dom.ts";
import { matchTopics } from "../core/topic-match.ts";

/**
 * A text input that suggests words while typing (ARIA 1.2 combobox with a listbox popup), e.g.
 * the topics already used in a Berufsgruppe. Arrow keys move, Enter takes the highlighted
 * suggestion (and only then: an Enter without one reaches the surrounding form, which may add a
 * row), Escape closes. Typing anything else is allowed: suggestions help, they do not restrict.
 */
export interface SuggestInput {
  el: HTMLElement;
  input: HTMLInputElement;
}

export function suggestInput(options: {
  /** The words to suggest from, most used first; asked for again on each keystroke (cached by the caller). */
  source(): Promise<string[]>;
  /** Name of the popup list for assistive technology, e.g. "Vorgeschlagene Themen". */
  listLabel: string;
  onChoose?(word: string): void;
  attrs?: Record<string, string | number | undefined>;
}): SuggestInput {
  const listId = uid("suggest");
  const input = h("input", {
    type: "text",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    autocomplete: "off",
    ...options.attrs,
  });
  const list = h("ul", {
    role: "listbox",
    id: listId,
    class: "combobox__list",
    hidden: true,
    "aria-label": options.listLabel,
  });
  const el = h("div", { class: "combobox" }, input, list);
  let words: string[] = [];
  let active = -1;
  let asked = 0;

  const items = () => [...list.querySelectorAll<HTMLElement>("[role=option]")];
  function open(show: boolean) {
    list.hidden = !show;
    input.setAttribute("aria-expanded", String(show));
    if (!show) {
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
  }
  function highlight(index: number) {
    active = index;
    for (const [i, item] of items().entries()) item.setAttribute("aria-selected", String(i === index));
    const current = items()[index];
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    }
  }
  function choose(word: string) {
    input.value = word;
    open(false);
    input.dispatchEvent(new Event("change", { bubbles: true }));
    options.onChoose?.(word);
  }
  async function suggest() {
    const call = ++asked;
    const found = matchTopics(await options.source(), input.value);
    // A slower answer for an earlier keystroke does not overwrite a newer one.
    if (call !== asked || document.activeElement !== input) return;
    words = input.value.trim() ? found : [];
    replace(
      list,
      words.map((word, i) =>
        h(
          "li",
          {
            role: "option",
            id: `${listId}-${i}`,
            "aria-selected": "false",
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => choose(word),
          },
          word,
        ),
      ),
    );
    open(words.length > 0);
  }

  input.addEventListener("input", () => void suggest());
  input.addEventListener("keydown", (event) => {
    const count = items().length;
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && count) {
      event.preventDefault();
      if (list.hidden) open(true);
      highlight((active + (event.key === "ArrowDown" ? 1 : -1) + count) % count);
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      event.preventDefault();
      event.stopPropagation();
      const word = words[active];
      if (word) choose(word);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      event.stopPropagation();
      open(false);
    }
  });
  input.addEventListener("blur", () => open(false));
  return { el, input };
}
