import { type Attrs, type Child, h, uid } from "../core/dom.ts";
import { setFieldCheck } from "./field-check.ts";

/**
 * Form fields with a visible label, an optional hint and room for an error message, all wired
 * with for/id and aria-describedby. `data-field` holds the API path the field answers for
 * (e.g. "contact.email"), so problem+json errors land next to it (see form-errors.ts).
 */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface FieldOptions {
  label: string;
  /** The API path, e.g. "title", "contact.email", "location.postalCode". */
  path: string;
  hint?: string;
  required?: boolean;
  /** Extra content after the control, e.g. the resolved place of a postal code. */
  after?: Child;
  class?: string;
}

export function field(options: FieldOptions, control: Control | HTMLElement): HTMLDivElement {
  const target = control.matches("input, select, textarea") ? control : control.querySelector("input");
  const id = target?.id || uid("f");
  if (target) target.id = id;
  const hintId = options.hint ? `${id}-hint` : undefined;
  if (hintId && target) target.setAttribute("aria-describedby", hintId);
  if (options.required && target) target.setAttribute("required", "");
  return h(
    "div",
    { class: `field ${options.class ?? ""}`.trim(), "data-field": options.path },
    h(
      "label",
      { for: id },
      options.label,
      options.required ? h("span", { class: "required" }, " (Pflichtfeld)") : null,
    ),
    options.hint ? h("p", { class: "hint", id: hintId }, options.hint) : null,
    control,
    options.after,
  );
}

export const input = (attrs: Attrs = {}) => h("input", { type: "text", ...attrs });
export const textarea = (attrs: Attrs = {}, value = "") => {
  const el = h("textarea", { rows: 4, ...attrs });
  el.value = value;
  return el;
};

export function select(options: readonly (readonly [string, string])[], value = "", attrs: Attrs = {}) {
  const el = h(
    "select",
    attrs,
    options.map(([v, text]) => h("option", { value: v }, text)),
  );
  el.value = value;
  return el;
}

/** Checkboxes in a fieldset; `values()` reads the checked ones. */
export function checkboxGroup(options: {
  legend: string;
  path: string;
  choices: readonly (readonly [string, string])[];
  checked?: readonly string[];
  hint?: string;
  required?: boolean;
  class?: string;
}) {
  const hintId = options.hint ? uid("hint") : undefined;
  const boxes = options.choices.map(([value, text]) => {
    const box = h("input", { type: "checkbox", value, id: uid("c") });
    box.checked = options.checked?.includes(value) ?? false;
    return h("label", { class: "check" }, box, " ", text);
  });
  const el = h(
    "fieldset",
    {
      class: `field fieldset ${options.class ?? ""}`.trim(),
      "data-field": options.path,
      "aria-describedby": hintId,
    },
    h(
      "legend",
      {},
      options.legend,
      options.required ? h("span", { class: "required" }, " (Pflichtfeld)") : null,
    ),
    options.hint ? h("p", { class: "hint", id: hintId }, options.hint) : null,
    h("div", { class: "checks" }, boxes),
  );
  const values = () =>
    [...el.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")].map((box) => box.value);
  if (options.required) setFieldCheck(el, () => values().length > 0);
  return { el, values };
}

/** The trimmed value, or undefined when empty (optional fields are left out of the body). */
export const optional = (control: Control) => control.value.trim() || undefined;

/** A number input as a number, undefined when empty; invalid text stays text so the API names it. */
export function optionalNumber(control: HTMLInputElement): number | string | undefined {
  const raw = control.value.trim();
  if (!raw) return undefined;
  const n = Number(raw.replace(",", "."));
  return Number.isFinite(n) ? n : raw;
}
