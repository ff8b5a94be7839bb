import type { ReasonCode } from "../schemas/reason-codes.ts";
import type { RecognitionStatus } from "../schemas/candidate.ts";
import type { FUNDING, OFFER_FORMATS, OFFER_KINDS } from "../schemas/qualification-offer.ts";
import type { PLACE_KINDS } from "../schemas/mentoring-place.ts";

/** A recognition status that calls for a step on the handout; `unknown`: the coach did not record one. */
export type RecognitionStep = Exclude<RecognitionStatus, "full"> | "unknown";

/**
 * Everything a handout says, in one language (translations/<lang>.ts, written and reviewed once;
 * nothing is machine-translated at run time). `{name}` marks a value the renderer fills in:
 * dates and numbers formatted with Intl in the language's locale, German names kept German.
 */
export interface HandoutTexts {
  /** The language's own name, for the language choice. */
  languageName: string;
  title: string;
  intro: string;
  occupation: string;
  town: string;
  /** `{date}` */
  asOf: string;
  /** The visible mark on German original texts ("German" in the page's language). */
  germanLabel: string;
  /** `{label}`: the mark above. */
  germanNote: string;
  nextStepsHeading: string;
  offersHeading: string;
  placesHeading: string;
  noOffers: string;
  noPlaces: string;
  reasonsHeading: string;
  provider: string;
  /** `{weeks}`: a number of weeks, already with its unit. */
  duration: string;
  fullTime: string;
  partTime: string;
  /** `{amount}` */
  cost: string;
  noCost: string;
  /** `{list}` */
  funding: string;
  /** `{hours}`: a number of hours, already with its unit. */
  hoursPerWeek: string;
  contact: string;
  phone: string;
  email: string;
  website: string;
  nextStep: string;
  /** `{name}`, `{phone}` */
  callStep: string;
  /** `{name}`, `{email}` */
  mailStep: string;
  /** `{url}` */
  websiteStep: string;
  /** Places: the coach puts the candidate forward; the employer's contact stays private. */
  placeStep: string;
  steps: { choose: string; documents: string; questions: string };
  recognition: Record<RecognitionStep, string>;
  offerKinds: Record<(typeof OFFER_KINDS)[number], string>;
  formats: Record<(typeof OFFER_FORMATS)[number], string>;
  placeKinds: Record<(typeof PLACE_KINDS)[number], string>;
  fundingKinds: Record<(typeof FUNDING)[number], string>;
  /**
   * One sentence per reason code. Placeholders: `{km}` distance, `{place}` town of the item,
   * `{code}` KldB code with its "KldB" prefix, `{date}`, `{required}` German level
   * asked for, `{languages}` languages the item offers that the candidate speaks.
   */
  reasons: Record<ReasonCode, string>;
  footer: string;
  plan: PlanTexts;
}

/** The saved qualification plan (issue 28) and who counsels the candidate. */
export interface PlanTexts {
  heading: string;
  intro: string;
  /** `{percent}` */
  coverage: string;
  /** The compensation measure the Bescheid requires: it comes first. */
  measure: Record<"knowledge-exam" | "adaptation-period" | "aptitude-test", string>;
  kinds: Record<"module" | "offer" | "place" | "language", string>;
  /** `{list}`: the differences a step makes up for (German, marked). */
  covers: string;
  /** `{start}`, `{end}` */
  period: string;
  /** `{date}` */
  start: string;
  /** `{hours}` */
  hours: string;
  uncoveredHeading: string;
  uncoveredNote: string;
  empty: string;
  /** `{name}`: the counselling organisation. */
  counselling: string;
  /** `{name}`: the coach. */
  coach: string;
}
