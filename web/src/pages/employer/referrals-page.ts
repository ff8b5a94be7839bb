import { allPages, api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date, seats } from "../../core/format.ts";
import { languageList, REFERRAL_LABELS } from "../../core/labels.ts";
import { occupationText } from "../../core/occupations.ts";
import type { RouteContext } from "../../core/router.ts";
import type { MentoringPlace, Referral } from "../../core/types.ts";
import { confirmAction } from "../../ui/dialog.ts";
import { announce, busy, errorBox, focusHeading, loading } from "../../ui/status.ts";
import { statusBadge } from "../coach/referral-list.ts";

/** Candidates proposed to the employer's places, as pseudonymous profiles: accept or decline. */
export function employerReferralsPage({ main, signal }: RouteContext): void {
  const content = h("div", {}, loading());
  const status = h("div", { role: "status" });
  main.append(
    h("h1", {}, "Eingegangene Vorschläge"),
    h(
      "p",
      { class: "lead" },
      "Beratungsstellen schlagen Kandidat:innen für Ihre Plätze vor. Sie sehen ein pseudonymes Profil; Kontakt und Namen erhalten Sie nach der Zusage über die Beratung.",
    ),
    status,
    content,
  );

  function decide(r: Referral, action: "accept" | "decline", button: HTMLButtonElement) {
    return busy(button, "Wird gespeichert …", async () => {
      if (
        action === "decline" &&
        !(await confirmAction(
          "Vorschlag ablehnen?",
          h("p", {}, `Der Vorschlag für „${r.placeTitle}“ wird abgelehnt. Die Beratung sieht die Absage.`),
          "Ablehnen",
        ))
      )
        return;
      try {
        const next = await api.post<Referral>(`/referrals/${encodeURIComponent(r.id)}/${action}`);
        await load();
        focusHeading(`ref-${r.id}`);
        announce(`Vorschlag ${REFERRAL_LABELS[next.status].toLowerCase()}.`);
      } catch (error) {
        replace(status, errorBox(toProblem(error)));
      }
    });
  }

  function item(r: Referral, place: MentoringPlace | undefined) {
    const p = r.profile;
    const facts: [string, Node | string][] = [
      ["Beruf", occupationText(p.occupation)],
      ["Deutsch", p.germanLevel ?? "keine Angabe"],
      ["Sprachen", languageList(p.languages) || "keine Angabe"],
      ["Verfügbar ab", date(p.availableFrom) || "keine Angabe"],
      ["Wohnort (Kreis)", p.district.name],
    ];
    const actions =
      r.status === "proposed"
        ? (["accept", "decline"] as const).map((action) => {
            const button = h(
              "button",
              {
                type: "button",
                class: `button button--small ${action === "accept" ? "" : "button--secondary"}`,
              },
              action === "accept" ? "Annehmen" : "Ablehnen",
            );
            button.setAttribute("aria-describedby", `ref-${r.id}`);
            button.addEventListener("click", () => void decide(r, action, button));
            return button;
          })
        : [];
    return h(
      "li",
      { class: "list__item", "data-id": r.id },
      h(
        "div",
        { class: "list__main" },
        h("h2", { class: "h3", id: `ref-${r.id}` }, `Vorschlag für „${r.placeTitle}“`),
        h("p", { class: "seats" }, place ? `Plätze: ${seats(place.capacity, place.acceptedCount)}` : ""),
        h(
          "dl",
          { class: "facts" },
          facts.map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v))),
        ),
        r.message
          ? h(
              "p",
              { class: "quote" },
              h("span", { class: "visually-hidden" }, "Nachricht der Beratung: "),
              r.message,
            )
          : null,
        h("p", { class: "muted" }, `Eingegangen am ${date(r.createdAt)}`),
      ),
      h("div", { class: "list__side" }, statusBadge(r.status)),
      actions.length ? h("div", { class: "list__actions" }, actions) : null,
    );
  }

  async function load() {
    try {
      const [referrals, places] = await Promise.all([
        allPages<Referral>("/referrals", { signal }),
        allPages<MentoringPlace>("/mentoring-places", { signal }),
      ]);
      const byId = new Map(places.map((p) => [p.id, p]));
      const order = (r: Referral) => (r.status === "proposed" ? 0 : 1);
      const sorted = [...referrals].sort(
        (a, b) => order(a) - order(b) || b.createdAt.localeCompare(a.createdAt),
      );
      replace(
        content,
        sorted.length
          ? h(
              "ul",
              { class: "list" },
              sorted.map((r) => item(r, byId.get(r.placeId))),
            )
          : h("p", { class: "empty" }, "Noch keine Vorschläge eingegangen."),
      );
    } catch (error) {
      if (!isAbort(error))
        replace(
          content,
          errorBox(toProblem(error), () => void load()),
        );
    }
  }
  void load();
}
