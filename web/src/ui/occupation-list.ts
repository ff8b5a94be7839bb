import { h } from "../core/dom.ts";
import { occupationLabel, occupationTitle } from "../core/occupations.ts";
import { field } from "./field.ts";
import { setFieldCheck } from "./field-check.ts";
import { occupationCombobox } from "./occupation-combobox.ts";
import { announce } from "./status.ts";

/**
 * Several occupations for an offer or a place: pick each with the autocomplete; the chosen ones
 * are listed with a remove button. Errors on `occupations` or `occupations[i]` show here.
 */
export function occupationList(initial: readonly string[] = []) {
  const chips = h("ul", { class: "chips", "aria-label": "Gewählte Berufe" });
  const codes = new Set<string>();

  function add(code: string, title?: string) {
    if (codes.has(code)) return;
    codes.add(code);
    const text = document.createTextNode(occupationLabel(code, title ?? ""));
    if (!title) void occupationTitle(code).then((t) => (text.textContent = occupationLabel(code, t)));
    const remove = h(
      "button",
      { type: "button", class: "chip__remove", "aria-label": `Beruf ${code} entfernen` },
      "×",
    );
    const chip = h("li", { class: "chip", "data-code": code }, text, remove);
    remove.addEventListener("click", () => {
      codes.delete(code);
      chip.remove();
      announce(`Beruf ${code} entfernt.`);
      combobox.input.focus();
    });
    chips.append(chip);
    chips.dispatchEvent(new Event("change", { bubbles: true }));
  }

  const combobox = occupationCombobox((hit) => {
    add(hit.code, hit.title);
    combobox.clear();
    announce(`Beruf ${hit.code} hinzugefügt.`);
  });
  for (const code of initial) add(code);

  const el = field(
    {
      label: "Berufe (KldB-Berufsgattungen)",
      path: "occupations",
      hint: "Beruf oder Code eingeben und aus der Liste wählen; mehrere möglich.",
      required: true,
    },
    combobox.el,
  );
  el.append(chips);
  setFieldCheck(el, () => values().length > 0 && values().every((code) => /^\d{5}$/.test(code)));

  /** The chosen codes, plus a five-digit code typed but not picked. */
  const values = () => {
    const typed = /^\d{5}$/.exec(combobox.input.value.trim())?.[0];
    return [...codes, ...(typed && !codes.has(typed) ? [typed] : [])];
  };
  return { el, values };
}
