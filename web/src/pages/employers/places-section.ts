import { allPages, api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date, seats } from "../../core/format.ts";
import { REFERRAL_LABELS } from "../../core/labels.ts";
import { loadMe } from "../../core/me.ts";
import type { MentoringPlace } from "../../core/types.ts";
import { announce, busy, errorBox, focusHeading, loading } from "../../ui/status.ts";
import { statusBadge } from "../listings/listing-actions.ts";
import { askDeclineReason, confirmAccept } from "../referrals/decide.ts";
import { incomingItem } from "../referrals/incoming-item.ts";
import type { PartnerReferral } from "../referrals/view.ts";
import { decisionLinkButton } from "./decision-link.ts";
import { type Employer, employerPath } from "./model.ts";

/**
 * Mentoring places the organisation offers on behalf of this employer (`onBehalfOf`), and the
 * referrals they receive: the adviser accepts or declines after checking with the company.
 */
type PlaceOnBehalf = MentoringPlace & { onBehalfOf?: string };

export function placesSection(employer: Employer, signal: AbortSignal): HTMLElement {
  const employerId = employer.id;
  const content = h("div", {}, loading());
  const status = h("div", { role: "status" });

  async function decide(r: PartnerReferral, action: "accept" | "decline", button: HTMLButtonElement) {
    const reason = action === "decline" ? await askDeclineReason(r) : undefined;
    const asked = action === "decline" ? reason !== undefined : await confirmAccept(r, "Annehmen", true);
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

  function actions(r: PartnerReferral): HTMLElement[] {
    if (r.status !== "proposed") return [];
    const answers = (["accept", "decline"] as const).map((action) => {
      const button = h(
        "button",
        { type: "button", class: `button button--small ${action === "accept" ? "" : "button--secondary"}` },
        action === "accept" ? "Annehmen" : "Ablehnen",
      );
      button.setAttribute("aria-describedby", `ref-${r.id}`);
      button.addEventListener("click", () => void decide(r, action, button));
      return button;
    });
    return [...answers, decisionLinkButton(r, employer)];
  }

  function placeItem(p: PlaceOnBehalf, referrals: PartnerReferral[]): HTMLElement {
    const headingId = `place-${p.id}`;
    return h(
      "li",
      { class: "list__item", "data-id": p.id },
      h(
        "div",
        { class: "list__main" },
        h("h3", { class: "h3", id: headingId }, p.title),
        h("p", { class: "seats" }, `Plätze: ${seats(p.capacity, p.acceptedCount)}`),
        h(
          "p",
          { class: "muted" },
          `${p.location.postalCode} ${p.location.place} · ab ${date(p.availableFrom)}`,
        ),
        h("h4", {}, "Vorschläge"),
        referrals.length
          ? h(
              "ul",
              { class: "list" },
              referrals.map((r) => incomingItem({ referral: r, seats: "", actions: actions(r) })),
            )
          : h("p", { class: "empty" }, "Noch keine Vorschläge für diesen Platz."),
      ),
      h("div", { class: "list__side" }, statusBadge(p.status)),
      h(
        "div",
        { class: "list__actions" },
        h(
          "a",
          {
            class: "button button--small button--secondary",
            href: `${employerPath(employerId)}/plaetze/${encodeURIComponent(p.id)}`,
            "aria-describedby": headingId,
          },
          "Bearbeiten",
        ),
      ),
    );
  }

  async function load() {
    try {
      // The organisation's own places kept for this employer (its coaches list them with ?org=),
      // and every referral to them at once (?onBehalfOf=).
      const me = await loadMe();
      const [places, referrals] = await Promise.all([
        allPages<PlaceOnBehalf>("/mentoring-places", {
          query: { org: me?.org, onBehalfOf: employer.id },
          signal,
        }),
        allPages<PartnerReferral>("/referrals", { query: { onBehalfOf: employer.id }, signal }),
      ]);
      const order = (r: PartnerReferral) => (r.status === "proposed" ? 0 : 1);
      const sorted = referrals.sort((a, b) => order(a) - order(b) || b.createdAt.localeCompare(a.createdAt));
      replace(
        content,
        places.length
          ? h(
              "ul",
              { class: "list", "aria-label": "Plätze für diesen Arbeitgeber" },
              places.map((p) =>
                placeItem(
                  p,
                  sorted.filter((r) => r.placeId === p.id),
                ),
              ),
            )
          : h("p", { class: "empty" }, "Noch keine Mentoringplätze für diesen Arbeitgeber."),
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
  return h(
    "section",
    { "aria-labelledby": "places-heading" },
    h("h2", { id: "places-heading" }, "Mentoringplätze für diesen Arbeitgeber"),
    h(
      "p",
      {},
      "Plätze, die Ihre Organisation für den Arbeitgeber anbietet, wenn er kein eigenes Konto hat. Vorschläge dafür gehen an Sie; Sie antworten nach Rücksprache mit dem Unternehmen.",
    ),
    h(
      "div",
      { class: "toolbar" },
      h(
        "a",
        { class: "button button--secondary", href: `${employerPath(employerId)}/plaetze/neu` },
        "Neuen Mentoringplatz anlegen",
      ),
    ),
    status,
    content,
  );
}
