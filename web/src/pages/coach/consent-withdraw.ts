import type { ConsentScope } from "../../../../shared/schemas/consent.ts";
import { api } from "../../core/api.ts";
import { h } from "../../core/dom.ts";
import type { Candidate } from "../../core/types.ts";
import { confirmAction } from "../../ui/dialog.ts";
import { CONSENT_LABELS, WITHDRAWAL_EFFECTS } from "./consent-labels.ts";

/**
 * "Widerrufen" for one scope in force: asks first, saying what the withdrawal does (for `store`:
 * the candidate is erased), then withdraws it as of today with the candidate's version.
 */
export function withdrawButton(
  c: Candidate,
  scope: ConsentScope,
  on: { onWithdrawn(): Promise<void>; onErased(): void; onError(error: unknown): void },
): HTMLButtonElement {
  const button = h(
    "button",
    {
      type: "button",
      class: "button button--small button--secondary",
      "aria-label": `${CONSENT_LABELS[scope]} widerrufen`,
    },
    "Widerrufen",
  );
  button.addEventListener("click", () => {
    void (async () => {
      try {
        const erases = scope === "store";
        const ok = await confirmAction(
          erases
            ? `Widerruf: Kandidat:in ${c.reference} wird gelöscht`
            : `${CONSENT_LABELS[scope]} widerrufen?`,
          h("p", {}, WITHDRAWAL_EFFECTS[scope]),
          erases ? "Widerrufen und löschen" : "Widerrufen",
        );
        if (!ok) return;
        await api.delete(`/candidates/${encodeURIComponent(c.id)}/consents/${scope}`, { version: c.version });
        if (erases) on.onErased();
        else await on.onWithdrawn();
      } catch (error) {
        on.onError(error);
      }
    })();
  });
  return button;
}
