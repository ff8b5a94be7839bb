import type { MentoringPlaceForCoach, QualificationOfferPublic } from "../../core/types.ts";

/** What a coach proposes a candidate to: another organisation's mentoring place or qualification offer. */
export type ProposeTarget =
  { kind: "place"; item: MentoringPlaceForCoach } | { kind: "offer"; item: QualificationOfferPublic };

/** The words and the request field that differ between the two kinds. */
export interface TargetWords {
  /** "Platz: Pflege-Mentoring (Gütersloh)" */
  line: string;
  /** The field of POST /referrals that names the item. */
  field: "placeId" | "offerId";
  /** Who answers, in the dative and nominative: "an den Betrieb", "Der Betrieb". */
  toWhom: string;
  who: string;
  /** For the fit warning and hint: "dieser Platz", "des Platzes". */
  this: string;
  of: string;
}

export function targetWords(target: ProposeTarget): TargetWords {
  if (target.kind === "place") {
    const p = target.item;
    return {
      line: `Platz: ${p.title} (${p.location.place})`,
      field: "placeId",
      toWhom: "an den Betrieb",
      who: "Der Betrieb",
      this: "dieser Platz",
      of: "des Platzes",
    };
  }
  const o = target.item;
  return {
    line: `Angebot: ${o.title} (${o.format === "online" || !o.location ? "online" : o.location.place})`,
    field: "offerId",
    toWhom: "an den Bildungsträger",
    who: "Der Bildungsträger",
    this: "dieses Angebot",
    of: "des Angebots",
  };
}
