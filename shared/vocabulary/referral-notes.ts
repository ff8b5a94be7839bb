/**
 * What an employer or provider reads about a proposed candidate beyond the pseudonymous profile:
 * notes from this fixed list, never free text. A free text could carry a name, a phone number or a
 * diagnosis past any filter (issue 26: 17 of 24 disguised personal data got through); a code
 * cannot. The list says what a coach needs to tell a partner about how and when someone can start,
 * nothing about health, family or origin. The API's schema, its OpenAPI and the web pages all take
 * the codes and labels from here.
 */
export const NOTE_CODES = [
  "can-start-now",
  "start-later",
  "part-time-only",
  "shift-work-possible",
  "prefers-online",
  "has-driving-licence",
  "has-work-experience",
  "needs-language-support",
  "recognition-procedure-running",
  "recognition-decision-available",
  "compensation-measure-required",
  "funding-to-clarify",
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

/** The coach's own note (`message`, the referring organisation's only) is at most this long. */
export const MAX_MESSAGE_LENGTH = 500;

/** How the pages and the OpenAPI document word each note (German, as partners read it). */
export const NOTE_LABELS: Readonly<Record<NoteCode, string>> = {
  "can-start-now": "Kann sofort beginnen",
  "start-later": "Kann erst später beginnen",
  "part-time-only": "Nur in Teilzeit möglich",
  "shift-work-possible": "Schichtdienst möglich",
  "prefers-online": "Bevorzugt Online-Formate",
  "has-driving-licence": "Führerschein vorhanden",
  "has-work-experience": "Mehrjährige Berufserfahrung",
  "needs-language-support": "Braucht begleitende Sprachförderung",
  "recognition-procedure-running": "Anerkennungsverfahren läuft",
  "recognition-decision-available": "Anerkennungsbescheid liegt vor",
  "compensation-measure-required": "Ausgleichsmaßnahme erforderlich",
  "funding-to-clarify": "Finanzierung noch zu klären",
};

/** The German label of a note; an unknown code (an older or newer server's) as itself. */
export const noteLabel = (code: string): string =>
  Object.hasOwn(NOTE_LABELS, code) ? NOTE_LABELS[code as NoteCode] : code;

/** The index of the first note that repeats an earlier one, or undefined when all differ. */
export function repeatedNoteIndex(notes: readonly string[]): number | undefined {
  const index = notes.findIndex((note, i) => notes.indexOf(note) !== i);
  return index < 0 ? undefined : index;
}
