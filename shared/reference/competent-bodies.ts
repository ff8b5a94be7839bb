import type { CompetentBodyRow } from "../domain/competent-body.ts";
import { COMPETENT_BODIES_FILE, type CompetentBodiesFile, readReferenceFile } from "./data-files.ts";

/** data/competent-bodies.json, read on first use, once per process. */
let file: CompetentBodiesFile | undefined;

const load = () => (file ??= readReferenceFile<CompetentBodiesFile>(COMPETENT_BODIES_FILE));

export const competentBodyRows = (): readonly CompetentBodyRow[] => load().bodies;

/** The federal Anerkennungs-Finder: where to look for what the rows do not cover. */
export const anerkennungsFinder = (): string => load().finder;
