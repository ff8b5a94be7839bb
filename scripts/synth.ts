/**
 * `npm run synth [-- -c stage=prod -c webOrigin=https://…]`: synthesises the CDK app offline into
 * cdk.out (bundling every function with esbuild, running cdk-nag and CloudFormation validation),
 * then prints each function's bundle size. Exits non-zero if synthesis fails or a minified bundle
 * is over budget: cold starts grow with the code Lambda has to load.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BUDGET_KB = 600;
const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "cdk.out");

interface Template {
  Resources?: Record<string, { Type: string; Metadata?: Record<string, unknown> }>;
}
interface Manifest {
  artifacts?: Record<string, { type: string; properties?: { templateFile?: string } }>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;
const kb = (bytes: number) => bytes / 1024;
const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);
const dirSize = (dir: string): number =>
  existsSync(dir) ? readdirSync(dir).reduce((sum, name) => sum + sizeOf(join(dir, name)), 0) : 0;

const synth = spawnSync(
  join(root, "node_modules", ".bin", "cdk"),
  ["synth", "--quiet", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: "true" },
  },
);
if (synth.status !== 0) process.exit(synth.status ?? 1);

/** Every Lambda function of every synthesised stack, with its bundle (asset) directory. */
function bundles() {
  const { artifacts = {} } = readJson<Manifest>(join(outDir, "manifest.json"));
  return Object.values(artifacts).flatMap((artifact) => {
    const templateFile = artifact.properties?.templateFile;
    if (artifact.type !== "aws:cloudformation:stack" || !templateFile) return [];
    const { Resources = {} } = readJson<Template>(join(outDir, templateFile));
    return Object.values(Resources).flatMap(({ Type, Metadata = {} }) => {
      const asset = Metadata["aws:asset:path"];
      const path = String(Metadata["aws:cdk:path"] ?? "?").replace(/\/Handler\/Resource$/, "");
      return Type === "AWS::Lambda::Function" && typeof asset === "string"
        ? [{ path, dir: join(outDir, asset) }]
        : [];
    });
  });
}

const rows = bundles().map(({ path, dir }) => ({
  path,
  code: kb(sizeOf(join(dir, "index.mjs"))),
  map: kb(sizeOf(join(dir, "index.mjs.map"))),
  data: kb(dirSize(join(dir, "data"))),
}));
const width = Math.max(8, ...rows.map((row) => row.path.length));
const cell = (value: number) => `${value.toFixed(1)} KB`.padStart(11);
console.log(
  `\n${"function".padEnd(width)}  ${"bundle".padStart(11)}  ${"source map".padStart(11)}  ${"data".padStart(11)}`,
);
for (const row of rows.sort((a, b) => b.code - a.code)) {
  const flag = row.code > BUDGET_KB ? `  > ${BUDGET_KB} KB budget` : "";
  console.log(`${row.path.padEnd(width)}  ${cell(row.code)}  ${cell(row.map)}  ${cell(row.data)}${flag}`);
}
const over = rows.filter((row) => row.code > BUDGET_KB);
if (over.length > 0) {
  console.error(`\n${over.length} bundle(s) over ${BUDGET_KB} KB minified.`);
  process.exit(1);
}
console.log(
  `\nLargest bundle ${Math.max(0, ...rows.map((row) => row.code)).toFixed(1)} KB (budget ${BUDGET_KB} KB).`,
);
