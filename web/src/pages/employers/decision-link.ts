import { api, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import { confirmAction } from "../../ui/dialog.ts";
import { announce, busy, errorBox } from "../../ui/status.ts";
import type { PartnerReferral } from "../referrals/view.ts";
import type { Employer } from "./model.ts";

/**
 * "Link an das Unternehmen senden": the company's contact decides on a proposal to its place
 * through a signed link in a mail (valid 14 days, single use, no account). Needs a contact with
 * an e-mail address; the answer says until when the link is valid.
 */
export function decisionLinkButton(r: PartnerReferral, employer: Employer): HTMLElement {
  const email = employer.contact?.email;
  if (!email)
    return h(
      "p",
      { class: "hint" },
      "Einen Entscheidungslink per E-Mail können Sie senden, sobald beim Arbeitgeber eine Ansprechperson mit E-Mail-Adresse gespeichert ist.",
    );
  const button = h(
    "button",
    { type: "button", class: "button button--small button--secondary", "aria-describedby": `ref-${r.id}` },
    "Link an das Unternehmen senden",
  );
  const status = h("div", { role: "status" });
  button.addEventListener("click", () => {
    void (async () => {
      const sure = await confirmAction(
        "Link an das Unternehmen senden?",
        h(
          "p",
          {},
          `${employer.contact?.name ?? "Die Ansprechperson"} (${email}) erhält eine E-Mail mit einem Link. Dort sieht sie das pseudonyme Profil und Ihre Hinweise und sagt zu oder ab – ohne Konto, einmal, 14 Tage lang. Sie können weiterhin selbst antworten.`,
        ),
        "Link senden",
        "commit",
      );
      if (!sure) return;
      await busy(button, "Wird gesendet …", async () => {
        try {
          const sent = await api.post<{ expiresAt: string }>(
            `/referrals/${encodeURIComponent(r.id)}/decision-link`,
          );
          const text = `Link an ${email} gesendet, gültig bis ${date(sent.expiresAt)}.`;
          replace(status, h("p", {}, text));
          announce(text);
        } catch (error) {
          replace(status, errorBox(toProblem(error)));
        }
      });
    })();
  });
  return h("div", { class: "decision-link" }, button, status);
}
