/**
 * The form under which organisation names are compared: "Klinikum am Sparrenberg gGmbH",
 * "KLINIKUM  AM SPARRENBERG GGMBH" and its full-width spelling are one name. Unicode NFKC (full-width
 * and compatibility letters become plain ones), case folded (ß and ẞ fold to "ss" as in upper case
 * "SS"), any run of white space one space, none at the ends. Pages show the name as it was given.
 */
export function organisationNameKey(name: string): string {
  const folded = name.normalize("NFKC").toLowerCase().toUpperCase().toLowerCase().normalize("NFKC");
  return folded.replace(/\s+/gu, " ").trim();
}
