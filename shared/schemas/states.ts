/**
 * Bundesländer by the first two digits of the AGS — the codes `location.state.code` carries and
 * an offer's `validIn` names; `npm run data` derives the postal-code regions from it.
 */
export const STATE_NAMES = {
  "01": "Schleswig-Holstein",
  "02": "Hamburg",
  "03": "Niedersachsen",
  "04": "Bremen",
  "05": "Nordrhein-Westfalen",
  "06": "Hessen",
  "07": "Rheinland-Pfalz",
  "08": "Baden-Württemberg",
  "09": "Bayern",
  "10": "Saarland",
  "11": "Berlin",
  "12": "Brandenburg",
  "13": "Mecklenburg-Vorpommern",
  "14": "Sachsen",
  "15": "Sachsen-Anhalt",
  "16": "Thüringen",
} as const satisfies Record<string, string>;
export type StateCode = keyof typeof STATE_NAMES;
// Keys like "10" are integer-like, so an object lists them before "01": sort for every list shown.
export const STATE_CODES = (Object.keys(STATE_NAMES) as StateCode[]).sort();
export const STATE_ENTRIES = STATE_CODES.map((code) => [code, STATE_NAMES[code]] as const);
