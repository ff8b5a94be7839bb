import { h } from "../../core/dom.ts";
import type { OccupationHit } from "../../core/types.ts";
import { field, input } from "../../ui/field.ts";
import { occupationCombobox } from "../../ui/occupation-combobox.ts";

/**
 * The Referenzberuf of the procedure: a named occupation of the KldB file (Berufsbenennung, e.g.
 * "Gesundheits- und Krankenpfleger/in", id 81302-129), as the Bescheid names it — not the
 * Berufsgattung the matching uses. Searched by name; its id fills the Kennung field, which the
 * coach may also type.
 */
type NamedHit = OccupationHit & { namedOccupation?: { code: string; title: string } };

export function referenceOccupationField(
  value: { code: string; title?: string } | undefined,
  onChange: () => void,
) {
  let title = value?.title;
  const code = input({
    value: value?.code,
    inputmode: "numeric",
    maxlength: 9,
    spellcheck: "false",
    autocomplete: "off",
    class: "input--short",
  });
  const search = occupationCombobox((hit: NamedHit) => {
    const named = hit.namedOccupation?.code;
    title = hit.namedOccupation?.title ?? hit.matched ?? hit.title;
    code.value = named ?? `${hit.code}-`;
    search.input.value = title;
    if (!named) code.focus();
    onChange();
  });
  if (value?.title) search.input.value = value.title;
  search.input.addEventListener("input", () => (title = undefined));
  code.addEventListener("change", onChange);

  const el = h(
    "div",
    { class: "span-2 grid" },
    field(
      {
        label: "Referenzberuf",
        path: "recognition.referenceOccupation.title",
        hint: "Wie im Bescheid, z. B. Gesundheits- und Krankenpfleger/in.",
      },
      search.el,
    ),
    field(
      {
        label: "Kennung des Referenzberufs",
        path: "recognition.referenceOccupation.code",
        hint: "Berufsbenennung der KldB, z. B. 81302-129; wird bei der Auswahl eingetragen.",
      },
      code,
    ),
  );
  const typedTitle = () => title ?? (search.input.value.trim() || undefined);
  return {
    el,
    /** The Berufsgattung for the body's lookup and the topic suggestions (81302 of 81302-129). */
    occupation: () => /^\d{5}/.exec(code.value.trim())?.[0],
    value: () => (code.value.trim() ? { code: code.value.trim(), title: typedTitle() } : undefined),
  };
}
