import { LEARNING_KINDS } from "../schemas/recognition.ts";
import { CellError, type CellFormat, choice, date, integer } from "./cell-formats.ts";
import { echo } from "./import-errors.ts";

/**
 * An offer's modules (issue 28) in ONE cell, one module per line (Alt+Enter in Excel, Ctrl+Enter
 * in LibreOffice), its parts separated by `|`:
 *
 *   Titel | Thema; Thema | Stunden | Art | Termine | ID
 *   Pflegeprozess | Pflegeprozess; Pflegediagnostik | 120 | Theorie | 01.03.2027, 01.09.2027 | M1
 *
 * Titel, Themen (`;` between them), Stunden and Art are needed; Termine (dates, `,` between them)
 * and ID may be left out or blank. A module without ID gets `m<line>`; the export writes the ID,
 * so an exported file keeps its modules' IDs (a saved plan names them).
 */
export const LEARNING_KIND_LABELS: Record<(typeof LEARNING_KINDS)[number], string> = {
  theory: "Theorie",
  practice: "Praxis",
  language: "Sprache",
};

const kind = choice(LEARNING_KIND_LABELS);
const PART = "|";
const LINE_BREAK = /\r\n?|\n/;
const parts = (line: string) => line.split(PART).map((part) => part.trim());

function readModule(line: string, position: number): Record<string, unknown> {
  const [title = "", topics = "", hours = "", learning = "", dates = "", id = "", ...rest] = parts(line);
  const where = `Modul ${position}`;
  if (rest.length > 0 || learning === "")
    throw new CellError(
      `${where} ${echo(line)}: erwartet „Titel | Thema; Thema | Stunden | Art“, dahinter wahlweise „| Termine | ID“`,
    );
  const at = (error: unknown) =>
    new CellError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
  try {
    const startDates = dates
      .split(",")
      .filter((d) => d.trim() !== "")
      .map((d) => date.read(d));
    return {
      id: id === "" ? `m${position}` : id,
      title,
      topics: topics
        .split(";")
        .map((t) => t.trim())
        .filter((t) => t !== ""),
      hours: integer.read(hours),
      kind: kind.read(learning),
      ...(startDates.length > 0 ? { startDates } : {}),
    };
  } catch (error) {
    throw at(error);
  }
}

const writeModule = (m: Record<string, unknown>): string =>
  [
    String(m.title ?? ""),
    Array.isArray(m.topics) ? m.topics.join("; ") : "",
    String(m.hours ?? ""),
    kind.write(m.kind),
    Array.isArray(m.startDates) ? m.startDates.map((d) => date.write(d)).join(", ") : "",
    String(m.id ?? ""),
  ].join(` ${PART} `);

export const modules: CellFormat = {
  read: (cell) => {
    const lines = cell.split(LINE_BREAK).filter((line) => line.trim() !== "");
    return lines.length === 0 ? undefined : lines.map((line, i) => readModule(line, i + 1));
  },
  write: (value) =>
    Array.isArray(value) ? value.map((m) => writeModule(m as Record<string, unknown>)).join("\n") : "",
};
