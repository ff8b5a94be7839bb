import { h } from "../../core/dom.ts";
import { contactList } from "./contact.ts";
import type { Referral } from "../../core/types.ts";
import { answererOf, type PartnerReferral } from "./view.ts";

/**
 * The hand-off (PRODUCT.md "From match to outcome"): once a referral is accepted, each side learns
 * whom to call; before that, neither sees the other's people, and the page says when they will.
 */
function block(title: string, ...body: Node[]) {
  return h("div", { class: "handoff" }, h("p", { class: "handoff__title" }, title), ...body);
}

/** The coach's side: the contact of the place or offer. */
export function coachHandoff(r: Referral): HTMLElement | null {
  const who = answererOf(r);
  if (r.status === "proposed")
    return h("p", { class: "muted" }, `Den Kontakt beim ${who} erhalten Sie nach der Zusage.`);
  if (r.status !== "accepted") return null;
  return block(
    `Ansprechperson${r.itemOrgName ? ` bei ${r.itemOrgName}` : ""}`,
    contactList(r.handoff?.contact, `Der ${who} hat keinen Kontakt angegeben.`),
    // Passung holds no contact of the candidate: the coach passes it on, only with the consent.
    h(
      "p",
      { class: "handoff__consent" },
      r.handoff?.contactSharingAllowed
        ? `Die Person hat eingewilligt: Sie dürfen ihre Kontaktdaten an den ${who} weitergeben.`
        : `Keine Einwilligung „Kontakt weitergeben“: Geben Sie die Kontaktdaten der Person nicht an den ${who} weiter; er meldet sich über Sie.`,
    ),
  );
}

/** The employer's or provider's side: the referring organisation and the coach's work contact. */
export function receiverHandoff(r: PartnerReferral): HTMLElement | null {
  if (r.status === "proposed")
    return h(
      "p",
      { class: "muted" },
      "Den Namen der Beratungsstelle und den Kontakt der Beratung erhalten Sie nach der Zusage.",
    );
  if (r.status !== "accepted") return null;
  const org = r.handoff?.orgName;
  return block(
    org ? `Vorgeschlagen von ${org}` : "Vorgeschlagen von einer Beratungsstelle",
    contactList(
      r.handoff?.coach,
      "Die Beratung hat noch keine Kontaktdaten hinterlegt; sie meldet sich bei Ihnen.",
    ),
  );
}
