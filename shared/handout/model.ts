import type { Match } from "../domain/matching.ts";
import type { ReasonCode } from "../schemas/reason-codes.ts";
import type { RecognitionStatus } from "../schemas/candidate.ts";
import { fields, num, str, strings } from "./item-fields.ts";
import { reasonValues, type ReasonValues } from "./reason-values.ts";
import type { Counselling, HandoutContact, HandoutPlan } from "./plan-model.ts";
import type { RecognitionStep } from "./texts.ts";

/** A typical result fits on one or two A4 pages. */
export const HANDOUT_LIMITS = { offers: 5, places: 3, descriptionChars: 200 } as const;

export interface HandoutReason {
  code: ReasonCode;
  /** The API's German sentence: shown, marked German, if a language ever lacks the code. */
  german: string;
  values: ReasonValues;
}

export type { HandoutContact } from "./plan-model.ts";

/** What one offer or place shows. Title and description stay the provider's German text. */
export interface HandoutItem {
  kind: "offer" | "place";
  title: string;
  description: string;
  postalCode?: string;
  place?: string;
  reasons: HandoutReason[];
  /** Offers only: a mentoring place's contact is the employer's, which coaches do not see. */
  contact?: HandoutContact;
  provider?: { name: string; url?: string };
  offerKind?: string;
  format?: string;
  start?: string;
  durationWeeks?: number;
  fullTime?: boolean;
  costEur?: number;
  funding: string[];
  placeKinds: string[];
  hoursPerWeek?: number;
}

/** Everything a handout shows: nothing about the candidate beyond occupation and town. */
export interface Handout {
  occupation: { code: string; title?: string };
  town: string;
  /** The recognition step to name, if one applies (none once recognition is full). */
  recognition?: RecognitionStep;
  /** The day the handout was made (YYYY-MM-DD). */
  date: string;
  offers: HandoutItem[];
  places: HandoutItem[];
  /** The saved qualification plan: printed instead of the lists of offers and places. */
  plan?: HandoutPlan;
  counselling?: Counselling;
}

export interface HandoutInput {
  candidate: {
    occupation: string;
    location: { place: string };
    languages: readonly string[];
    recognition?: { status: RecognitionStatus };
  };
  occupationTitle?: string;
  offers: readonly Match[];
  places: readonly Match[];
  today: string;
}

/** A long description is cut at a word boundary, so every item keeps its place on the page. */
export function clampText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")} …`;
}

export function buildHandout(input: HandoutInput): Handout {
  const { candidate } = input;
  const status = candidate.recognition?.status;
  return {
    occupation: {
      code: candidate.occupation,
      ...(input.occupationTitle && { title: input.occupationTitle }),
    },
    town: candidate.location.place,
    ...(status !== "full" && { recognition: status ?? "unknown" }),
    date: input.today,
    offers: input.offers.slice(0, HANDOUT_LIMITS.offers).map((m) => item("offer", m, input)),
    places: input.places.slice(0, HANDOUT_LIMITS.places).map((m) => item("place", m, input)),
  };
}

function item(kind: "offer" | "place", match: Match, input: HandoutInput): HandoutItem {
  const it = match.item;
  const location = fields(it.location);
  const provider = fields(it.provider);
  const contact = fields(it.contact);
  const contactName = str(contact.name);
  return {
    kind,
    title: str(it.title) ?? "",
    description: clampText(str(it.description) ?? "", HANDOUT_LIMITS.descriptionChars),
    postalCode: str(location.postalCode),
    place: str(location.place),
    reasons: match.reasons.map((r) => ({
      code: r.code,
      german: r.text,
      values: reasonValues(r.code, match, input.candidate),
    })),
    // A place's contact is never shown: coaches read places without it (shared/domain/listing.ts).
    ...(kind === "offer" &&
      contactName && {
        contact: { name: contactName, phone: str(contact.phone), email: str(contact.email) },
      }),
    ...(str(provider.name) && { provider: { name: str(provider.name) ?? "", url: str(provider.url) } }),
    offerKind: kind === "offer" ? str(it.kind) : undefined,
    format: str(it.format),
    start: str(it.start),
    durationWeeks: num(it.durationWeeks),
    fullTime: typeof it.fullTime === "boolean" ? it.fullTime : undefined,
    costEur: num(it.costEur),
    funding: strings(it.funding),
    placeKinds: kind === "place" ? strings(it.kinds) : [],
    hoursPerWeek: num(it.hoursPerWeek),
  };
}
