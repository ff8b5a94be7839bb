import { h, uid } from "../../core/dom.ts";
import { noteLabel } from "../../core/labels.ts";
import type { Referral } from "../../core/types.ts";
import type { ReferralView } from "./view.ts";

/**
 * The notes of a proposal in their German labels: what the employer or provider reads about the
 * candidate beyond the pseudonymous profile (shared/vocabulary/referral-notes.ts). `title` says whose
 * words they are on this side ("Hinweise der Beratung", "Ihre Hinweise").
 */
export function noteList(r: ReferralView, title: string): HTMLElement | null {
  if (!r.notes?.length) return null;
  const id = uid("notes");
  return h(
    "div",
    { class: "notes" },
    h("p", { class: "notes__title", id }, title),
    h(
      "ul",
      { class: "chips", "aria-labelledby": id },
      r.notes.map((code) => h("li", { class: "chip chip--note" }, noteLabel(code))),
    ),
  );
}

/** The coach's own note, marked as theirs: the partner never reads it. */
export const ownNote = (r: Referral): HTMLElement | null =>
  r.message
    ? h(
        "p",
        { class: "quote" },
        h("span", { class: "own-note__label" }, "Eigene Notiz (nur für Ihre Organisation sichtbar): "),
        r.message,
      )
    : null;
