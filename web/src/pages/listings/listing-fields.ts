import { type Child, h } from "../../core/dom.ts";
import { GERMAN_LEVELS } from "../../core/labels.ts";
import { loadMe } from "../../core/me.ts";
import { field, input, optional, select } from "../../ui/field.ts";

/** Field groups both offers and places use: a titled fieldset, contact person, German level. */
export const group = (legend: string, ...children: Child[]) =>
  h("fieldset", { class: "group" }, h("legend", {}, legend), h("div", { class: "grid" }, ...children));

/**
 * The contact person. A new item starts with the signed-in person's work contact from "Mein
 * Konto" (GET /me), filled in when it arrives unless the user has typed something already.
 */
export function contactFields(contact?: { name: string; email: string; phone?: string }) {
  const name = input({ autocomplete: "name", value: contact?.name });
  const email = input({
    type: "email",
    autocomplete: "email",
    value: contact?.email,
    spellcheck: "false",
  });
  const phone = input({ type: "tel", autocomplete: "tel", value: contact?.phone });
  if (!contact)
    void loadMe().then((me) => {
      for (const [control, value] of [
        [name, me?.name],
        [email, me?.email],
        [phone, me?.phone],
      ] as const)
        if (value && !control.value) control.value = value;
    });
  return {
    el: group(
      "Ansprechperson",
      field({ label: "Name", path: "contact.name", required: true }, name),
      field({ label: "E-Mail", path: "contact.email", required: true }, email),
      field({ label: "Telefon", path: "contact.phone" }, phone),
    ),
    value: () => ({ name: name.value.trim(), email: email.value.trim(), phone: optional(phone) }),
  };
}

export function germanLevelField(value?: string) {
  const control = select(
    [["", "keine Anforderung"], ...GERMAN_LEVELS.map((l) => [l, l] as const)],
    value ?? "",
  );
  return {
    el: field({ label: "Deutsch mindestens", path: "germanLevel" }, control),
    value: () => optional(control),
  };
}

/** A single checkbox as a field (e.g. "Laufender Einstieg"), so its errors have a place too. */
export function checkboxField(path: string, text: string, checked = false) {
  const box = h("input", { type: "checkbox", checked });
  return {
    el: h("div", { class: "field", "data-field": path }, h("label", { class: "check" }, box, " ", text)),
    value: () => box.checked,
  };
}
