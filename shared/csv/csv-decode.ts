import { isUtf8 } from "node:buffer";
import { unreadableFile } from "./import-errors.ts";

const SAVE_AS = "In Excel: Datei → Speichern unter → „CSV UTF-8 (durch Trennzeichen getrennt)“.";

/** Control characters (C0, DEL, C1) no spreadsheet writes into text; tab and line breaks are fine. */
const CONTROL = /[^\P{Cc}\t\n\r]/u;

const startsWith = (bytes: Buffer, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F (€, „, “, –, …, Š, Ÿ; WHATWG table; the five
 * unassigned bytes stay control characters). Node's TextDecoder("windows-1252") decodes that
 * block as Latin-1 in Node 20.18.3+ and 22.13+ (nodejs/node#56542), so the table is applied here.
 */
const CP1252_80_9F = String.fromCodePoint(
  ...[0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039],
  ...[0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014],
  ...[0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178],
);
const windows1252 = (bytes: Buffer) =>
  bytes.toString("latin1").replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] ?? c);

/**
 * The file's text, whatever Excel or LibreOffice saved: UTF-8 with or without BOM, UTF-16 with
 * BOM ("Unicode-Text"), or — when the bytes are not UTF-8 — Windows-1252 ("CSV (Trennzeichen-
 * getrennt)" on German Windows), decoded without a package. Anything else (an .xlsx,
 * an unknown encoding) is refused with a message rather than read with garbled umlauts.
 */
export function decodeCsv(bytes: Buffer): string {
  if (bytes.length === 0) throw unreadableFile("Die Datei ist leer.");
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04))
    throw unreadableFile(`Das ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. ${SAVE_AS}`);
  const text = startsWith(bytes, 0xff, 0xfe)
    ? new TextDecoder("utf-16le").decode(bytes)
    : startsWith(bytes, 0xfe, 0xff)
      ? new TextDecoder("utf-16be").decode(bytes)
      : isUtf8(bytes)
        ? new TextDecoder("utf-8").decode(bytes) // drops a BOM
        : windows1252(bytes);
  if (CONTROL.test(text)) {
    throw unreadableFile(
      `Die Zeichenkodierung der Datei ist unbekannt (weder UTF-8 noch Windows-1252). ${SAVE_AS}`,
    );
  }
  return text;
}
