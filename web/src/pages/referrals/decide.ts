import { h, uid } from "../../core/dom.ts";
import { confirmAction, modal } from "../../ui/dialog.ts";
import { field, select } from "../../ui/field.ts";
import { showErrors } from "../../ui/form-errors.ts";
import { type DeclineReason, isOffer, titleOf, type ReferralView } from "./view.ts";

/** Accepting and declining, each after a question in a dialog: both bind the other side. */
export const DECLINE_LABELS: Record<DeclineReason, string> = {
  "no-capacity": "Keine freien Plätze",
  "requirements-not-met": "Voraussetzungen nicht erfüllt",
  "not-reachable": "Nicht erreichbar",
  other: "Anderer Grund",
};

/** "Grund der Absage: …" under a declined referral, for both sides. */
export const declineNote = (r: ReferralView) =>
  r.status === "declined" && r.declineReason
    ? h("p", {}, `Grund der Absage: ${DECLINE_LABELS[r.declineReason]}`)
    : null;

/** Accept: a seat is taken and both sides get each other's contact. */
export function confirmAccept(r: ReferralView, acceptLabel: string, takesSeat: boolean): Promise<boolean> {
  const item = isOffer(r) ? "beim Angebot" : "beim Platz";
  return confirmAction(
    `${acceptLabel}?`,
    [
      h(
        "p",
        {},
        `Sie nehmen den Vorschlag für „${titleOf(r)}“ an${takesSeat ? "; dafür wird ein Platz belegt" : ""}.`,
      ),
      h(
        "p",
        {},
        `Danach sehen Sie den Namen der Beratungsstelle und den Kontakt der Beratung, und die Beratung sieht die Ansprechperson, die Sie ${item} angegeben haben.`,
      ),
    ],
    acceptLabel,
    "commit",
  );
}

/**
 * Accepting when every seat is taken: the API would refuse (409), so the dialog says so before
 * anything is sent, and where to make room. Resolves when closed.
 */
export function fullNotice(r: ReferralView, editHref: string): Promise<void> {
  return new Promise((resolve) => {
    const what = isOffer(r) ? "des Angebots" : "des Mentoringplatzes";
    const edit = h("a", { href: editHref }, `in den Angaben ${what}`);
    const { dialog, close } = modal(
      "Annehmen nicht möglich",
      h(
        "div",
        {},
        h("p", { class: "alert alert--warn" }, "Alle Plätze sind belegt – Annehmen ist nicht möglich."),
        h(
          "p",
          {},
          `Für „${titleOf(r)}“ ist kein Platz mehr frei. Erhöhen Sie die Zahl der Plätze `,
          edit,
          " oder lehnen Sie den Vorschlag ab.",
        ),
      ),
      [],
      "Schließen",
    );
    // The link leads to another page: the dialog closes first.
    edit.addEventListener("click", close);
    dialog.addEventListener("close", () => resolve());
  });
}

/** Decline: asks for the reason from the list; resolves it, or undefined when cancelled. */
export function askDeclineReason(r: ReferralView): Promise<DeclineReason | undefined> {
  return new Promise((resolve) => {
    const formId = uid("decline");
    const reason = select([["", "Bitte wählen"], ...Object.entries(DECLINE_LABELS)], "");
    const summary = h("div", { class: "form-summary" });
    const form = h(
      "form",
      { id: formId, class: "form", novalidate: true },
      summary,
      h(
        "p",
        {},
        `Der Vorschlag für „${titleOf(r)}“ wird abgelehnt. Die Beratung sieht die Absage und den Grund.`,
      ),
      field({ label: "Grund", path: "reason", required: true }, reason),
    );
    const ok = h("button", { type: "submit", class: "button button--danger", form: formId }, "Ablehnen");
    const { dialog, close } = modal("Vorschlag ablehnen?", form, [ok]);
    let chosen: DeclineReason | undefined;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!reason.value) {
        showErrors([form], summary, {
          title: "Noch nicht abgelehnt",
          status: 0,
          errors: [{ path: "reason", message: "Bitte wählen Sie einen Grund." }],
        });
        return;
      }
      chosen = reason.value as DeclineReason;
      close();
    });
    dialog.addEventListener("close", () => resolve(chosen));
    reason.focus();
  });
}
