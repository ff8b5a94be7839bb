import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

/**
 * Builds the web pages once per source state into a temporary folder (keyed by a hash of web/),
 * so parallel test files share one build and the developer's web/dist is left alone.
 */
const WEB = fileURLToPath(new URL("../../../web", import.meta.url));

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !["dist", "node_modules"].includes(e.name) && !e.name.startsWith("."))
      .map((e) => (e.isDirectory() ? sources(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat().sort();
}

async function hashOfWeb(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await sources(WEB)) hash.update(relative(WEB, file)).update(await readFile(file));
  return hash.digest("hex").slice(0, 16);
}

export async function buildWeb(): Promise<string> {
  const outDir = join(tmpdir(), `passung-e2e-web-${await hashOfWeb()}`);
  if (existsSync(join(outDir, "index.html"))) return outDir;
  const temp = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  await build({
    root: WEB,
    configFile: join(WEB, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: temp, emptyOutDir: true },
  });
  // Another test file may have finished the same build first: then use that one.
  await rename(temp, outDir).catch(() => rm(temp, { recursive: true, force: true }));
  return outDir;
}
