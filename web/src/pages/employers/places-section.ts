import { allPages, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date, seats } from "../../core/format.ts";
import { loadMe } from "../../core/me.ts";
import type { MentoringPlace } from "../../core/types.ts";
import { errorBox, loading } from "../../ui/status.ts";
import { statusBadge } from "../listings/listing-actions.ts";
import { incomingItem } from "../referrals/incoming-item.ts";
import type { PartnerReferral } from "../referrals/view.ts";
import { type Employer, employerPath } from "./model.ts";
import { type Answering, answerActions } from "./on-behalf-answers.ts";

/**
 * Mentoring places the organisation offers on behalf of this employer (`onBehalfOf`), and the
 * referrals they receive: the adviser answers after checking with the company, or sends it the
 * decision link (on-behalf-answers.ts).
 */
type PlaceOnBehalf = MentoringPlace & { onBehalfOf?: string };

export function placesSection(employer: Employer, signal: AbortSignal): HTMLElement {
  const employerId = employer.id;
  const content = h("div", {}, loading());

  const answering: Answering = {
    employer,
    reload: () => load(),
    cardOf: (id) => content.querySelector(`[data-id="${CSS.escape(id)}"] .list__main`),
  };

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
              referrals.map((r) =>
                incomingItem({
                  referral: r,
                  seats: "",
                  actions: answerActions(answering, r, p),
                  level: "h5",
                }),
              ),
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
    content,
  );
}
