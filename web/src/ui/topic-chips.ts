import { h } from "../core/dom.ts";
import { field } from "./field.ts";
import { setFieldCheck } from "./field-check.ts";
import { announce } from "./status.ts";
import { suggestInput } from "./suggest-input.ts";

/**
 * Several topics, e.g. what a course module teaches: typed with suggestions from the Berufsgruppe
 * (GET /topics), each added with Enter or a click on a suggestion and listed as a chip with a
 * remove button. A topic typed but not yet added counts too.
 */
export function topicChips(options: {
  label: string;
  path: string;
  hint?: string;
  class?: string;
  initial?: readonly string[];
  source(): Promise<string[]>;
}) {
  const chips = h("ul", { class: "chips", "aria-label": `${options.label}: gewählt` });
  const topics: string[] = [];
  const typed = suggestInput({
    source: options.source,
    listLabel: "Vorgeschlagene Themen",
    onChoose: (word) => add(word),
    attrs: { maxlength: 120 },
  });

  function add(word: string) {
    const topic = word.trim().replace(/\s+/g, " ");
    typed.input.value = "";
    if (!topic || topics.some((t) => t.toLocaleLowerCase("de") === topic.toLocaleLowerCase("de"))) return;
    topics.push(topic);
    const remove = h(
      "button",
      { type: "button", class: "chip__remove", "aria-label": `Thema ${topic} entfernen` },
      "×",
    );
    const chip = h("li", { class: "chip" }, topic, remove);
    remove.addEventListener("click", () => {
      topics.splice(topics.indexOf(topic), 1);
      chip.remove();
      announce(`Thema ${topic} entfernt.`);
      typed.input.focus();
    });
    chips.append(chip);
    chips.dispatchEvent(new Event("change", { bubbles: true }));
    announce(`Thema ${topic} hinzugefügt.`);
  }
  for (const t of options.initial ?? []) add(t);

  typed.input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    add(typed.input.value);
  });
  const el = field(
    {
      label: options.label,
      path: options.path,
      hint:
        options.hint ??
        "Mindestens ein Thema: eingeben und mit Enter hinzufügen; Vorschläge aus der Berufsgruppe.",
      class: options.class,
    },
    typed.el,
  );
  el.append(chips);
  const values = () => {
    const pending = typed.input.value.trim();
    return pending && !topics.includes(pending) ? [...topics, pending] : [...topics];
  };
  setFieldCheck(el, () => values().length > 0);
  return { el, values };
}
