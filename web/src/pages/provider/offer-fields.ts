import { h } from "../../core/dom.ts";
import { loadMe } from "../../core/me.ts";
import { STATE_ENTRIES } from "../../../../shared/schemas/states.ts";
import { FORMAT_LABELS, FUNDING_LABELS, GERMAN_LEVELS, OFFER_KIND_LABELS } from "../../core/labels.ts";
import type { QualificationOffer } from "../../core/types.ts";
import { checkboxGroup, field, input, optional, optionalNumber, select, textarea } from "../../ui/field.ts";
import { languageField } from "../../ui/language-field.ts";
import { occupationList } from "../../ui/occupation-list.ts";
import { postalField } from "../../ui/postal-field.ts";
import { topicsFor } from "../../core/topics.ts";
import { offerModules } from "./offer-modules.ts";
import { checkboxField, contactFields, germanLevelField, group } from "../listings/listing-fields.ts";

/** The fields of a qualification offer and the request body they make. */
export function offerFields(o?: QualificationOffer) {
  const title = input({ value: o?.title, maxlength: 200 });
  const description = textarea({ maxlength: 5000 }, o?.description ?? "");
  const providerName = input({ value: o?.provider.name, autocomplete: "organization" });
  // A new offer names the own organisation as provider (its description, not the slug).
  if (!o)
    void loadMe().then((me) => {
      if (me?.orgName && !providerName.value) providerName.value = me.orgName;
    });
  const providerUrl = input({
    type: "url",
    value: o?.provider.url,
    placeholder: "https://",
    spellcheck: "false",
  });
  const occupations = occupationList(o?.occupations);
  const kind = select(Object.entries(OFFER_KIND_LABELS), o?.kind ?? "adaptation-course");
  const format = select(Object.entries(FORMAT_LABELS), o?.format ?? "in-person");
  const postal = postalField({
    value: o?.location?.postalCode,
    required: false,
    label: "Postleitzahl des Kursortes",
    hint: "Pflicht außer bei Online-Angeboten; Ort und Kreis erscheinen darunter.",
  });
  const start = input({ type: "date", value: o?.start });
  const end = input({ type: "date", value: o?.end });
  const rolling = checkboxField("rolling", "Laufender Einstieg möglich", o?.rolling);
  const fullTime = checkboxField("fullTime", "Vollzeit", o?.fullTime);
  const weeks = input({ inputmode: "numeric", value: o?.durationWeeks });
  const german = germanLevelField(o?.germanLevel);
  const target = select(
    [["", "keins (kein Sprachkurs)"], ...GERMAN_LEVELS.map((l) => [l, l] as const)],
    o?.targetGermanLevel ?? "",
  );
  const validIn = checkboxGroup({
    legend: "Führt zur Anerkennung nur in",
    path: "validIn",
    choices: STATE_ENTRIES,
    checked: o?.validIn,
    hint: "Nur bei Landesrecht ankreuzen (z. B. Erzieher:in nach dem Sächsischen Bildungsplan); leer = in allen Ländern.",
  });
  const languages = languageField({
    legend: "Unterrichts- und Unterstützungssprachen",
    checked: o?.languages,
  });
  const funding = checkboxGroup({
    legend: "Förderung",
    path: "funding",
    choices: Object.entries(FUNDING_LABELS),
    checked: o?.funding,
  });
  const cost = input({ inputmode: "decimal", value: o?.costEur?.toString().replace(".", ",") });
  const seats = input({ inputmode: "numeric", value: o?.seats });
  const contact = contactFields(o?.contact);
  // Topics are suggested from the Berufsgruppe of the offer's first occupation.
  const modules = offerModules(o?.modules, () => topicsFor(occupations.values()[0]));

  const fields = [
    group(
      "Beschreibung",
      field({ label: "Titel", path: "title", required: true, class: "span-2" }, title),
      field(
        { label: "Beschreibung", path: "description", hint: "Inhalte, Ablauf, Abschluss.", class: "span-2" },
        description,
      ),
      field({ label: "Bildungsträger", path: "provider.name", required: true }, providerName),
      field({ label: "Website", path: "provider.url", hint: "Mit https://" }, providerUrl),
      h("div", { class: "span-2" }, occupations.el),
      field({ label: "Art", path: "kind", required: true }, kind),
      field({ label: "Format", path: "format", required: true }, format),
    ),
    group(
      "Ort und Zeitraum",
      postal.el,
      h("div", { class: "field-pair" }, rolling.el, fullTime.el),
      field({ label: "Beginn", path: "start" }, start),
      field({ label: "Ende", path: "end" }, end),
      field({ label: "Dauer in Wochen", path: "durationWeeks" }, weeks),
      field({ label: "Plätze", path: "seats" }, seats),
    ),
    group(
      "Anforderungen und Förderung",
      german.el,
      field(
        {
          label: "Zielniveau Deutsch",
          path: "targetGermanLevel",
          hint: "Bei Sprachkursen: das Niveau am Ende.",
        },
        target,
      ),
      field(
        { label: "Kosten in Euro", path: "costEur", hint: "Leer lassen, wenn kostenfrei oder gefördert." },
        cost,
      ),
      h("div", { class: "span-2" }, languages.el),
      h("div", { class: "span-2" }, funding.el),
      h("div", { class: "span-2" }, validIn.el),
    ),
    modules.el,
    contact.el,
  ];
  const body = () => ({
    title: title.value.trim(),
    description: description.value.trim(),
    provider: { name: providerName.value.trim(), url: optional(providerUrl) },
    occupations: occupations.values(),
    kind: kind.value,
    format: format.value,
    location: postal.value() ? { postalCode: postal.value() } : undefined,
    start: optional(start),
    end: optional(end),
    rolling: rolling.value(),
    fullTime: fullTime.value(),
    durationWeeks: optionalNumber(weeks),
    germanLevel: german.value(),
    targetGermanLevel: optional(target),
    validIn: validIn.values().length ? validIn.values() : undefined,
    languages: languages.values(),
    funding: funding.values(),
    costEur: optionalNumber(cost),
    seats: optionalNumber(seats),
    contact: contact.value(),
    modules: modules.values(),
  });
  return { fields, body };
}
