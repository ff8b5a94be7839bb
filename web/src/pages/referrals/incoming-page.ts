import { allPages, api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { seats } from "../../core/format.ts";
import { REFERRAL_LABELS } from "../../core/labels.ts";
import type { RouteContext } from "../../core/router.ts";
import type { MentoringPlace, QualificationOffer } from "../../core/types.ts";
import { busy, errorBox, loading } from "../../ui/status.ts";
import { askDeclineReason, confirmAccept, fullNotice } from "./decide.ts";
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
  /** Whether accepting can take a seat now (unknown listing: the API decides). */
  hasFreeSeat(listing: T | undefined): boolean;
  /** The page where the listing's seats are changed. */
  editPath(listingId: string): string;
}

export const PLACE_SIDE: Side<MentoringPlace> = {
  heading: "Eingegangene Vorschläge",
  lead: "Beratungsstellen schlagen Kandidat:innen für Ihre Plätze vor. Sie sehen ein pseudonymes Profil und die Hinweise der Beratung aus einer festen Liste; den Namen der Beratungsstelle und den Kontakt der Beratung erhalten Sie nach der Zusage.",
  listings: "/mentoring-places",
  acceptLabel: "Annehmen",
  listingOf: (r) => r.placeId,
  seats: (p) => (p ? `Plätze: ${seats(p.capacity, p.acceptedCount)}` : ""),
  takesSeat: () => true,
  hasFreeSeat: (p) => !p || p.acceptedCount < p.capacity,
  editPath: (id) => `/betrieb/plaetze/${encodeURIComponent(id)}`,
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
  hasFreeSeat: (o) => o?.seats === undefined || (offerTaken(o) ?? 0) < o.seats,
  editPath: (id) => `/traeger/angebote/${encodeURIComponent(id)}`,
};

export function incomingReferralsPage<T extends { id: string }>(side: Side<T>) {
  return ({ main, signal }: RouteContext): void => {
    const content = h("div", {}, loading());
    main.append(h("h1", {}, side.heading), h("p", { class: "lead" }, side.lead), content);

    /**
     * The answer at the card it concerns (a 409 as much as a success), focused: on a phone the
     * top of the page is out of view. Kept across the reload that follows, then shown once.
     */
    let outcome: { id: string; box: HTMLElement } | undefined;
    function showOutcome() {
      const card = outcome && content.querySelector(`[data-id="${CSS.escape(outcome.id)}"] .list__main`);
      if (!outcome || !card) return;
      const { box } = outcome;
      outcome = undefined;
      card.append(box);
      box.tabIndex = -1;
      box.focus();
    }

    /** Asks first (the dialog), then saves; the button is busy only while the answer is sent. */
    async function decide(
      r: PartnerReferral,
      listing: T | undefined,
      action: "accept" | "decline",
      button: HTMLButtonElement,
    ) {
      if (action === "accept" && !side.hasFreeSeat(listing))
        return fullNotice(r, side.editPath(side.listingOf(r) ?? ""));
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
          const text = `Vorschlag ${REFERRAL_LABELS[next.status].toLowerCase()}.`;
          outcome = { id: r.id, box: h("p", { class: "alert alert--success", role: "status" }, text) };
        } catch (error) {
          outcome = { id: r.id, box: errorBox(toProblem(error)) };
        }
      });
      // Seats and status as they are now (after a 409: another answer took the last seat).
      await load();
      showOutcome();
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
