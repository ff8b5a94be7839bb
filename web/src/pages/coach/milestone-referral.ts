import { api } from "../../core/api.ts";
import { h } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import type { Page, Referral } from "../../core/types.ts";
import { field, select } from "../../ui/field.ts";
import { titleOf as referralTitle } from "../referrals/view.ts";

/**
 * Which accepted referral a mentoring or qualification milestone belongs to: a mentoring
 * milestone names a referral to a place (mentoring.completed gives its seat back), a
 * qualification milestone one to an offer (IQ-funded offers count for the targets). Only
 * accepted referrals can be chosen; with exactly one it is preselected.
 */
const KIND_OF_TYPE: Record<string, "place" | "offer"> = {
  "mentoring.started": "place",
  "mentoring.completed": "place",
  "qualification.started": "offer",
  "qualification.completed": "offer",
  "qualification.dropped": "offer",
};

export function milestoneReferral(candidateId: string, signal: AbortSignal) {
  const control = select([["", "Keine Vermittlung zuordnen"]], "", { name: "referralId" });
  const el = field(
    {
      label: "Angenommene Vermittlung",
      path: "referralId",
      hint: "Beim Abschluss eines Mentorings wird der Platz dieser Vermittlung wieder frei.",
    },
    control,
  );
  let all: Referral[] = [];
  let accepted: Referral[] = [];
  // A failed read leaves the choice empty: the milestone is recorded without a referral.
  const loaded = api.get<Page<Referral>>("/referrals", { query: { candidateId, limit: 100 }, signal }).then(
    (page) => {
      all = page.items;
      accepted = all.filter((r) => r.status === "accepted");
    },
    () => undefined,
  );

  /** Shows the control for `type` with that kind's accepted referrals. */
  const showFor = async (type: string) => {
    await loaded;
    const kind = KIND_OF_TYPE[type];
    el.hidden = kind === undefined;
    const fitting = accepted.filter((r) => (kind === "offer" ? r.offerId : r.placeId) !== undefined);
    const none = fitting.length ? "Keine Vermittlung zuordnen" : "Keine angenommene Vermittlung";
    control.replaceChildren(
      h("option", { value: "" }, none),
      ...fitting.map((r) =>
        h(
          "option",
          { value: r.id },
          `„${referralTitle(r)}“${r.itemOrgName ? ` (${r.itemOrgName})` : ""}, vorgeschlagen am ${date(r.createdAt)}`,
        ),
      ),
    );
    control.value = fitting.length === 1 && fitting[0] ? fitting[0].id : "";
  };

  /** The chosen referral for the body, or nothing. */
  const value = () => (el.hidden || !control.value ? {} : { referralId: control.value });
  /** The title of the candidate's referral `id` (for the list of milestones), once loaded. */
  const titleOf = (id: string) => {
    const found = all.find((r) => r.id === id);
    return found ? referralTitle(found) : undefined;
  };
  return { el, showFor, value, titleOf, ready: loaded };
}
