import type { Context } from "aws-lambda";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { offerRows } from "../../bench/import.ts";
import { importRoutes } from "../../functions/imports/routes.ts";
import { buildApiEvent } from "../../local/api-event.ts";
import { readCsv } from "../../shared/csv/csv-read.ts";
import { writeCsv } from "../../shared/csv/csv-write.ts";
import { IMPORT_LIMITS } from "../../shared/csv/limits.ts";
import { OFFER_COLUMNS } from "../../shared/csv/offer-columns.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, claimsFor, invoke } from "../support/events.ts";

const provider: Caller = { role: "provider", org: "bildung-sued" };
const BULK = 600_000;

let imports: RouteHandler;
let offers: RouteHandler;

beforeAll(async () => {
  const deps = await testDeps();
  // DynamoDB Local (one for the whole suite) runs one transaction at a time and far slower than
  // DynamoDB: two in flight keep the other test files' requests from queueing behind the bulk
  // import, and the write budget (a guard against the Lambda timeout, tested in
  // import-refresh.test.ts) gets room.
  imports = dispatch(importRoutes(deps, { ...IMPORT_LIMITS, writeBudgetMs: BULK, concurrency: 2 }));
  offers = dispatch(listingHandlers(qualificationOfferResource, deps));
});

/** POST …/import as API Gateway passes a text/csv upload: base64-encoded bytes. */
async function upload(file: Buffer | string, caller: Caller = provider, query = "") {
  const event = buildApiEvent({
    method: "POST",
    routePath: "/qualification-offers/import",
    rawPath: "/qualification-offers/import",
    rawQueryString: query,
    headers: { "content-type": "text/csv" },
    body: Buffer.from(file),
    claims: claimsFor(caller),
  });
  const result = await imports(event, {} as Context);
  return { status: result.statusCode, body: JSON.parse(result.body ?? "{}") };
}

const exportCsv = async (caller: Caller = provider, query = "") =>
  invoke(imports, "GET /qualification-offers/export", { caller, query });

/** Every cell read and written again by its column's format: "1.001,50" and "1001,5" are equal then. */
function normalised(csv: string) {
  const table = readCsv(csv);
  const columns = table.header.map((h) => OFFER_COLUMNS.columns.find((c) => c.header === h));
  return table.records
    .map(({ cells }) =>
      cells.map((cell, i) => columns[i]?.format.write(columns[i]?.format.read(cell)) ?? cell),
    )
    .sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

const file = (rows: string[][]) => writeCsv([OFFER_COLUMNS.columns.map((c) => c.header), ...rows]);
const oneRow = (key: string) => offerRows(1, key).slice(1);

describe("POST /qualification-offers/import", () => {
  it(
    "imports 1,500 rows, re-imports them unchanged, and exports the same rows",
    async () => {
      const csv = writeCsv(offerRows(1500));
      expect(await upload(csv)).toMatchObject({
        status: 200,
        body: { rows: 1500, created: 1500, updated: 0, unchanged: 0, dryRun: false },
      });
      expect((await upload(csv)).body).toMatchObject({ created: 0, updated: 0, unchanged: 1500 });
      const exported = await exportCsv();
      expect(exported.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(exported.body.startsWith("\uFEFFExterne ID;Titel;")).toBe(true);
      expect(normalised(exported.body)).toEqual(normalised(csv));
      // The export itself imports unchanged: the round trip Excel users make.
      expect((await upload(exported.body)).body).toMatchObject({ unchanged: 1500 });
    },
    BULK,
  );

  it("updates an edited row to a new version and leaves the others alone; dryRun writes nothing", async () => {
    const caller = { ...provider, org: "edit-org" };
    const rows = offerRows(3, "EDIT").slice(1);
    await upload(file(rows), caller);
    const edited = rows.map((row, i) =>
      i === 1 ? row.map((cell, c) => (c === 1 ? "Neuer Titel" : cell)) : row,
    );
    const dry = await upload(file(edited), caller, "dryRun=true");
    expect(dry.body).toMatchObject({ created: 0, updated: 1, unchanged: 2, dryRun: true });
    expect((await upload(file(edited), caller)).body).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const list = await invoke(offers, "GET /qualification-offers", { caller });
    const item = list.body.items.find((i: { externalId?: string }) => i.externalId === "EDIT-00002");
    expect(item).toMatchObject({ title: "Neuer Titel", version: 2 });
    expect(list.body.items).toHaveLength(3);
  });

  it("reports exactly the 7 bad rows, by row number and German header, and writes nothing", async () => {
    const caller = { ...provider, org: "bad-rows-org" };
    const row = (n: number, header?: string, value = "") =>
      (oneRow(`BAD-${n}`)[0] ?? []).map((cell, i) =>
        OFFER_COLUMNS.columns[i]?.header === header ? value : cell,
      );
    const rows = [
      row(1),
      row(2, "Berufe (KldB)", "99999"),
      row(3, "Beginn", "31.02.2027"),
      row(4),
      row(5, "Kontakt E-Mail", "keine-adresse"),
      row(6, "Format", "Fernstudium"),
      row(7, "Titel", ""),
      row(8, "Ende", "01.01.2027"),
      row(9),
      row(10, "PLZ", "99999"),
    ];
    const res = await upload(file(rows), caller);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ title: "Ungültige Zeilen", status: 422 });
    expect(res.body.detail).toBe("7 Zeilen sind ungültig; es wurde nichts gespeichert.");
    expect(res.body.errors).toEqual([
      { row: 3, column: "Berufe (KldB)", message: "Unbekannte KldB-Berufsgattung 99999" },
      {
        row: 4,
        column: "Beginn",
        message: "„31.02.2027“ ist kein Datum; erwartet TT.MM.JJJJ, z. B. 01.03.2027",
      },
      { row: 6, column: "Kontakt E-Mail", message: expect.any(String) },
      { row: 7, column: "Format", message: "„Fernstudium“ ist unbekannt; erlaubt: Präsenz, Online, Hybrid" },
      { row: 8, column: "Titel", message: "Pflichtangabe fehlt" },
      { row: 9, column: "Ende", message: "Ende liegt vor dem Beginn" },
      { row: 11, column: "PLZ", message: "Unbekannte Postleitzahl 99999" },
    ]);
    const list = await invoke(offers, "GET /qualification-offers", { caller });
    expect(list.body.items).toEqual([]);
  });
});

describe("files as Excel and LibreOffice write them", () => {
  const header = OFFER_COLUMNS.columns.map((c) => c.header);
  const row = (key: string, overrides: Record<string, string>) =>
    header.map((h, i) => overrides[h] ?? oneRow(key)[0]?.[i] ?? "");
  const stored = async (org: string) =>
    (await invoke(offers, "GET /qualification-offers", { caller: { ...provider, org } })).body.items[0];

  it("reads `,`-separated UTF-8 without BOM, LF line ends, a quoted line break, ISO dates, a PLZ Excel cut to 4 digits", async () => {
    const cells = row("KOMMA-1", {
      Titel: "Brückenkurs, Teil 1",
      Beschreibung: 'Zeile eins\nZeile "zwei"',
      PLZ: "1067",
      Beginn: "2027-03-01",
      "Kosten (EUR)": "1.250,50",
    });
    const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    const csv = [header, cells].map((r) => r.map(quote).join(",")).join("\n");
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const res = await upload(csv, { ...provider, org: "komma" });
    expect(res.body).toMatchObject({ created: 1 });
    expect(await stored("komma")).toMatchObject({
      title: "Brückenkurs, Teil 1",
      description: 'Zeile eins\nZeile "zwei"',
      location: { postalCode: "01067", place: "Dresden" },
      start: "2027-03-01",
      costEur: 1250.5,
    });
  });

  it("detects Windows-1252 (Excel's „CSV (Trennzeichen-getrennt)“) and keeps the umlauts", async () => {
    const csv = [
      header,
      row("ANSI-1", { Titel: "Übergangskurs Größe & Maß – €", "Kontakt Name": "Jürgen Weiß" }),
    ]
      .map((r) => r.map((cell) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(";"))
      .join("\r\n");
    const bytes = iconv.encode(csv, "win1252");
    expect(bytes.includes(Buffer.from("Ü", "utf8"))).toBe(false);
    expect((await upload(bytes, { ...provider, org: "ansi" })).body).toMatchObject({ created: 1 });
    expect(await stored("ansi")).toMatchObject({
      title: "Übergangskurs Größe & Maß – €",
      contact: { name: "Jürgen Weiß" },
    });
  });

  it("reads languages written as German names and refuses an unknown one, naming the cell", async () => {
    const named = file([row("NAMEN-1", { Sprachen: "Arabisch, Ukrainisch" })]);
    expect((await upload(named, { ...provider, org: "namen" })).body).toMatchObject({ created: 1 });
    expect((await stored("namen")).languages).toEqual(["ar", "uk"]);
    const unknown = file([row("NAMEN-2", { Sprachen: "Arabisch, Klingonisch" })]);
    const res = await upload(unknown, { ...provider, org: "namen-falsch" });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      {
        row: 2,
        column: "Sprachen",
        message:
          "„Klingonisch“ ist keine bekannte Sprache; bitte ISO-Code (z. B. ar, uk) oder deutscher Name (z. B. Arabisch, Ukrainisch)",
      },
    ]);
  });

  it("imports files written with the template before issue 27: old labels keep their meaning", async () => {
    const old = file([
      row("ALT-1", { Art: "Anpassungslehrgang", Förderung: "Bildungsgutschein, Anerkennungszuschuss" }),
    ]);
    expect((await upload(old, { ...provider, org: "alte-vorlage" })).body).toMatchObject({ created: 1 });
    const offer = await stored("alte-vorlage");
    // "Anpassungslehrgang" was adaptation-course's label: same kind as before, nothing reinterpreted.
    expect(offer.kind).toBe("adaptation-course");
    // The Anerkennungszuschuss pays the procedure, not courses: read as nothing.
    expect(offer.funding).toEqual(["bildungsgutschein"]);
    const current = file([
      row("NEU-1", { Art: "Anpassungslehrgang (Ausgleichsmaßnahme)", Förderung: "Anerkennungszuschuss" }),
    ]);
    expect((await upload(current, { ...provider, org: "neue-vorlage" })).body).toMatchObject({ created: 1 });
    expect(await stored("neue-vorlage")).toMatchObject({ kind: "adaptation-period", funding: [] });
  });

  it("refuses what it cannot read with a German reason instead of garbling it", async () => {
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect((await upload(xlsx)).body).toMatchObject({
      status: 422,
      detail: expect.stringMatching(/^Das ist eine Excel-Arbeitsmappe/),
    });
    const unknown = Buffer.concat([Buffer.from("Externe ID;Titel\r\nA;"), Buffer.from([0x81, 0x8d])]);
    expect((await upload(unknown)).body.detail).toMatch(/Zeichenkodierung der Datei ist unbekannt/);
    const unclosed = (await upload(`${header.join(";")}\r\nX;"offen\r\n`)).body;
    expect(unclosed).toMatchObject({ status: 422, errors: [{ row: 2, column: "" }] });
    const headers = (await upload("Externe ID;Titel;Farbe\r\nA;Kurs;rot\r\n")).body;
    expect(headers.errors).toContainEqual({ row: 1, column: "Farbe", message: "Unbekannte Spalte" });
    expect(headers.errors).toContainEqual({ row: 1, column: "Kontakt E-Mail", message: "Spalte fehlt" });
  });

  it("serves the template, whose example row is valid", async () => {
    const template = await invoke(imports, "GET /qualification-offers/import-template");
    expect(template.status).toBe(200);
    expect(template.headers["content-disposition"]).toBe(
      'attachment; filename="qualifizierungsangebote-vorlage.csv"',
    );
    expect(template.body).toContain("\r\nKURS-2027-01;Anpassungslehrgang Pflege mit Praxiseinsätzen;");
    const dry = await upload(template.body, { ...provider, org: "vorlage" }, "dryRun=true");
    expect(dry.body).toEqual({ rows: 1, created: 1, updated: 0, unchanged: 0, dryRun: true });
  });
});
