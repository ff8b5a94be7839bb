/**
 * Tells the names of organisations from place names in the GeoNames postal code data: large-customer
 * postal codes (Großkundenpostleitzahlen) are "placed" at companies and authorities ("Commerzbank AG",
 * "Finanzamt Dresden - Nord", "Stadt Lüneburg"). A heuristic, tuned on the whole data set.
 */

const LEGAL_FORM =
  /\b(g?GmbH|Gmbh|mbH|AG|KG|KGaA|eG|e\.\s?V|e\.\s?K|SE|OHG|GbR|Co|Ltd|Inc|S\.\s?A|B\.\s?V|AöR|KdöR)\b|\b(Dr|Dipl|Dt)\./;
// Word stems of companies and authorities; anchored so that Kassel, Maikammer, Freigericht, Neunkirchen,
// Dannewerk or Zolling stay places.
const ORGANISATION = new RegExp(
  [
    "bank|versicherung|verlag|verwaltung|finanzamt|universität|hochschule|klinik|krankenhaus|ministerium",
    "telekom|service|holding|lotterie|agentur|zentrale|niederlassung|gesellschaft|kassen?\\b|genossenschaft",
    "handwerkskammer|handelskammer|ärztekammer|landwirtschaftskammer|versorgungskammer|\\bkammer\\b",
    "(?<!frei|linsen)gericht|(?<!frei)amt\\b|anwalt|anwälte|institut|zentrum|magistrat|behörde|präsidium",
    "diözese|bistum|stiftung|verband|verein|direktion|fraktion|landtag|rundfunk|fachbereich|abteilung",
    "postfach|filiale|versand|vertrieb|gruppe\\b|werke\\b|(?<![a-zäöüß])werk\\b|(förderungs|diakonie|studenten)werk",
    "fabrik|center|centre|versorgung|versicherer|missionshaus|provinzialat|bibliothek|museum|weingut",
    "deutschland|germany|europe|club|akademie|schule\\b|hospital|polizei|zollamt|landrat|bürgermeister",
    "regierung|vertretung|staatskanzlei|anstalt|\\bkirche\\b|kirchen(kreis|amt|steuer)|landeskirche",
    "ordinariat|apotheke|praxis|redaktion|zeitung|brauerei|kaufhaus|büro|systems|technik|ämter\\b|pharma",
    "steuerberater|\\bdeutsche[nrs]?\\b|bund\\b|betriebe?\\b|stelle\\b|kreisausschu|(volks|tage|wochen)blatt|mailing|industrie",
    "knappschaft|stahl\\b|abfall|bereich\\b|solar|express|getränke|gebr\\.",
    "^(stadt|landeshauptstadt|hansestadt|gemeinde|landkreis|kreis|haus)( |$)(?!wehlen$)",
  ].join("|"),
  "i",
);
// Digits, symbols, acronyms (not "Wakendorf II"), camelCase, domains ("DaimlerChrysler"), free-standing dashes, mojibake.
const ODD_CHARACTERS =
  /[&+\d@;:!?"]|\b(?!II\b|III\b|IV\b)[A-ZÄÖÜ]{2,}\b|[a-zäöüß][A-ZÄÖÜ]|[a-z]{2}\.[a-z]{2}|\s-|-\s|\sDer\s|Ã/;
/** The only lower-case words in German place names ("Frankfurt am Main", "Stetten am kalten Markt"). */
const CONNECTORS = new Set("am an auf bei beim dem den der im in ob unter unterm vor vorm kalten".split(" "));
const ABBREVIATION = /^[a-tv-z]\.([a-zA-Z]+\.?)*$/; // "a.", "i.d.OPf." (but not "u." = und)

/** Large-customer postal codes are named after companies and authorities, not places. */
export function isOrganisationName(place: string): boolean {
  if (LEGAL_FORM.test(place) || ORGANISATION.test(place) || ODD_CHARACTERS.test(place)) return true;
  // "Bezirksstelle für Naturschutz", "Jauch und Hübener", "harmony.fm": lower-case words a place lacks.
  return place
    .split(/[\s/()]+/)
    .some((word) => /^[a-zäöüß]/.test(word) && !CONNECTORS.has(word) && !ABBREVIATION.test(word));
}
