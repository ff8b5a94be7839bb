import { COUNSELLING_TOPIC_LABELS } from "../domain/employer-measure.ts";
import { EMPLOYER_SIZE_LABELS, WZ_SECTION_LABELS } from "../domain/employer-labels.ts";
import type { EmployerGroupBy } from "../vocabulary/employer-figures.ts";
import { districtName } from "./regions.ts";

/** A row label of the employer figures: the district's name, or the code list's German label. */
export function employerLabel(by: EmployerGroupBy, key: string): string {
  const lists: Record<Exclude<EmployerGroupBy, "district">, Record<string, string>> = {
    sector: WZ_SECTION_LABELS,
    size: EMPLOYER_SIZE_LABELS,
    topic: COUNSELLING_TOPIC_LABELS,
  };
  return by === "district" ? districtName(key) : (lists[by][key] ?? key);
}
