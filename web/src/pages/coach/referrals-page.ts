import { allPages, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import type { RouteContext } from "../../core/router.ts";
import type { Candidate, Referral } from "../../core/types.ts";
import { errorBox, loading } from "../../ui/status.ts";
import { coachReferralList } from "./referral-list.ts";

/** All referrals of the coach's organisation with their status. */
export function coachReferralsPage({ main, signal }: RouteContext): void {
  const content = h("div", {}, loading());
  main.append(
    h("h1", {}, "Vorschläge"),
    h(
      "p",
      { class: "lead" },
      "Kandidat:innen, die Ihre Organisation Mentoringplätzen und Qualifizierungsangeboten vorgeschlagen hat, und wie Betriebe und Bildungsträger geantwortet haben. Nach einer Zusage steht hier, wen Sie ansprechen.",
    ),
    content,
  );
  async function load() {
    try {
      const [referrals, candidates] = await Promise.all([
        allPages<Referral>("/referrals", { signal }),
        allPages<Candidate>("/candidates", { signal }),
      ]);
      const references = new Map(candidates.map((c) => [c.id, c.reference]));
      replace(
        content,
        coachReferralList(referrals, references, () => void load(), "h2"),
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
