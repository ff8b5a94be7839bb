import { h } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import { languageList } from "../../core/labels.ts";
import { occupationText } from "../../core/occupations.ts";
import { statusBadge } from "./status-badge.ts";
import { declineNote } from "./decide.ts";
import { receiverHandoff } from "./handoff.ts";
import { noteList } from "./notes.ts";
import { type PartnerReferral, titleOf } from "./view.ts";

/**
 * One incoming referral as the employer or provider sees it: the pseudonymous profile, the
 * coach's notes (fixed labels, never free text), the seats, the answer given and — once accepted — whom to call.
 */
export interface IncomingItem {
  referral: PartnerReferral;
  /** "Plätze: 1 von 2 belegt · 1 frei", or "" when the listing counts no seats. */
  seats: string;
  actions: HTMLElement[];
  /** h2 on a page of referrals; deeper where the referral sits under its place (h5 under an h4). */
  level?: "h2" | "h5";
}

export function incomingItem({ referral: r, seats, actions, level = "h2" }: IncomingItem): HTMLElement {
  const p = r.profile;
  const facts: [string, Node | string][] = [
    ["Beruf", occupationText(p.occupation)],
    ["Deutsch", p.germanLevel ?? "keine Angabe"],
    ["Sprachen", languageList(p.languages) || "keine Angabe"],
    ["Verfügbar ab", date(p.availableFrom) || "keine Angabe"],
    ["Wohnort (Kreis)", p.district.name],
  ];
  return h(
    "li",
    { class: "list__item", "data-id": r.id },
    h(
      "div",
      { class: "list__main" },
      h(level, { class: "h3", id: `ref-${r.id}` }, `Vorschlag für „${titleOf(r)}“`),
      h("p", { class: "seats" }, seats),
      h(
        "dl",
        { class: "facts" },
        facts.map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v))),
      ),
      noteList(r, "Hinweise der Beratung"),
      h("p", { class: "muted" }, `Eingegangen am ${date(r.createdAt)}`),
      declineNote(r),
      receiverHandoff(r),
    ),
    h("div", { class: "list__side" }, statusBadge(r.status)),
    actions.length ? h("div", { class: "list__actions" }, actions) : null,
  );
}
