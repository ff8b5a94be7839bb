import { h } from "../../core/dom.ts";
import { EMPLOYER_SIZE_LABELS, WZ_SECTION_LABELS } from "../../../../shared/domain/employer-labels.ts";
import { sectorText } from "../../core/employer-labels.ts";
import { field, input, optional, select } from "../../ui/field.ts";
import { postalField } from "../../ui/postal-field.ts";
import { group } from "../listings/listing-fields.ts";
import type { Employer } from "./model.ts";

/**
 * The fields of an employer record and the request body they make. The contact person is
 * optional; once any of it is filled in, the date of their consent is asked for (the API names
 * `contact.consentDate` when it is missing).
 */
export function employerFields(e?: Employer) {
  const name = input({ value: e?.name, maxlength: 200, autocomplete: "organization" });
  const sector = select(
    [
      ["", "Bitte wählen"],
      ...Object.keys(WZ_SECTION_LABELS).map((code) => [code, sectorText(code)] as const),
    ],
    e?.sector ?? "",
  );
  const size = select([["", "Bitte wählen"], ...Object.entries(EMPLOYER_SIZE_LABELS)], e?.size ?? "");
  const postal = postalField({
    value: e?.postalCode,
    path: "postalCode",
    label: "Postleitzahl des Standorts",
    hint: "Fünf Ziffern; der Kreis für die Statistik ergibt sich daraus.",
  });
  const org = input({ value: e?.org, maxlength: 64, spellcheck: "false" });
  const contactName = input({ value: e?.contact?.name, autocomplete: "off" });
  const email = input({ type: "email", value: e?.contact?.email, spellcheck: "false", autocomplete: "off" });
  const phone = input({ type: "tel", value: e?.contact?.phone, autocomplete: "off" });
  const consentDate = input({ type: "date", value: e?.contact?.consentDate });

  const fields = [
    group(
      "Arbeitgeber",
      field({ label: "Name des Arbeitgebers", path: "name", required: true, class: "span-2" }, name),
      field(
        {
          label: "Wirtschaftszweig",
          path: "sector",
          required: true,
          hint: "Abschnitt der Klassifikation der Wirtschaftszweige (WZ 2008).",
          class: "span-2",
        },
        sector,
      ),
      field(
        {
          label: "Größe (Beschäftigte)",
          path: "size",
          required: true,
          hint: "Zahl der Beschäftigten, nach der KMU-Definition der EU: Kleinst-, kleine und mittlere Unternehmen (unter 250 Beschäftigte) zählen als KMU.",
          class: "span-2",
        },
        size,
      ),
      postal.el,
      field(
        {
          label: "Eigene Passung-Organisation (Kürzel)",
          path: "org",
          hint: "Nur wenn der Arbeitgeber selbst ein Konto in Passung hat.",
        },
        org,
      ),
    ),
    group(
      "Ansprechperson im Unternehmen",
      h(
        "p",
        { class: "hint span-2" },
        "Freiwillig. Speichern Sie eine Ansprechperson nur mit ihrer Einwilligung und tragen Sie das Datum der Einwilligung ein.",
      ),
      field({ label: "Name der Ansprechperson", path: "contact.name" }, contactName),
      field({ label: "Einwilligung erteilt am", path: "contact.consentDate" }, consentDate),
      field({ label: "E-Mail der Ansprechperson", path: "contact.email" }, email),
      field({ label: "Telefon der Ansprechperson", path: "contact.phone" }, phone),
    ),
  ];

  function contact() {
    const values = [contactName, email, phone, consentDate].map(optional);
    if (values.every((v) => v === undefined)) return undefined;
    return {
      name: contactName.value.trim(),
      ...(optional(email) ? { email: optional(email) } : {}),
      ...(optional(phone) ? { phone: optional(phone) } : {}),
      consentDate: optional(consentDate),
    };
  }

  // An edit that empties the contact or the organisation removes it (null); a new record leaves it out.
  const removed = (had: unknown) => (had === undefined ? undefined : null);
  const body = () => ({
    name: name.value.trim(),
    sector: optional(sector),
    size: optional(size),
    postalCode: postal.value(),
    org: optional(org) ?? removed(e?.org),
    contact: contact() ?? removed(e?.contact),
  });
  return { fields, body };
}
