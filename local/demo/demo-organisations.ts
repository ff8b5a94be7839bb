import type { MentoringPlaceInput } from "../../shared/schemas/mentoring-place.ts";
import type { QualificationOfferInput } from "../../shared/schemas/qualification-offer.ts";

/**
 * Organisations of the demo data: the IQ regions Ostwestfalen-Lippe (Kreis Gütersloh, Kreis
 * Paderborn, Kreis Lippe, Bielefeld) and Sachsen (Leipzig, Chemnitz, Dresden).
 *
 * The providers of the IQ network NRW-Ost programmes 2026–2028 (Pro Arbeit, BANG Gütersloh,
 * Netzwerk Lippe, GPDM) and the coaching organisation MOZAIK are real organisations; every other
 * organisation, all people and all contact data are invented (e-mail addresses on example.org,
 * phone numbers with unassigned subscriber numbers 00000x).
 */

export const DEMO_REGIONS = [
  "Gütersloh",
  "Paderborn",
  "Lippe",
  "Bielefeld",
  "Leipzig",
  "Chemnitz",
  "Dresden",
] as const;
export type DemoRegion = (typeof DEMO_REGIONS)[number];

export type DemoRole = "provider" | "employer" | "coach";
export type DemoContact = QualificationOfferInput["contact"];

export interface DemoOrganisation {
  name: string;
  role: DemoRole;
  /** District the organisation works in; coaching organisations cover a whole network region. */
  region: DemoRegion | "OWL" | "Sachsen";
  /** Contact person used for the organisation's offers and places unless an item names its own. */
  contact: DemoContact;
}

/** A qualification offer as the seed creates it (POST body) for `org`. */
export interface DemoOffer {
  /** Stable demo key, unique across offers and places (e.g. for an Idempotency-Key). */
  id: string;
  org: string;
  input: QualificationOfferInput;
}

/** A mentoring place as the seed creates it for `org`; `taken` seats are already accepted. */
export interface DemoPlace {
  /** Stable demo key, unique across offers and places (e.g. for an Idempotency-Key). */
  id: string;
  org: string;
  input: MentoringPlaceInput;
  taken?: number;
}

function person(name: string, phone: string): DemoContact {
  const local = name
    .replace(/^(Dr\.|Prof\.)\s+/, "")
    .toLowerCase()
    .replace(/ı/g, "i")
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z-]+/g, ".");
  return { name, email: `${local}@example.org`, phone };
}

const organisations = {
  // ── Coaching ────────────────────────────────────────────────────────────────────────────────
  mozaik: {
    name: "MOZAIK gGmbH",
    role: "coach",
    region: "OWL",
    contact: person("Leyla Demir", "+49 521 000001"),
  },
  "brueckenwerk-sachsen": {
    name: "Brückenwerk Sachsen e. V. – IQ Anerkennungs- und Qualifizierungsberatung",
    role: "coach",
    region: "Sachsen",
    contact: person("Katrin Vogel", "+49 341 000001"),
  },

  // ── Providers OWL ───────────────────────────────────────────────────────────────────────────
  "pro-arbeit-guetersloh": {
    name: "Pro Arbeit e. V.",
    role: "provider",
    region: "Gütersloh",
    contact: person("Sabine Westerwelle", "+49 5241 000001"),
  },
  "bang-guetersloh": {
    name: "BANG Gütersloh e.G.",
    role: "provider",
    region: "Gütersloh",
    contact: person("Markus Oelkers", "+49 5241 000002"),
  },
  "bz-handwerk-ems-dalke": {
    name: "Bildungszentrum Handwerk Ems-Dalke gGmbH",
    role: "provider",
    region: "Gütersloh",
    contact: person("Thomas Hagedorn", "+49 5242 000001"),
  },
  "gpdm-paderborn": {
    name: "GPDM GmbH",
    role: "provider",
    region: "Paderborn",
    contact: person("Anna Kleine-Bornemann", "+49 5251 000001"),
  },
  "technikum-paderborner-land": {
    name: "Technikum Paderborner Land GmbH",
    role: "provider",
    region: "Paderborn",
    contact: person("Jörg Wiemers", "+49 5251 000002"),
  },
  "netzwerk-lippe": {
    name: "Netzwerk Lippe gGmbH",
    role: "provider",
    region: "Lippe",
    contact: person("Miriam Strathmann", "+49 5231 000001"),
  },
  "kolleg-sozialpaedagogik-lippe": {
    name: "Lippisches Kolleg für Sozialpädagogik e. V.",
    role: "provider",
    region: "Lippe",
    contact: person("Heike Brakemeier", "+49 5231 000002"),
  },
  "gesundheitsakademie-teuto": {
    name: "Gesundheitsakademie Teutoburger Wald gGmbH",
    role: "provider",
    region: "Bielefeld",
    contact: person("Dr. Stefan Höner", "+49 521 000002"),
  },
  "sprachwerk-bielefeld": {
    name: "Sprachwerk Bielefeld – Fachsprache & Beruf gGmbH",
    role: "provider",
    region: "Bielefeld",
    contact: person("Olena Kovalenko", "+49 521 000003"),
  },

  // ── Employers OWL ───────────────────────────────────────────────────────────────────────────
  "klinikum-an-der-dalke": {
    name: "Klinikum an der Dalke gGmbH",
    role: "employer",
    region: "Gütersloh",
    contact: person("Petra Kottmann", "+49 5241 000003"),
  },
  "elektro-brinkmann-verl": {
    name: "Elektro Brinkmann GmbH & Co. KG",
    role: "employer",
    region: "Gütersloh",
    contact: person("Ralf Brinkmann", "+49 5246 000001"),
  },
  "ems-maschinenbau": {
    name: "Ems-Maschinenbau GmbH",
    role: "employer",
    region: "Gütersloh",
    contact: person("Christina Pöppelbaum", "+49 5247 000001"),
  },
  "dalke-commerce": {
    name: "Dalke Commerce GmbH",
    role: "employer",
    region: "Gütersloh",
    contact: person("Jan-Hendrik Vormbrock", "+49 5241 000004"),
  },
  "liborius-krankenhaus": {
    name: "Liborius-Krankenhaus Paderborn gGmbH",
    role: "employer",
    region: "Paderborn",
    contact: person("Monika Schäfers", "+49 5251 000003"),
  },
  "pader-versorgung": {
    name: "Pader Versorgung GmbH",
    role: "employer",
    region: "Paderborn",
    contact: person("Andreas Kemper", "+49 5251 000004"),
  },
  paderbits: {
    name: "Paderbits Systemhaus GmbH",
    role: "employer",
    region: "Paderborn",
    contact: person("Nadine Rüther", "+49 5251 000005"),
  },
  "kommunale-dienste-paderborner-land": {
    name: "Zweckverband Kommunale Dienste Paderborner Land",
    role: "employer",
    region: "Paderborn",
    contact: person("Bernd Hillebrand", "+49 5258 000001"),
  },
  "seniorenzentrum-hermannsweg": {
    name: "Seniorenzentrum Am Hermannsweg gGmbH",
    role: "employer",
    region: "Lippe",
    contact: person("Gabriele Tölke", "+49 5231 000003"),
  },
  "lemgoer-automationstechnik": {
    name: "Lemgoer Automationstechnik GmbH",
    role: "employer",
    region: "Lippe",
    contact: person("Dirk Sprenger", "+49 5261 000001"),
  },
  "kita-verbund-werre-bega": {
    name: "Ev. Kita-Verbund Werre-Bega",
    role: "employer",
    region: "Lippe",
    contact: person("Susanne Meierjohann", "+49 5222 000001"),
  },
  "rettungsdienst-lippe-sued": {
    name: "Rettungs- und Sanitätsdienst Lippe-Süd gGmbH",
    role: "employer",
    region: "Lippe",
    contact: person("Frank Düsterhus", "+49 5235 000001"),
  },
  "klinikum-am-sparrenberg": {
    name: "Klinikum am Sparrenberg gGmbH",
    role: "employer",
    region: "Bielefeld",
    contact: person("Claudia Niemeyer", "+49 521 000004"),
  },
  "praxisgemeinschaft-jahnplatz": {
    name: "Praxisgemeinschaft am Jahnplatz",
    role: "employer",
    region: "Bielefeld",
    contact: person("Dr. Aylin Yılmaz", "+49 521 000005"),
  },
  "teuto-software": {
    name: "Teuto Software GmbH",
    role: "employer",
    region: "Bielefeld",
    contact: person("Kevin Strunk", "+49 521 000006"),
  },
  "infrastruktur-dienste-bielefeld": {
    name: "Infrastruktur-Dienste Bielefeld GmbH",
    role: "employer",
    region: "Bielefeld",
    contact: person("Uwe Bökenkröger", "+49 521 000007"),
  },
  "schulzentrum-senne": {
    name: "Ev. Schulzentrum Senne",
    role: "employer",
    region: "Bielefeld",
    contact: person("Martina Obermeier", "+49 521 000008"),
  },

  // ── Providers Sachsen ───────────────────────────────────────────────────────────────────────
  "pleisse-akademie": {
    name: "Pleiße-Akademie für Gesundheitsberufe gGmbH",
    role: "provider",
    region: "Leipzig",
    contact: person("Franziska Lehmann", "+49 341 000002"),
  },
  "messestadt-bildungswerk": {
    name: "Messestadt Bildungswerk Leipzig GmbH",
    role: "provider",
    region: "Leipzig",
    contact: person("René Schubert", "+49 341 000003"),
  },
  "institut-fruehpaedagogik-gohlis": {
    name: "Institut für Frühpädagogik Leipzig-Gohlis e. V.",
    role: "provider",
    region: "Leipzig",
    contact: person("Ulrike Krause", "+49 341 000004"),
  },
  "technikum-chemnitz": {
    name: "Technikum Chemnitz Weiterbildung GmbH",
    role: "provider",
    region: "Chemnitz",
    contact: person("Steffen Uhlig", "+49 371 000001"),
  },
  "pflegebildung-chemnitz-erzgebirge": {
    name: "Pflegebildungszentrum Chemnitz-Erzgebirge gGmbH",
    role: "provider",
    region: "Chemnitz",
    contact: person("Anja Einsiedel", "+49 371 000002"),
  },
  "elbtal-bildungswerk": {
    name: "Elbtal Bildungswerk gGmbH",
    role: "provider",
    region: "Dresden",
    contact: person("Dr. Matthias Pietzsch", "+49 351 000001"),
  },
  "neustadt-it-akademie": {
    name: "Neustadt IT-Akademie Dresden GmbH",
    role: "provider",
    region: "Dresden",
    contact: person("Thu Trang Nguyen", "+49 351 000002"),
  },

  // ── Employers Sachsen ───────────────────────────────────────────────────────────────────────
  "klinikum-leipzig-suedost": {
    name: "Klinikum Leipzig-Südost gGmbH",
    role: "employer",
    region: "Leipzig",
    contact: person("Sandra Wagner", "+49 341 000005"),
  },
  "seniorenresidenz-rosental": {
    name: "Seniorenresidenz am Rosental gGmbH",
    role: "employer",
    region: "Leipzig",
    contact: person("Ines Hoffmann", "+49 341 000006"),
  },
  "elektro-kuehne-leipzig": {
    name: "Elektro Kühne & Söhne GmbH",
    role: "employer",
    region: "Leipzig",
    contact: person("Mike Kühne", "+49 341 000007"),
  },
  "plagwitzer-softwarewerkstatt": {
    name: "Plagwitzer Softwarewerkstatt GmbH",
    role: "employer",
    region: "Leipzig",
    contact: person("Lisa Brandt", "+49 341 000008"),
  },
  "spedition-messestadt": {
    name: "Spedition Messestadt Logistik GmbH",
    role: "employer",
    region: "Leipzig",
    contact: person("Torsten Richter", "+49 341 000009"),
  },
  "kinderhaus-lindenauer-hafen": {
    name: "Kinderhaus Lindenauer Hafen e. V.",
    role: "employer",
    region: "Leipzig",
    contact: person("Jana Wolf", "+49 341 000010"),
  },
  "werkzeugmaschinenbau-kassberg": {
    name: "Werkzeugmaschinenbau Kaßberg GmbH",
    role: "employer",
    region: "Chemnitz",
    contact: person("Holger Fiedler", "+49 371 000003"),
  },
  "krankenhaus-sonnenberg": {
    name: "Krankenhaus Chemnitz-Sonnenberg gGmbH",
    role: "employer",
    region: "Chemnitz",
    contact: person("Kerstin Lorenz", "+49 371 000004"),
  },
  "versorgungsbetriebe-chemnitz-sued": {
    name: "Versorgungsbetriebe Chemnitz-Süd GmbH",
    role: "employer",
    region: "Chemnitz",
    contact: person("Jens Seidel", "+49 371 000005"),
  },
  "schlossteich-elektronik": {
    name: "Schloßteich Elektronik GmbH",
    role: "employer",
    region: "Chemnitz",
    contact: person("Yvonne Neubert", "+49 371 000006"),
  },
  "krankenhaus-blasewitz": {
    name: "Krankenhaus Dresden-Blasewitz gGmbH",
    role: "employer",
    region: "Dresden",
    contact: person("Dr. Cornelia Böhme", "+49 351 000003"),
  },
  "silizium-elbtal": {
    name: "Silizium Elbtal GmbH",
    role: "employer",
    region: "Dresden",
    contact: person("Sebastian Kretzschmar", "+49 351 000004"),
  },
  "kita-elbspatzen": {
    name: "Kita Elbspatzen gGmbH",
    role: "employer",
    region: "Dresden",
    contact: person("Peggy Schreiber", "+49 351 000005"),
  },
  "zahnarztpraxis-neustadt": {
    name: "Zahnarztpraxis Dr. Hoang, Dresden-Neustadt",
    role: "employer",
    region: "Dresden",
    contact: person("Dr. Minh Hoang", "+49 351 000006"),
  },
  "pflegedienst-striesen": {
    name: "Ambulanter Pflegedienst Striesen GmbH",
    role: "employer",
    region: "Dresden",
    contact: person("Daniela Hentschel", "+49 351 000007"),
  },
} as const satisfies Record<string, DemoOrganisation>;

/** Slug of a demo organisation (`^[a-z0-9][a-z0-9-]{1,62}$`). */
export type DemoOrgSlug = keyof typeof organisations;

/** Demo organisations by slug (the `org` of accounts, offers and places). */
export const demoOrganisations: Readonly<Record<string, DemoOrganisation>> = organisations;

export function orgOf(slug: DemoOrgSlug): DemoOrganisation {
  return organisations[slug];
}

/** Another contact person of the organisation, e.g. a ward manager who mentors. */
export function contactPerson(name: string, phone: string): DemoContact {
  return person(name, phone);
}
