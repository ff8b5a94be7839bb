import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsv } from "../../shared/csv/csv-decode.ts";
import { detectDelimiter, readCsv } from "../../shared/csv/csv-read.ts";
import { unguardFormula, writeCsv } from "../../shared/csv/csv-write.ts";
import { DomainError } from "../../shared/domain/errors.ts";

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError)
      return { status: error.statusCode, detail: error.message, ...error.extra };
    throw error;
  }
  throw new Error("not refused");
};

describe("decoding", () => {
  const text = "Titel;Preis\r\nÜbergänge – „Maß“;12 €\r\n";

  it("reads UTF-8 with and without BOM, UTF-16 (Excel's Unicode-Text) and Windows-1252 alike", () => {
    expect(decodeCsv(Buffer.from(`\uFEFF${text}`))).toBe(text);
    expect(decodeCsv(Buffer.from(text))).toBe(text);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toBe(text);
    expect(decodeCsv(iconv.encode(text, "win1252"))).toBe(text);
  });

  it("decodes all of Windows-1252's 0x80–0x9F block (Node's own TextDecoder does not)", () => {
    const bytes = Buffer.from([0x80, 0x84, 0x85, 0x8a, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0xe4]);
    expect(decodeCsv(bytes)).toBe(iconv.decode(bytes, "win1252"));
  });

  it("refuses an .xlsx, an empty file and unknown encodings with a German reason", () => {
    expect(refusal(() => decodeCsv(Buffer.from("PK\x03\x04rest")))).toMatchObject({
      status: 422,
      detail: expect.stringContaining("Excel-Arbeitsmappe (.xlsx)"),
    });
    expect(refusal(() => decodeCsv(Buffer.alloc(0)))).toMatchObject({ detail: "Die Datei ist leer." });
    expect(refusal(() => decodeCsv(Buffer.from([0x41, 0x81, 0x42])))).toMatchObject({
      detail: expect.stringContaining("Zeichenkodierung der Datei ist unbekannt"),
    });
  });
});

describe("reading", () => {
  it("detects the separator from the header row, outside quotes", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
    expect(detectDelimiter("a\tb\n")).toBe("\t");
    expect(detectDelimiter("nur eine Spalte\n")).toBe(";");
  });

  it("keeps separators, quotes and line breaks inside quoted cells, numbering rows as Excel does", () => {
    const table = readCsv('A;B\r\n"x;y";"zwei\r\nZeilen"\r\n;\r\n\r\n"sagt ""hallo""";3\r\n');
    expect(table.header).toEqual(["A", "B"]);
    expect(table.records).toEqual([
      { row: 2, cells: ["x;y", "zwei\r\nZeilen"] },
      { row: 5, cells: ['sagt "hallo"', "3"] },
    ]);
  });

  it("names the row of an unclosed quote", () => {
    expect(refusal(() => readCsv('A;B\n1;2\n3;"offen\n4;5\n'))).toMatchObject({
      status: 422,
      errors: [
        { row: 3, column: "", message: "Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen." },
      ],
    });
  });
});

describe("writing", () => {
  it("writes UTF-8 with BOM, `;` and CRLF, quoting what needs it, and defuses formulas", () => {
    const csv = writeCsv([
      ["Titel", "Telefon"],
      ["Kurs; Teil 1", "+49 521 1"],
      ["zwei\nZeilen", "=HYPERLINK(1)"],
    ]);
    expect(csv).toBe(
      '\uFEFFTitel;Telefon\r\n"Kurs; Teil 1";\'+49 521 1\r\n"zwei\nZeilen";\'=HYPERLINK(1)\r\n',
    );
    expect(readCsv(csv).records.map((r) => r.cells.map(unguardFormula))).toEqual([
      ["Kurs; Teil 1", "+49 521 1"],
      ["zwei\nZeilen", "=HYPERLINK(1)"],
    ]);
    expect(unguardFormula("'nur ein Apostroph")).toBe("'nur ein Apostroph");
  });
});
