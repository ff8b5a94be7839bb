import { h } from "../../core/dom.ts";
import { GERMAN_LEVELS } from "../../core/labels.ts";
import { occupationTitle } from "../../core/occupations.ts";
import type { Candidate } from "../../core/types.ts";
import { field, input, optional, select } from "../../ui/field.ts";
import { languageField } from "../../ui/language-field.ts";
import { occupationCombobox } from "../../ui/occupation-combobox.ts";
import { postalField } from "../../ui/postal-field.ts";

/** The candidate profile a coach searches with (and may save as a candidate). */
export interface Profile {
  occupation: string;
  location: { postalCode: string };
  radiusKm: number;
  germanLevel?: string;
  languages: string[];
  availableFrom?: string;
  recognition?: { status: string };
}

const RECOGNITION_LABELS: [string, string][] = [
  ["", "keine Angabe"],
  ["none", "Noch kein Antrag"],
  ["pending", "Verfahren läuft"],
  ["partial", "Teilweise gleichwertig / Ausgleichsmaßnahme erforderlich"],
  ["full", "Voll anerkannt"],
];

export function searchForm(onSubmit: (profile: Profile) => void) {
  const occupation = occupationCombobox();
  const postal = postalField();
  const radius = h("input", { type: "range", min: 10, max: 300, step: 5, value: 50 });
  const radiusOut = h("output", { class: "range__value" }, "50 km");
  const showRadius = () => {
    radiusOut.textContent = `${radius.value} km`;
    radius.setAttribute("aria-valuetext", `${radius.value} Kilometer`);
  };
  radius.addEventListener("input", showRadius);
  showRadius();
  const level = select([["", "keine Angabe"], ...GERMAN_LEVELS.map((l) => [l, l] as const)]);
  const languages = languageField({
    legend: "Sprachen",
    exclude: ["de"],
    hint: "Sprachen, die die Person spricht (außer Deutsch).",
  });
  const from = input({ type: "date" });
  const recognition = select(RECOGNITION_LABELS);
  const submit = h("button", { type: "submit", class: "button" }, "Passende Angebote suchen");

  const form = h(
    "form",
    {
      class: "form search-form",
      novalidate: true,
      "aria-label": "Profil der Kandidat:in",
    },
    h(
      "div",
      { class: "grid" },
      field(
        {
          // It takes a KldB 2010 Berufsgattung, not a named Referenzberuf of the recognition procedure.
          label: "Berufsgattung (KldB 2010)",
          path: "occupation",
          hint: "Beruf, Berufsbezeichnung oder KldB-Code; Tippfehler sind erlaubt.",
          required: true,
          class: "span-2",
        },
        occupation.el,
      ),
      postal.el,
      field(
        { label: "Umkreis", path: "radiusKm", hint: "10 bis 300 km", after: radiusOut, class: "range" },
        radius,
      ),
      field({ label: "Deutschniveau", path: "germanLevel" }, level),
      field({ label: "Verfügbar ab", path: "availableFrom" }, from),
      field({ label: "Anerkennung", path: "recognition.status" }, recognition),
    ),
    languages.el,
    h("div", { class: "actions" }, submit),
  );

  const profile = (): Profile => ({
    occupation: occupation.value(),
    location: { postalCode: postal.value() },
    radiusKm: Number(radius.value),
    germanLevel: optional(level),
    languages: languages.values(),
    availableFrom: optional(from),
    ...(recognition.value ? { recognition: { status: recognition.value } } : {}),
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // A typed occupation that was not picked is resolved first ("Gemeint: …"); text that names
    // no occupation is told at the field ("Kein Beruf gefunden …") and not searched.
    void occupation.resolve().then((code) => {
      if (code !== undefined) onSubmit(profile());
    });
  });

  /** Fills the form from a saved candidate. */
  async function fill(c: Candidate) {
    postal.input.value = c.location.postalCode;
    postal.input.dispatchEvent(new Event("input"));
    radius.value = String(Math.min(300, Math.max(10, c.radiusKm)));
    showRadius();
    level.value = c.germanLevel ?? "";
    from.value = c.availableFrom ?? "";
    recognition.value = c.recognition?.status ?? "";
    for (const box of languages.el.querySelectorAll<HTMLInputElement>("input[type=checkbox]"))
      box.checked = c.languages.includes(box.value);
    languages.el.dispatchEvent(new Event("change"));
    occupation.set(c.occupation, await occupationTitle(c.occupation));
  }

  /** Sets the radius (e.g. the one-click "Umkreis erweitern") and searches again. */
  function searchWithRadius(km: number) {
    radius.value = String(km);
    showRadius();
    form.requestSubmit();
  }

  /** Searches again with another occupation (a suggestion of an empty result). */
  async function searchWithOccupation(code: string) {
    occupation.set(code, await occupationTitle(code));
    form.requestSubmit();
  }

  return { form, submit, profile, fill, searchWithRadius, searchWithOccupation, location: postal.location };
}
