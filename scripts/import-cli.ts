/**
 * Imports a CSV file of qualification offers or mentoring places through the API, as Excel saved it.
 *
 *   npm run import -- --file angebote.csv --kind offers --org pro-arbeit [--api URL] [--token JWT]
 *     [--dry-run] [--chunk 250]
 *   npm run import -- --export angebote.csv --kind offers --org pro-arbeit [--api URL] [--token JWT]
 *
 * Checks every row first (dryRun requests) and prints the errors as a table; writes only a valid
 * file, in chunks, with a progress bar. The API keys rows by Externe ID, so re-running after an
 * interruption completes the import without duplicates. Locally (127.0.0.1, localhost) it gets a
 * token from POST /dev/token; for a deployed API pass a Cognito ID token (--token or PASSUNG_TOKEN).
 * With --export it writes the organisation's export to the file instead, all pages joined.
 * Exit codes: 0 done, 1 invalid rows or the API refused, 2 bad arguments.
 */
import { readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { decodeCsv } from "../shared/csv/csv-decode.ts";
import { type CsvRecord, type CsvTable, readCsv } from "../shared/csv/csv-read.ts";
import { writeCsv } from "../shared/csv/csv-write.ts";
import { mapHeader } from "../shared/csv/header-map.ts";
import type { RowError } from "../shared/csv/import-errors.ts";
import { OFFER_COLUMNS } from "../shared/csv/offer-columns.ts";
import { PLACE_COLUMNS } from "../shared/csv/place-columns.ts";
import { duplicateIds } from "../shared/csv/row-validation.ts";
import { errorTable, progressBar } from "../shared/csv/text-report.ts";
import { DomainError } from "../shared/domain/errors.ts";
import { exportPages } from "./export-pages.ts";

const KINDS = {
  offers: { path: "/qualification-offers", role: "provider", columns: OFFER_COLUMNS },
  places: { path: "/mentoring-places", role: "employer", columns: PLACE_COLUMNS },
} as const;
const USAGE = `Aufruf: npm run import -- --file <datei.csv> --kind offers|places --org <organisation>
  [--api <URL>, Standard http://127.0.0.1:3000] [--token <JWT> oder PASSUNG_TOKEN] [--dry-run] [--chunk <Zeilen>]
Export: npm run import -- --export <datei.csv> --kind offers|places --org <organisation> [--api …] [--token …]`;
/** Row errors printed at most, as the API lists them; the rest is counted. */
const MAX_PRINTED = 100;
const LOCAL_API = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

export interface CliIo {
  fetch: typeof fetch;
  out: (text: string) => void;
  /** The progress bar: each call replaces the previous one ("" clears it). */
  progress: (text: string) => void;
}
type Counts = { created: number; updated: number; unchanged: number };
type Options = ReturnType<typeof parseOptions>;

class UsageError extends Error {}
/** The API refused (not row errors): the message says what it answered. */
class ApiError extends Error {}

function parseOptions(args: string[], env: NodeJS.ProcessEnv) {
  const text = { type: "string" } as const;
  const spec = {
    file: text,
    export: text,
    kind: text,
    org: text,
    api: text,
    token: text,
    chunk: text,
    "dry-run": { type: "boolean" },
  } as const;
  let values;
  try {
    values = parseArgs({ args, options: spec }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const kind = values.kind === "offers" || values.kind === "places" ? KINDS[values.kind] : undefined;
  const chunk = Number(values.chunk ?? 250);
  const problems = [
    values.file || values.export ? "" : "--file (oder --export) fehlt",
    kind ? "" : "--kind: offers oder places",
    values.org ? "" : "--org fehlt",
    Number.isInteger(chunk) && chunk > 0 && chunk <= 5000 ? "" : "--chunk: 1 bis 5000 Zeilen",
  ].filter(Boolean);
  const file = values.file ?? "";
  if (!kind || !values.org || problems.length) throw new UsageError(problems.join("\n"));
  const api = (values.api ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
  const token = values.token ?? env.PASSUNG_TOKEN;
  if (!token && !LOCAL_API.test(api))
    throw new UsageError("--token (oder PASSUNG_TOKEN): für eine entfernte API ein Cognito-ID-Token");
  const dryRun = values["dry-run"] ?? false;
  return { file, exportTo: values.export, kind, org: values.org, api, chunk, dryRun, token };
}

/** The given token, or locally one from POST /dev/token for the kind's owner role in the organisation. */
async function tokenFor(io: CliIo, o: Options): Promise<string> {
  if (o.token) return o.token;
  const res = await io.fetch(`${o.api}/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ role: o.kind.role, org: o.org }),
  });
  if (!res.ok) throw new ApiError(`POST /dev/token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** One pass over the chunks: with dryRun it only checks; errors come back as rows of the file. */
async function pass(io: CliIo, o: Options, token: string, table: CsvTable, dryRun: boolean) {
  const label = dryRun ? "Prüfen" : "Schreiben";
  const totals: Counts = { created: 0, updated: 0, unchanged: 0 };
  const errors: RowError[] = [];
  let moreErrors = 0;
  const url = `${o.api}${o.kind.path}/import?org=${encodeURIComponent(o.org)}&dryRun=${dryRun}`;
  const send = async (chunk: CsvRecord[]) => {
    const csv = writeCsv([table.header, ...chunk.map((r) => r.cells)]);
    const headers = { authorization: `Bearer ${token}`, "content-type": "text/csv; charset=utf-8" };
    const res = await io.fetch(url, { method: "POST", headers, body: csv });
    // Gateways may answer without a JSON body (e.g. a proxy's 502 page).
    const body = (await res.json().catch(() => ({}))) as Counts & {
      detail?: string;
      errors?: RowError[];
      moreErrors?: number;
    };
    return { status: res.status, body };
  };
  for (let start = 0; start < table.records.length; start += o.chunk) {
    io.progress(progressBar(label, start, table.records.length));
    const chunk = table.records.slice(start, start + o.chunk);
    let answer = await send(chunk);
    // 503: the write budget ran out. The same rows again complete what is missing.
    for (let retry = 0; answer.status === 503 && retry < 3; retry++) answer = await send(chunk);
    if (answer.status === 422 && answer.body.errors?.length) {
      for (const e of answer.body.errors) errors.push({ ...e, row: chunk[e.row - 2]?.row ?? e.row });
      moreErrors += answer.body.moreErrors ?? 0;
    } else if (answer.status !== 200) {
      throw new ApiError(
        `Die API antwortete ${answer.status}: ${answer.body.detail ?? JSON.stringify(answer.body)}`,
      );
    } else for (const key of ["created", "updated", "unchanged"] as const) totals[key] += answer.body[key];
  }
  io.progress(progressBar(label, table.records.length, table.records.length));
  return { totals, errors, moreErrors };
}

/** Problems no single chunk shows the API: an Externe ID twice in the file; the header, checked once. */
function localErrors(table: CsvTable, o: Options): RowError[] {
  const { map, errors } = mapHeader(table, o.kind.columns);
  return errors.length ? errors : duplicateIds(table, o.kind.columns, map);
}

/** The first MAX_PRINTED errors as a table, then how many more there are (`moreErrors`: not listed by the API). */
function report(io: CliIo, errors: RowError[], detail?: string, moreErrors = 0): number {
  io.progress("");
  const rows = new Set(errors.map((e) => e.row)).size;
  io.out(
    detail ??
      `${rows} ${rows === 1 ? "Zeile ist" : "Zeilen sind"} ungültig${moreErrors ? " (oder mehr)" : ""}; es wurde nichts gespeichert.`,
  );
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  if (errors.length) io.out(errorTable(sorted.slice(0, MAX_PRINTED)));
  const more = moreErrors + Math.max(0, sorted.length - MAX_PRINTED);
  if (more) io.out(`… und ${more.toLocaleString("de-DE")} weitere Fehler`);
  return 1;
}

/** Writes the organisation's export, every page of it, to `path`. */
async function exportTo(io: CliIo, o: Options, path: string): Promise<number> {
  try {
    const token = await tokenFor(io, o);
    const url = `${o.api}${o.kind.path}/export?org=${encodeURIComponent(o.org)}`;
    const file = await exportPages(io.fetch, url, token, (pages) => io.progress(`Export: ${pages} Seiten …`));
    if ("status" in file) throw new ApiError(`Die API antwortete ${file.status}: ${file.detail}`);
    await writeFile(path, file.bytes);
    io.progress("");
    io.out(`${file.rows} Zeilen exportiert nach ${path}.`);
    return 0;
  } catch (error) {
    const unreachable = error instanceof TypeError && error.message === "fetch failed";
    if (!(error instanceof ApiError) && !unreachable) throw error;
    io.progress("");
    io.out(unreachable ? `Die API ${o.api} ist nicht erreichbar.` : error.message);
    return 1;
  }
}

/** The command; returns the exit code. */
export async function runImportCli(args: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  let o: Options;
  try {
    o = parseOptions(args, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.out(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (o.exportTo) return exportTo(io, o, o.exportTo);
  const bytes = await readFile(o.file).catch((error: Error) => error);
  if (bytes instanceof Error) {
    io.out(`--file: ${o.file} ist nicht lesbar (${bytes.message}).`);
    return 2;
  }
  try {
    const table = readCsv(decodeCsv(bytes));
    const local = localErrors(table, o);
    if (local.length) return report(io, local);
    const token = await tokenFor(io, o);
    const check = await pass(io, o, token, table, true);
    if (check.errors.length) return report(io, check.errors, undefined, check.moreErrors);
    const done = o.dryRun ? check : await pass(io, o, token, table, false);
    const { created, updated, unchanged } = done.totals;
    io.progress("");
    io.out(
      `${table.records.length} Zeilen ${o.dryRun ? "gültig; ein Import ergäbe" : "importiert"}: ` +
        `${created} neu, ${updated} geändert, ${unchanged} unverändert.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DomainError)
      return report(
        io,
        (error.extra.errors as RowError[] | undefined) ?? [],
        error.message,
        Number(error.extra.moreErrors ?? 0),
      );
    const unreachable = error instanceof TypeError && error.message === "fetch failed";
    if (!(error instanceof ApiError) && !unreachable) throw error;
    io.progress("");
    io.out(unreachable ? `Die API ${o.api} ist nicht erreichbar.` : error.message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const tty = process.stderr.isTTY;
  process.exitCode = await runImportCli(process.argv.slice(2), process.env, {
    fetch,
    out: (text) => console.log(text),
    progress: (text) => void (tty && process.stderr.write(`\r\x1b[2K${text}`)),
  });
}
