import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bundle, functionEntry } from "../../bench/bundle.ts";
import { copyReferenceData } from "../../infra/passung-function.ts";
import * as dataFiles from "../../shared/reference/data-files.ts";

/**
 * A data file a function reads at runtime must reach /var/task/data: the CDK hook and the
 * bench's bundle copy the one list, and the list names every data/*.json and every *_FILE.
 */
const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));
const { REFERENCE_DATA_FILES } = dataFiles;
let outRoot: string | undefined;

afterAll(async () => {
  if (outRoot) await rm(outRoot, { recursive: true, force: true });
});

describe("reference data in the Lambda bundles", () => {
  it("names every data/*.json and every file constant", async () => {
    const shipped = (await readdir(DATA_DIR)).filter((name) => name.endsWith(".json"));
    expect([...REFERENCE_DATA_FILES].sort()).toEqual(shipped.sort());
    expect(REFERENCE_DATA_FILES).toContain("regulated-professions.json");
    const constants = Object.entries(dataFiles).filter(([name]) => name.endsWith("_FILE"));
    for (const [name, file] of constants) expect(REFERENCE_DATA_FILES, name).toContain(file);
  });

  it("the CDK afterBundling hook copies each of them to the bundle's data/", () => {
    const commands = copyReferenceData.afterBundling("/in", "/out");
    expect(commands).toContain('mkdir -p "/out/data"');
    for (const file of REFERENCE_DATA_FILES) expect(commands).toContain(`cp "/in/data/${file}" "/out/data/"`);
  });

  it("the matches bundle reads regulated-professions.json and has it next to index.mjs", async () => {
    outRoot = await mkdtemp(join(tmpdir(), "passung-bundle-"));
    const matches = await bundle("matches", functionEntry("matches"), outRoot, true);
    expect(await readFile(matches.file, "utf8")).toContain("regulated-professions.json");
    expect((await readdir(join(matches.dir, "data"))).sort()).toEqual([...REFERENCE_DATA_FILES].sort());
  }, 120_000);
});
