import { h } from "../../core/dom.ts";
import { date, seats } from "../../core/format.ts";
import { label, PLACE_KIND_LABELS } from "../../core/labels.ts";
import type { MentoringPlace } from "../../core/types.ts";
import { listingFormPage } from "../listings/listing-form-page.ts";
import { listingListPage } from "../listings/listing-list.ts";
import { placeFields } from "./place-fields.ts";

/** The employer's mentoring places: list with seats taken and free, create, edit. */
const editPath = (id: string) => `/betrieb/plaetze/${encodeURIComponent(id)}`;

export const placesPage = listingListPage<MentoringPlace>({
  base: "/mentoring-places",
  title: "Ihre Mentoringplätze",
  lead: "Entwürfe sieht nur Ihre Organisation. Veröffentlichte Plätze finden Beratungsstellen in ihrer Suche; vorgeschlagene Kandidat:innen sehen Sie unter „Eingegangene Vorschläge“.",
  newPath: "/betrieb/plaetze/neu",
  newLabel: "Neuen Mentoringplatz anlegen",
  editPath,
  facts: (p) => [
    h("p", { class: "seats" }, `Plätze: ${seats(p.capacity, p.acceptedCount)}`),
    h(
      "p",
      { class: "muted" },
      `${p.location.postalCode} ${p.location.place} · ab ${date(p.availableFrom)}${p.availableUntil ? ` bis ${date(p.availableUntil)}` : ""} · ${p.kinds.map((k) => label(PLACE_KIND_LABELS, k)).join(", ")} · KldB ${p.occupations.join(", ")}`,
    ),
  ],
});

export const placeFormPage = listingFormPage<MentoringPlace>({
  base: "/mentoring-places",
  listPath: "/betrieb/plaetze",
  noun: "Mentoringplatz",
  newTitle: "Neuer Mentoringplatz",
  build: placeFields,
});
