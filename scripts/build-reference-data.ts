/**
 * Derives the committed reference data (data/*.json, data/README.md) from the raw public data sets.
 *
 *   npm run data                      # reads ../shared/data (relative to the repository root)
 *   npm run data -- /path/to/raw      # or SOURCE_DATA_DIR=/path/to/raw npm run data
 *
 * Deterministic: the same input gives byte-identical output. Fails loudly when the input does not
 * have the expected shape or counts (1,301 Berufsgattungen, 18,838 named occupations, 10,814 codes).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  COMPETENT_BODIES_FILE,
  OCCUPATION_ALIASES_FILE,
  OCCUPATIONS_FILE,
  POSTAL_CODES_FILE,
  REGULATED_PROFESSIONS_FILE,
} from "../shared/reference/data-files.ts";
import { buildAliases } from "./reference-data/aliases.ts";
import { BODIES_CSV, buildBodies } from "./reference-data/bodies.ts";
import { buildOccupations, KLDB_ATTRIBUTION, KLDB_CSV, namedOccupationIds } from "./reference-data/kldb.ts";
import { buildPostalCodes, GEONAMES_ATTRIBUTION, POSTAL_CSV } from "./reference-data/postal.ts";
import { dataReadme } from "./reference-data/readme.ts";
import { buildRegulated } from "./reference-data/regulated.ts";

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const sourceDir = resolve(repoRoot, process.argv[2] ?? process.env.SOURCE_DATA_DIR ?? "../shared/data");
const outDir = resolve(repoRoot, "data");

/** One array element per line: compact, yet diffs stay readable. */
function toJson(value: Record<string, unknown>): string {
  const entries = Object.entries(value).map(([key, item]) => {
    const body = Array.isArray(item)
      ? `[\n${item.map((element) => JSON.stringify(element)).join(",\n")}\n]`
      : JSON.stringify(item);
    return `${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${entries.join(",\n")}\n}\n`;
}

function write(name: string, content: string): void {
  writeFileSync(resolve(outDir, name), content);
  console.log(`wrote data/${name} (${(Buffer.byteLength(content) / 1024).toFixed(0)} KiB)`);
}

const read = (name: string) => readFileSync(resolve(sourceDir, name), "utf8");

const occupations = buildOccupations(read(KLDB_CSV), KLDB_ATTRIBUTION);
const postal = buildPostalCodes(read(POSTAL_CSV), GEONAMES_ATTRIBUTION);
write(OCCUPATIONS_FILE, toJson({ ...occupations }));
const aliases = buildAliases(occupations);
write(OCCUPATION_ALIASES_FILE, toJson({ ...aliases }));
write(POSTAL_CODES_FILE, toJson({ ...postal.data }));
const regulated = buildRegulated(occupations, namedOccupationIds(read(KLDB_CSV)));
write(REGULATED_PROFESSIONS_FILE, toJson({ ...regulated }));
const bodies = buildBodies(read(BODIES_CSV), regulated);
write(COMPETENT_BODIES_FILE, toJson({ ...bodies }));
write("README.md", dataReadme(occupations, postal.data, postal.stats, regulated, bodies, aliases));
