/**
 * German words for the employer counselling codes the pages alone show (session formats, measure
 * statuses) and the one-line texts of sector and size. The sector, size and topic labels are the
 * server's (shared/domain): the statistics, the notices and these pages say the same.
 */
import { EMPLOYER_SIZE_LABELS, WZ_SECTION_LABELS } from "../../../shared/domain/employer-labels.ts";
import type { MEASURE_STATUSES, SESSION_FORMATS } from "../../../shared/schemas/employer.ts";

type Labels<T extends readonly string[]> = Record<T[number], string>;

/** "C – Verarbeitendes Gewerbe": the letter first, as the WZ lists it. */
export const sectorText = (code: string) =>
  `${code} – ${(WZ_SECTION_LABELS as Record<string, string>)[code] ?? code}`;

/** "Mittleres Unternehmen (50 bis 249 Beschäftigte), KMU", where the band stands alone. */
export const sizeText = (code: string) =>
  `${(EMPLOYER_SIZE_LABELS as Record<string, string>)[code] ?? code}${code === "large" ? "" : ", KMU"}`;

export const SESSION_FORMAT_LABELS: Labels<typeof SESSION_FORMATS> = {
  "on-site": "Vor Ort",
  online: "Online",
  phone: "Telefon",
};

export const MEASURE_STATUS_LABELS: Labels<typeof MEASURE_STATUSES> = {
  agreed: "Vereinbart",
  "in-progress": "In Arbeit",
  done: "Erledigt",
  dropped: "Verworfen",
};
