import { h } from "../../core/dom.ts";
import type { Candidate } from "../../core/types.ts";
import type { ConsentScope } from "../../../../shared/schemas/consent.ts";

/** The scopes as the coach's pages name them, in the order the notice lists them. */
export const CONSENT_LABELS: Record<ConsentScope, string> = {
  store: "Speichern des Profils",
  "share-profile": "Profil teilen (Vorschläge an Betriebe und Bildungsträger)",
  "share-contact-after-acceptance": "Kontakt nach einer Zusage weitergeben",
  "esf-data": "ESF-Plus-Daten",
};

/** What withdrawing a scope does, said before the coach confirms. */
export const WITHDRAWAL_EFFECTS: Record<ConsentScope, string> = {
  store:
    "Die Kandidat:in wird mit allen Daten endgültig gelöscht: Profil, Plan, Meilensteine und die personenbezogenen Daten aller Vorschläge. Das lässt sich nicht rückgängig machen.",
  "share-profile":
    "Offene Vorschläge werden zurückgezogen, belegte Plätze wieder frei; Betriebe und Bildungsträger erfahren nur, dass der Vorschlag zurückgezogen wurde. Neue Vorschläge sind erst nach einer neuen Einwilligung möglich.",
  "share-contact-after-acceptance":
    "Sie dürfen den Kontakt der Person nach einer Zusage nicht mehr weitergeben.",
  "esf-data": "Die gespeicherten ESF-Plus-Daten werden gelöscht.",
};

/** The candidate's consent for `scope` that is in force, if any. */
export const activeConsent = (c: Candidate, scope: ConsentScope) =>
  c.consents.find((x) => x.scope === scope && !x.withdrawn);

/**
 * In the propose dialog: without `share-profile` the profile may not reach a partner. Says so and
 * leads to the consent section of the candidate's page (`onFollow` closes the dialog first).
 */
export function shareProfileHint(c: Candidate, onFollow: () => void): HTMLElement | null {
  if (activeConsent(c, "share-profile")) return null;
  const link = h(
    "a",
    { href: `/beratung/kandidaten/${encodeURIComponent(c.id)}#einwilligung` },
    "Einwilligung auf der Seite der Kandidat:in erfassen",
  );
  link.addEventListener("click", onFollow);
  return h(
    "div",
    { class: "alert alert--warn" },
    h(
      "p",
      {},
      `Für ${c.reference} liegt keine Einwilligung „Profil teilen“ vor. Ohne sie darf das Profil keinem Betrieb und keinem Bildungsträger gezeigt werden.`,
    ),
    h("p", {}, link),
  );
}
