import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offerRows } from "../../bench/import.ts";
import { runImportCli } from "../../scripts/import-cli.ts";
import { errorTable } from "../../shared/csv/text-report.ts";
import { writeCsv } from "../../shared/csv/csv-write.ts";
import { startTestServer, type TestServer } from "../support/local-server.ts";
import { importRoutes } from "../../functions/imports/routes.ts";
import { importFunctions } from "../../local/function-runner.ts";
import { readCsv } from "../../shared/csv/csv-read.ts";
import { IMPORT_LIMITS } from "../../shared/csv/limits.ts";
import { dispatch } from "../../shared/http/api-handler.ts";

let server: TestServer;
let dir: string;

beforeAll(async () => {
  // Export pages of 4 KB: a few dozen rows make several pages.
  const functions = importFunctions(join(import.meta.dirname, "../../functions"));
  server = await startTestServer({
    loadGroup: async (group) =>
      group === "imports"
        ? dispatch(importRoutes(server.deps, { ...IMPORT_LIMITS, exportPageBytes: 4096 }))
        : functions(group),
  });
  dir = await mkdtemp(join(tmpdir(), "passung-import-"));
});
afterAll(() => server.close());

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const progress: string[] = [];
  const code = await runImportCli(args, env, {
    fetch,
    out: (text) => out.push(text),
    progress: (text) => progress.push(text),
  });
  return { code, out: out.join("\n"), progress };
}

async function csvFile(name: string, rows: string[][]) {
  const path = join(dir, name);
  await writeFile(path, writeCsv(rows));
  return path;
}

describe("npm run import", () => {
  it("checks, then writes in chunks with a progress bar; a second run changes nothing", async () => {
    const file = await csvFile("angebote.csv", offerRows(25, "CLI"));
    const args = [
      "--file",
      file,
      "--kind",
      "offers",
      "--org",
      "cli-org",
      "--api",
      server.url,
      "--chunk",
      "10",
    ];
    const first = await run(args);
    expect(first).toMatchObject({ code: 0, out: "25 Zeilen importiert: 25 neu, 0 geändert, 0 unverändert." });
    expect(first.progress).toContain("Schreiben [████████████░░░░░░░░░░░░░░░░░░] 40 % · 10/25 Zeilen");
    expect((await run(args)).out).toBe("25 Zeilen importiert: 0 neu, 0 geändert, 25 unverändert.");
    const dryRun = await run([
      ...args,
      "--dry-run",
      "--file",
      await csvFile("mehr.csv", offerRows(30, "CLI")),
    ]);
    expect(dryRun.out).toBe("30 Zeilen gültig; ein Import ergäbe: 5 neu, 0 geändert, 25 unverändert.");
  });

  it("prints the row errors of every chunk as a table, with the file's row numbers, and exits 1", async () => {
    const rows = offerRows(25, "FEHLER");
    const broken = rows.map((row, i) =>
      i === 4 || i === 23 ? row.map((c, j) => (j === 7 ? "Fernkurs" : c)) : row,
    );
    const file = await csvFile("fehler.csv", broken);
    const args = [
      "--file",
      file,
      "--kind",
      "offers",
      "--org",
      "cli-fehler",
      "--api",
      server.url,
      "--chunk",
      "10",
    ];
    const result = await run(args);
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      [
        "2 Zeilen sind ungültig; es wurde nichts gespeichert.",
        errorTable([
          { row: 5, column: "Format", message: "„Fernkurs“ ist unbekannt; erlaubt: Präsenz, Online, Hybrid" },
          {
            row: 24,
            column: "Format",
            message: "„Fernkurs“ ist unbekannt; erlaubt: Präsenz, Online, Hybrid",
          },
        ]),
      ].join("\n"),
    );
    expect(result.out).toContain("   24 | Format | „Fernkurs“ ist unbekannt");
  });

  it("finds an Externe ID twice in the file even when the rows land in different chunks", async () => {
    const rows = offerRows(12, "DOPPELT");
    const file = await csvFile("doppelt.csv", [...rows, rows[3] ?? []]);
    const result = await run([
      "--file",
      file,
      "--kind",
      "offers",
      "--org",
      "cli-d",
      "--api",
      server.url,
      "--chunk",
      "5",
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("14 | Externe ID | Externe ID „DOPPELT-00003“ steht schon in Zeile 4");
  });

  it("explains bad arguments (exit 2) and needs a token for a remote API", async () => {
    expect((await run(["--kind", "courses"])).code).toBe(2);
    const remote = await run([
      "--file",
      "x.csv",
      "--kind",
      "places",
      "--org",
      "o",
      "--api",
      "https://api.example.org",
    ]);
    expect(remote).toMatchObject({ code: 2, out: expect.stringContaining("--token (oder PASSUNG_TOKEN)") });
    const missing = await run(["--file", join(dir, "fehlt.csv"), "--kind", "places", "--org", "o"]);
    expect(missing).toMatchObject({ code: 2, out: expect.stringContaining("ist nicht lesbar") });
  });

  it("lists at most 100 row errors, then how many more there are", async () => {
    const rows = offerRows(130, "VIELE");
    const seats = rows[0]?.indexOf("Plätze") ?? -1;
    const file = await csvFile(
      "viele.csv",
      rows.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === seats ? "viele" : c)))),
    );
    const result = await run([
      "--file",
      file,
      "--kind",
      "offers",
      "--org",
      "cli-viele",
      "--api",
      server.url,
      "--chunk",
      "60",
    ]);
    expect(result.code).toBe(1);
    expect(result.out.split("\n").filter((line) => line.includes("ist keine Zahl"))).toHaveLength(100);
    expect(result.out).toMatch(/… und 30 weitere Fehler$/);
  });

  it("--export writes every page of the export into one file", async () => {
    const args = ["--kind", "offers", "--org", "cli-export", "--api", server.url];
    expect((await run(["--file", await csvFile("export.csv", offerRows(40, "EXP")), ...args])).code).toBe(0);
    const out = join(dir, "export-aus.csv");
    const result = await run(["--export", out, ...args]);
    expect(result).toMatchObject({ code: 0, out: `40 Zeilen exportiert nach ${out}.` });
    expect(result.progress).toContain("Export: 3 Seiten …");
    const text = await readFile(out, "utf8");
    expect(text.startsWith("\uFEFFExterne ID;")).toBe(true);
    expect(readCsv(text).records.map((r) => r.cells[0])).toEqual(
      Array.from({ length: 40 }, (_, i) => `EXP-${String(i + 1).padStart(5, "0")}`),
    );
  });
});
