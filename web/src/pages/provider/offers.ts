import { h } from "../../core/dom.ts";
import { date, seats } from "../../core/format.ts";
import { FORMAT_LABELS, label, OFFER_KIND_LABELS } from "../../core/labels.ts";
import { counted } from "../../core/plural.ts";
import type { QualificationOffer } from "../../core/types.ts";
import { listingFormPage } from "../listings/listing-form-page.ts";
import { listingListPage } from "../listings/listing-list.ts";
import { offerFields } from "./offer-fields.ts";

/** The provider's qualification offers: list, create, edit. */
const editPath = (id: string) => `/traeger/angebote/${encodeURIComponent(id)}`;

// Confirmed enrolments, once the API counts them (acceptedCount); before that just the seats.
const seatsOf = (o: QualificationOffer, total: number) => {
  const taken = (o as { acceptedCount?: number }).acceptedCount;
  return taken === undefined ? counted(total, "seatNominative") : `Plätze: ${seats(total, taken)}`;
};

const when = (o: QualificationOffer) =>
  o.rolling ? "laufender Einstieg" : o.start ? `ab ${date(o.start)}` : "Termin auf Anfrage";

export const offersPage = listingListPage<QualificationOffer>({
  base: "/qualification-offers",
  title: "Ihre Qualifizierungsangebote",
  lead: "Entwürfe sieht nur Ihre Organisation. Veröffentlichte Angebote erscheinen in den Suchergebnissen der Beratung.",
  newPath: "/traeger/angebote/neu",
  newLabel: "Neues Angebot anlegen",
  editPath,
  facts: (o) => [
    h("p", {}, `${label(OFFER_KIND_LABELS, o.kind)} · ${label(FORMAT_LABELS, o.format)} · ${when(o)}`),
    h(
      "p",
      { class: "muted" },
      `${o.location ? `${o.location.postalCode} ${o.location.place}` : "online"} · KldB ${o.occupations.join(", ")}${o.seats ? ` · ${seatsOf(o, o.seats)}` : ""}`,
    ),
  ],
});

export const offerFormPage = listingFormPage<QualificationOffer>({
  base: "/qualification-offers",
  listPath: "/traeger/angebote",
  noun: "Qualifizierungsangebot",
  newTitle: "Neues Qualifizierungsangebot",
  build: offerFields,
});
