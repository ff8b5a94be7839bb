import type { Listing } from "../domain/listing.ts";
import type { SavedPlan } from "../schemas/qualification-plan.ts";
import { fields, str } from "./item-fields.ts";

/** A work contact on the handout: the coach's, or an offer's or place's. */
export interface HandoutContact {
  name: string;
  phone?: string;
  email?: string;
}

/** One step of the saved plan as the handout prints it: names stay the providers' German ones. */
export interface HandoutPlanStep {
  kind: "module" | "offer" | "place" | "language";
  title: string;
  moduleTitle?: string;
  provider?: string;
  start?: string;
  end?: string;
  hours: number;
  covers: string[];
  /** Offers only: whom to call or write to. A place's contact stays with the coach. */
  contact?: HandoutContact;
}

export interface HandoutPlan {
  coverage: number;
  measure?: "knowledge-exam" | "adaptation-period" | "aptitude-test";
  steps: HandoutPlanStep[];
  /** The topics no step covers, as the Bescheid words them. */
  uncovered: string[];
}

/** Who counsels the candidate: the organisation's name and the coach's work contact. */
export interface Counselling {
  organisation?: string;
  coach?: { name?: string; phone?: string; email?: string };
}

/** The saved plan for the page; `offers` (read in full) give each offer step its contact. */
export function planHandout(plan: SavedPlan, offers: ReadonlyMap<string, Listing>): HandoutPlan {
  return {
    coverage: plan.coverage,
    ...(plan.measure ? { measure: plan.measure } : {}),
    steps: plan.steps.map((s) => {
      const offer = s.offerId === undefined ? undefined : offers.get(s.offerId);
      const contact = fields(offer?.contact);
      const name = str(contact.name);
      return {
        kind: s.kind,
        title: s.title ?? "",
        ...(s.moduleTitle ? { moduleTitle: s.moduleTitle } : {}),
        ...(s.provider ? { provider: s.provider } : {}),
        ...(s.start ? { start: s.start } : {}),
        ...(s.end ? { end: s.end } : {}),
        hours: s.hours,
        covers: s.covers,
        ...(name ? { contact: { name, phone: str(contact.phone), email: str(contact.email) } } : {}),
      };
    }),
    uncovered: plan.uncovered.map((u) => u.topic),
  };
}
