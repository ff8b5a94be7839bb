import { allPages, api, toProblem } from "../../core/api.ts";
import { h, replace, uid } from "../../core/dom.ts";
import type { Candidate, Referral } from "../../core/types.ts";
import { NOTE_CODES, NOTE_LABELS } from "../../core/labels.ts";
import { checkboxGroup, field, select, textarea } from "../../ui/field.ts";
import { MAX_MESSAGE_LENGTH } from "../../../../shared/vocabulary/referral-notes.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { modal } from "../../ui/dialog.ts";
import { busy, errorBox, loading } from "../../ui/status.ts";
import { candidateFit, fitWarning, preselect } from "./candidate-fit.ts";
import { activeConsent, shareProfileHint } from "./consent-labels.ts";
import { type ProposeTarget, targetWords } from "./propose-target.ts";

/**
 * Propose a saved candidate to a mentoring place or a qualification offer: pick the candidate, tick
 * the notes the employer or provider should read, add an own note if wanted, send. Only a candidate whose Berufsgruppe the item serves is preselected (the one
 * just saved, or the only one with the searched occupation); otherwise the coach chooses, and a
 * candidate from another Berufsgruppe is flagged before sending. The employer or provider sees
 * only the pseudonymous profile and the ticked notes until they accept; the own note never.
 */
export interface Proposal {
  referral: Referral;
  reference: string;
}

export interface ProposeContext {
  /** The candidate just saved or opened. */
  preferred?: Candidate;
  /** The occupation searched for (KldB code). */
  occupation?: string;
}

export function proposeDialog(
  target: ProposeTarget,
  context: ProposeContext = {},
): Promise<Proposal | undefined> {
  const item = target.item;
  const words = targetWords(target);
  return new Promise((resolve) => {
    const formId = uid("propose");
    const body = h("div", {}, h("p", {}, words.line), loading("Kandidat:innen werden geladen …"));
    const send = h(
      "button",
      { type: "submit", class: "button", form: formId, disabled: true },
      "Vorschlag senden",
    );
    const { dialog, close } = modal("Kandidat:in vorschlagen", body, [send]);
    let created: Proposal | undefined;
    dialog.addEventListener("close", () => resolve(created));

    void allPages<Candidate>("/candidates")
      .then((items) => {
        if (!items.length) {
          replace(
            body,
            h(
              "p",
              {},
              "Noch keine Kandidat:innen gespeichert. Speichern Sie das Profil zuerst als Kandidat:in, dann können Sie vorschlagen.",
            ),
          );
          return;
        }
        // Candidates the item serves first, so the fitting ones are at hand.
        const sorted = [...items].sort(
          (a, b) => Number(candidateFit(b, item)) - Number(candidateFit(a, item)),
        );
        const options = [
          ["", "Bitte wählen"] as const,
          ...sorted.map(
            (c) =>
              [
                c.id,
                `${c.reference} – ${c.occupation}, ${c.location.place}${candidateFit(c, item) ? "" : " (andere Berufsgruppe)"}`,
              ] as const,
          ),
        ];
        const candidate = select(options, preselect(items, item, context)?.id ?? "");
        const warning = h("div", { class: "fit-warning", role: "status" });
        const showFit = () => {
          const chosen = items.find((c) => c.id === candidate.value);
          const text = chosen ? fitWarning(chosen, item, words.this) : undefined;
          replace(
            warning,
            text ? h("p", { class: "alert alert--warn" }, text) : null,
            chosen ? shareProfileHint(chosen, close) : null,
          );
        };
        candidate.addEventListener("change", showFit);
        showFit();
        const notes = checkboxGroup({
          legend: `Hinweise ${words.toWhom}`,
          path: "notes",
          choices: NOTE_CODES.map((code) => [code, NOTE_LABELS[code]] as const),
          hint: `Optional. ${words.who} liest nur diese Hinweise und das pseudonyme Profil; Kontaktdaten erhalten beide Seiten nach der Zusage.`,
        });
        const message = textarea({ maxlength: MAX_MESSAGE_LENGTH, rows: 3 });
        const summary = h("div", { class: "form-summary" });
        const form = h(
          "form",
          { id: formId, class: "form", novalidate: true },
          summary,
          h("p", {}, words.line),
          field(
            {
              label: "Kandidat:in",
              path: "candidateId",
              required: true,
              hint: `Vorausgewählt ist nur, wer zu den Berufen ${words.of} passt.`,
              after: warning,
            },
            candidate,
          ),
          notes.el,
          field(
            {
              label: "Eigene Notiz – nur für Ihre Organisation sichtbar",
              path: "message",
              hint: `Optional, höchstens ${MAX_MESSAGE_LENGTH} Zeichen. ${words.who} bekommt sie nie zu sehen. Kandidat:innen sind hier pseudonym: bitte keine Namen, Kontakt- oder Gesundheitsdaten.`,
            },
            message,
          ),
        );
        form.addEventListener("submit", (event) => {
          event.preventDefault();
          void busy(send, "Wird gesendet …", async () => {
            clearErrors(form);
            const chosen = items.find((c) => c.id === candidate.value);
            const errors = !chosen
              ? [{ path: "candidateId", message: "Bitte wählen Sie eine Kandidat:in." }]
              : activeConsent(chosen, "share-profile")
                ? []
                : [{ path: "candidateId", message: "Ohne Einwilligung „Profil teilen“ nicht möglich." }];
            if (errors.length) {
              showErrors([form], summary, { title: "Noch nicht gesendet", status: 0, errors });
              return;
            }
            try {
              const referral = await api.post<Referral>("/referrals", {
                candidateId: candidate.value,
                [words.field]: item.id,
                notes: notes.values(),
                message: message.value.trim() || undefined,
              });
              created = { referral, reference: chosen?.reference ?? "" };
              close();
            } catch (error) {
              showErrors([form], summary, toProblem(error));
            }
          });
        });
        replace(body, form);
        send.disabled = false;
        candidate.focus();
      })
      .catch((error: unknown) => replace(body, errorBox(toProblem(error))));
  });
}
