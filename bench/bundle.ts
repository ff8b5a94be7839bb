import { cp, mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { TRACER_PACKAGE } from "../infra/passung-function.ts";
import { REFERENCE_DATA_FILES } from "../shared/reference/data-files.ts";

/**
 * Bundles one entry as the CDK NodejsFunction does (infra/passung-function.ts): ESM, minified,
 * target node22, platform node, the AWS SDK inside, source maps without sources, module/main
 * fields and the createRequire banner. The reference data is copied next to it like the
 * afterBundling hook does.
 */
const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface Bundle {
  name: string;
  dir: string;
  file: string;
  bytes: number;
  /** Minified bytes per package (node_modules) or source folder, from esbuild's metafile. */
  modules: Record<string, number>;
}

/** "node_modules/@smithy/core/dist-es/x.js" → "@smithy/core"; "shared/csv/a.ts" → "shared/csv". */
function moduleOf(input: string): string {
  const parts = input.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) return parts.slice(0, 2).join("/");
  const name = parts[at + 1] ?? "";
  return name.startsWith("@") ? `${name}/${parts[at + 2] ?? ""}` : name;
}

export async function bundle(
  name: string,
  entry: string,
  outRoot: string,
  referenceData: boolean,
): Promise<Bundle> {
  const dir = join(outRoot, name);
  const file = join(dir, "index.mjs");
  const { metafile } = await build({
    entryPoints: [entry],
    metafile: true,
    outfile: file,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    mainFields: ["module", "main"],
    // Installed next to the bundle by infra (nodeModules), loaded only on Lambda with tracing on.
    external: [TRACER_PACKAGE],
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    absWorkingDir: REPO_ROOT,
    logLevel: "warning",
  });
  if (referenceData) {
    await mkdir(join(dir, "data"), { recursive: true });
    for (const data of REFERENCE_DATA_FILES) await cp(join(REPO_ROOT, "data", data), join(dir, "data", data));
  }
  const modules: Record<string, number> = {};
  for (const output of Object.values(metafile.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs))
      modules[moduleOf(input)] = (modules[moduleOf(input)] ?? 0) + bytesInOutput;
  return { name, dir, file, bytes: (await stat(file)).size, modules };
}

export const functionEntry = (group: string) => join(REPO_ROOT, "functions", group, "index.ts");
export const bareEntry = fileURLToPath(new URL("./bare-handler.ts", import.meta.url));
