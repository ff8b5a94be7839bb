import { api, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import { confirmAction } from "../../ui/dialog.ts";
import { announce, busy, errorBox } from "../../ui/status.ts";
import type { Referral } from "../../core/types.ts";
import { declineNote } from "../referrals/decide.ts";
import { coachHandoff } from "../referrals/handoff.ts";
import { noteList, ownNote } from "../referrals/notes.ts";
import { statusBadge } from "../referrals/status-badge.ts";
import { answererOf, isOffer, kindOf, titleOf } from "../referrals/view.ts";

/**
 * The coach's view of referrals to places and offers: what and whose, candidate, status with its
 * date and the reason of a refusal; the notes the partner reads and the own note it never reads;
 * whom to call once accepted; withdraw while open.
 */
function withdrawButton(r: Referral, onChange: () => void) {
  const button = h(
    "button",
    { type: "button", class: "button button--small button--secondary" },
    "Zurückziehen",
  );
  const status = h("div", { role: "status" });
  button.addEventListener("click", () => {
    // The click cannot wait: errors are shown inside, so nothing is left unhandled.
    void (async () => {
      const ok = await confirmAction(
        "Vorschlag zurückziehen?",
        h(
          "p",
          {},
          `Der Vorschlag für „${titleOf(r)}“ wird zurückgezogen.${r.status !== "accepted" ? "" : isOffer(r) ? " Die bestätigte Teilnahme entfällt." : " Der belegte Platz wird wieder frei."}`,
        ),
        "Zurückziehen",
      );
      if (!ok) return;
      await busy(button, "Wird zurückgezogen …", async () => {
        try {
          await api.post(`/referrals/${encodeURIComponent(r.id)}/withdraw`);
          announce("Vorschlag zurückgezogen.");
          onChange();
        } catch (error) {
          replace(status, errorBox(toProblem(error)));
        }
      });
    })();
  });
  return [button, status];
}

/** `level`: h2 on a page of its own, h3 under a "Vorschläge" section. */
export function coachReferralList(
  referrals: Referral[],
  references: Map<string, string>,
  onChange: () => void,
  level: "h2" | "h3" = "h3",
): HTMLElement {
  if (!referrals.length) return h("p", { class: "empty" }, "Noch keine Vorschläge.");
  return h(
    "ul",
    { class: "list" },
    referrals.map((r) => {
      const last = r.history.at(-1);
      const who = r.candidateId
        ? (references.get(r.candidateId) ?? "gelöschte Kandidat:in")
        : "gelöschte Kandidat:in";
      return h(
        "li",
        { class: "list__item", "data-id": r.id },
        h(
          "div",
          { class: "list__main" },
          h(level, { class: "h3" }, titleOf(r)),
          h("p", {}, `${kindOf(r)}${r.itemOrgName ? ` · ${r.itemOrgName}` : ""}`),
          h("p", { class: "muted" }, `Kandidat:in ${who} · vorgeschlagen am ${date(r.createdAt)}`),
          noteList(r, `Ihre Hinweise an den ${answererOf(r)}`),
          ownNote(r),
          declineNote(r),
          coachHandoff(r),
        ),
        h(
          "div",
          { class: "list__side" },
          statusBadge(r.status),
          last && r.status !== "proposed" ? h("span", { class: "muted" }, ` seit ${date(last.at)}`) : null,
        ),
        r.status === "proposed" || r.status === "accepted"
          ? h("div", { class: "list__actions" }, withdrawButton(r, onChange))
          : null,
      );
    }),
  );
}
