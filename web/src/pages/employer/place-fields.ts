import { h } from "../../core/dom.ts";
import { PLACE_KIND_LABELS } from "../../core/labels.ts";
import type { MentoringPlace } from "../../core/types.ts";
import { checkboxGroup, field, input, optional, optionalNumber, textarea } from "../../ui/field.ts";
import { languageField } from "../../ui/language-field.ts";
import { occupationList } from "../../ui/occupation-list.ts";
import { postalField } from "../../ui/postal-field.ts";
import { contactFields, germanLevelField, group } from "../listings/listing-fields.ts";

/** The fields of a mentoring place and the request body they make. */
export function placeFields(p?: MentoringPlace) {
  const title = input({ value: p?.title, maxlength: 200 });
  const description = textarea({ maxlength: 5000 }, p?.description ?? "");
  const occupations = occupationList(p?.occupations);
  const postal = postalField({ value: p?.location.postalCode, label: "Postleitzahl des Einsatzortes" });
  const capacity = input({ inputmode: "numeric", value: p?.capacity ?? 1 });
  const from = input({ type: "date", value: p?.availableFrom });
  const until = input({ type: "date", value: p?.availableUntil });
  const hours = input({ inputmode: "decimal", value: p?.hoursPerWeek?.toString().replace(".", ",") });
  const kinds = checkboxGroup({
    legend: "Art des Platzes",
    path: "kinds",
    choices: Object.entries(PLACE_KIND_LABELS),
    checked: p?.kinds,
    required: true,
  });
  const german = germanLevelField(p?.germanLevel);
  const languages = languageField({
    legend: "Sprachen im Betrieb",
    checked: p?.languages,
    hint: "Sprachen, die Mentor:in oder Team sprechen.",
  });
  const contact = contactFields(p?.contact);

  const fields = [
    group(
      "Beschreibung",
      field({ label: "Titel", path: "title", required: true, class: "span-2" }, title),
      field(
        {
          label: "Beschreibung",
          path: "description",
          hint: "Aufgaben, Betreuung, was die Person lernt.",
          class: "span-2",
        },
        description,
      ),
      h("div", { class: "span-2" }, occupations.el),
      h("div", { class: "span-2" }, kinds.el),
    ),
    group(
      "Ort, Zeitraum und Plätze",
      postal.el,
      field({ label: "Anzahl Plätze", path: "capacity", required: true }, capacity),
      field({ label: "Verfügbar ab", path: "availableFrom", required: true }, from),
      field({ label: "Verfügbar bis", path: "availableUntil" }, until),
      field({ label: "Stunden pro Woche", path: "hoursPerWeek", hint: "1 bis 60" }, hours),
    ),
    group("Anforderungen", german.el, h("div", { class: "span-2" }, languages.el)),
    contact.el,
  ];
  const body = () => ({
    title: title.value.trim(),
    description: description.value.trim(),
    occupations: occupations.values(),
    location: { postalCode: postal.value() },
    capacity: optionalNumber(capacity),
    availableFrom: optional(from),
    availableUntil: optional(until),
    hoursPerWeek: optionalNumber(hours),
    kinds: kinds.values(),
    germanLevel: german.value(),
    languages: languages.values(),
    contact: contact.value(),
  });
  return { fields, body };
}
