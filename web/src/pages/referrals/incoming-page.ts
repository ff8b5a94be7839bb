import { allPages, api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { seats } from "../../core/format.ts";
import { REFERRAL_LABELS } from "../../core/labels.ts";
import type { RouteContext } from "../../core/router.ts";
import type { MentoringPlace, QualificationOffer } from "../../core/types.ts";
import { announce, busy, errorBox, focusHeading, loading } from "../../ui/status.ts";
import { askDeclineReason, confirmAccept } from "./decide.ts";
import { incomingItem } from "./incoming-item.ts";
import type { PartnerReferral } from "./view.ts";

/**
 * Candidates proposed to the organisation's own places (employer) or offers (provider), as
 * pseudonymous profiles: accept after a confirmation, or decline with a reason.
 */
interface Side<T extends { id: string }> {
  heading: string;
  lead: string;
  listings: string;
  acceptLabel: string;
  listingOf(r: PartnerReferral): string | undefined;
  /** The seats as text, "" when the listing counts none. */
  seats(listing: T | undefined): string;
  takesSeat(listing: T | undefined): boolean;
}

export const PLACE_SIDE: Side<MentoringPlace> = {
  heading: "Eingegangene Vorschläge",
  lead: "Beratungsstellen schlagen Kandidat:innen für Ihre Plätze vor. Sie sehen ein pseudonymes Profil und die Hinweise der Beratung aus einer festen Liste; den Namen der Beratungsstelle und den Kontakt der Beratung erhalten Sie nach der Zusage.",
  listings: "/mentoring-places",
  acceptLabel: "Annehmen",
  listingOf: (r) => r.placeId,
  seats: (p) => (p ? `Plätze: ${seats(p.capacity, p.acceptedCount)}` : ""),
  takesSeat: () => true,
};

// The offer's taken seats, once the API counts them (acceptedCount); otherwise just the seats.
const offerTaken = (o: QualificationOffer) => (o as { acceptedCount?: number }).acceptedCount;

export const OFFER_SIDE: Side<QualificationOffer> = {
  heading: "Vorschläge für Ihre Angebote",
  lead: "Beratungsstellen schlagen Kandidat:innen für Ihre Qualifizierungsangebote vor. Sie sehen ein pseudonymes Profil und die Hinweise der Beratung aus einer festen Liste; den Namen der Beratungsstelle und den Kontakt der Beratung erhalten Sie, sobald Sie die Teilnahme bestätigen.",
  listings: "/qualification-offers",
  acceptLabel: "Teilnahme bestätigen",
  listingOf: (r) => r.offerId,
  seats: (o) =>
    o?.seats === undefined
      ? ""
      : `Plätze: ${offerTaken(o) === undefined ? o.seats : seats(o.seats, offerTaken(o) ?? 0)}`,
  takesSeat: (o) => o?.seats !== undefined,
};

export function incomingReferralsPage<T extends { id: string }>(side: Side<T>) {
  return ({ main, signal }: RouteContext): void => {
    const content = h("div", {}, loading());
    const status = h("div", { role: "status" });
    main.append(h("h1", {}, side.heading), h("p", { class: "lead" }, side.lead), status, content);

    /** Asks first (the dialog), then saves; the button is busy only while the answer is sent. */
    async function decide(
      r: PartnerReferral,
      listing: T | undefined,
      action: "accept" | "decline",
      button: HTMLButtonElement,
    ) {
      const reason = action === "decline" ? await askDeclineReason(r) : undefined;
      const asked =
        action === "decline"
          ? reason !== undefined
          : await confirmAccept(r, side.acceptLabel, side.takesSeat(listing));
      if (!asked) return;
      await busy(button, "Wird gespeichert …", async () => {
        try {
          const path = `/referrals/${encodeURIComponent(r.id)}/${action}`;
          const next = await api.post<PartnerReferral>(path, reason ? { reason } : undefined);
          await load();
          focusHeading(`ref-${r.id}`);
          announce(`Vorschlag ${REFERRAL_LABELS[next.status].toLowerCase()}.`);
        } catch (error) {
          replace(status, errorBox(toProblem(error)));
        }
      });
    }

    function actions(r: PartnerReferral, listing: T | undefined) {
      if (r.status !== "proposed") return [];
      return (["accept", "decline"] as const).map((action) => {
        const button = h(
          "button",
          { type: "button", class: `button button--small ${action === "accept" ? "" : "button--secondary"}` },
          action === "accept" ? side.acceptLabel : "Ablehnen",
        );
        button.setAttribute("aria-describedby", `ref-${r.id}`);
        button.addEventListener("click", () => void decide(r, listing, action, button));
        return button;
      });
    }

    async function load() {
      try {
        const [referrals, listings] = await Promise.all([
          allPages<PartnerReferral>("/referrals", { signal }),
          allPages<T>(side.listings, { signal }),
        ]);
        const byId = new Map(listings.map((l) => [l.id, l]));
        const order = (r: PartnerReferral) => (r.status === "proposed" ? 0 : 1);
        // An admin receives both kinds: each page shows its own.
        const sorted = referrals
          .filter((r) => side.listingOf(r) !== undefined)
          .sort((a, b) => order(a) - order(b) || b.createdAt.localeCompare(a.createdAt));
        const item = (r: PartnerReferral) => {
          const listing = byId.get(side.listingOf(r) ?? "");
          return incomingItem({ referral: r, seats: side.seats(listing), actions: actions(r, listing) });
        };
        replace(
          content,
          sorted.length
            ? h("ul", { class: "list" }, sorted.map(item))
            : h("p", { class: "empty" }, "Noch keine Vorschläge eingegangen."),
        );
      } catch (error) {
        if (!isAbort(error))
          replace(
            content,
            errorBox(toProblem(error), () => void load()),
          );
      }
    }
    void load();
  };
}
