import { api, toProblem } from "../../core/api.ts";
import { h } from "../../core/dom.ts";
import { REFERRAL_LABELS } from "../../core/labels.ts";
import type { MentoringPlace } from "../../core/types.ts";
import { busy, errorBox } from "../../ui/status.ts";
import { askDeclineReason, confirmAccept, fullNotice } from "../referrals/decide.ts";
import type { PartnerReferral } from "../referrals/view.ts";
import { decisionLinkButton } from "./decision-link.ts";
import { type Employer, employerPath } from "./model.ts";

/**
 * The adviser's answers to a proposal for a place kept on the employer's behalf, as the employer's
 * own page gives them: accept (warned first when the place is full), decline with a reason, or
 * send the company the decision link. The answer appears at the card, focused, after `reload`.
 */
export interface Answering {
  employer: Employer;
  reload(): Promise<void>;
  /** The card's main part, found again after the reload. */
  cardOf(referralId: string): Element | null;
}

function showAt(card: Element | null, box: HTMLElement) {
  if (!card) return;
  card.append(box);
  box.tabIndex = -1;
  box.focus();
}

async function decide(
  a: Answering,
  r: PartnerReferral,
  place: MentoringPlace | undefined,
  action: "accept" | "decline",
  button: HTMLButtonElement,
) {
  const edit = `${employerPath(a.employer.id)}/plaetze/${encodeURIComponent(r.placeId ?? "")}`;
  if (action === "accept" && place && place.acceptedCount >= place.capacity) return fullNotice(r, edit);
  const reason = action === "decline" ? await askDeclineReason(r) : undefined;
  const asked = action === "decline" ? reason !== undefined : await confirmAccept(r, "Annehmen", true);
  if (!asked) return;
  let box: HTMLElement | undefined;
  await busy(button, "Wird gespeichert …", async () => {
    try {
      const path = `/referrals/${encodeURIComponent(r.id)}/${action}`;
      const next = await api.post<PartnerReferral>(path, reason ? { reason } : undefined);
      const text = `Vorschlag ${REFERRAL_LABELS[next.status].toLowerCase()}.`;
      box = h("p", { class: "alert alert--success", role: "status" }, text);
    } catch (error) {
      box = errorBox(toProblem(error));
    }
  });
  // Seats and status as they are now (after a 409: the company answered through its link).
  await a.reload();
  if (box) showAt(a.cardOf(r.id), box);
}

export function answerActions(
  a: Answering,
  r: PartnerReferral,
  place: MentoringPlace | undefined,
): HTMLElement[] {
  if (r.status !== "proposed") return [];
  const answers = (["accept", "decline"] as const).map((action) => {
    const button = h(
      "button",
      {
        type: "button",
        class: `button button--small ${action === "accept" ? "" : "button--secondary"}`,
        "aria-describedby": `ref-${r.id}`,
      },
      action === "accept" ? "Annehmen" : "Ablehnen",
    );
    button.addEventListener("click", () => void decide(a, r, place, action, button));
    return button;
  });
  return [...answers, decisionLinkButton(r, a.employer)];
}
