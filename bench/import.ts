/**
 * CSV import benchmark: 1,500 qualification offers through POST /qualification-offers/import (the
 * real handler, validation and transactions) into a fresh table of the DynamoDB at `endpoint`.
 *
 *   node --import tsx bench/import.ts http://127.0.0.1:8000
 */
import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { CreateTableCommand, DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import type { Context } from "aws-lambda";
import { ulid } from "ulidx";
import { importRoutes } from "../functions/imports/routes.ts";
import { buildApiEvent } from "../local/api-event.ts";
import { writeCsv } from "../shared/csv/csv-write.ts";
import { FUNDING_LABELS, OFFER_COLUMNS, OFFER_KIND_LABELS } from "../shared/csv/offer-columns.ts";
import { createTableInput } from "../shared/db/table-definition.ts";
import { dispatch } from "../shared/http/api-handler.ts";
import { documentClient } from "../shared/runtime.ts";

const OCCUPATIONS = [
  "81302",
  "26212",
  "26252",
  "43412",
  "25212",
  "82102",
  "73202",
  "62102",
  "51312",
  "27212",
];
const POSTAL_CODES = [
  "33330",
  "33602",
  "33098",
  "32756",
  "04109",
  "01067",
  "09111",
  "33332",
  "33378",
  "32657",
];
const KINDS = Object.values(OFFER_KIND_LABELS);
const FUNDING = Object.values(FUNDING_LABELS);

/**
 * A spreadsheet of `count` valid offers as users fill it in: German dates and decimals, labels,
 * umlauts, a `;` and a line break inside some cells, online offers without PLZ, drafts and
 * published ones, spread over districts and occupations. `key` prefixes the Externe IDs.
 */
export function offerRows(count: number, key = "ANG"): string[][] {
  const rows = Array.from({ length: count }, (_, i) => {
    const online = i % 7 === 3;
    const at = (list: readonly string[], n: number) => list[n % list.length] ?? "";
    return [
      `${key}-${String(i + 1).padStart(5, "0")}`,
      `Anpassungsqualifizierung Nr. ${i + 1} – Fachkräfte für Gesundheit; Technik & Büro`,
      i % 5 === 0 ? "Theorie und Praxis.\nZweite Zeile: Prüfungsvorbereitung." : "Kurs mit Praxisphasen.",
      "Bildungsträger Süd gGmbH",
      i % 3 === 0 ? "https://example.org/kurse" : "",
      i % 4 === 0 ? `${at(OCCUPATIONS, i)}, ${at(OCCUPATIONS, i + 1)}` : at(OCCUPATIONS, i),
      at(KINDS, i),
      online ? "Online" : i % 2 ? "Präsenz" : "Hybrid",
      online ? "" : at(POSTAL_CODES, i * 7),
      `0${1 + (i % 9)}.03.2027`,
      i % 6 === 0 ? "" : "31.08.2027",
      i % 2 ? "ja" : "nein",
      i % 3 ? "ja" : "nein",
      String(4 + (i % 40)),
      ["A2", "B1", "B2", "C1"][i % 4] ?? "B1",
      i % 2 ? "ar, uk" : "tr",
      `${at(FUNDING, i)}, ${at(FUNDING, i + 1)}`,
      i % 10 === 0 ? "" : `${1000 + i},50`,
      String(8 + (i % 12)),
      "Jürgen Weiß",
      `kurs-${i + 1}@example.org`,
      "0521 123456",
      i % 4 === 0 ? "Entwurf" : "Veröffentlicht",
      i % 11 === 0 ? "C2" : "",
      i % 9 === 0 ? "Sachsen" : "",
      // Modules (issue 28): one per line, as the export writes them.
      i % 8 === 0
        ? "Pflegeprozess | Pflegeprozess; Pflegediagnostik | 120 | Theorie | 01.03.2027, 01.09.2027 | M1\nPraxiseinsatz | Akutpflege | 200 | Praxis |  | M2"
        : "",
    ];
  });
  return [OFFER_COLUMNS.columns.map((column) => column.header), ...rows];
}

const context = { awsRequestId: "bench", functionName: "bench" } as Context;

export async function benchImport(
  endpoint: string,
  rows = 1500,
): Promise<{ rows: number; seconds: number; itemsPerSecond: number; calls: number }> {
  const db = documentClient(endpoint);
  const tableName = `bench-import-${randomUUID()}`;
  await db.send(new CreateTableCommand(createTableInput(tableName, { stream: false })));
  try {
    const deps = { db, tableName, clock: () => new Date(), newId: () => ulid(), candidateRetentionDays: 365 };
    const handler = dispatch(importRoutes(deps));
    const event = buildApiEvent({
      method: "POST",
      routePath: "/qualification-offers/import",
      rawPath: "/qualification-offers/import",
      headers: { "content-type": "text/csv" },
      body: Buffer.from(writeCsv(offerRows(rows))),
      claims: { sub: "bench", "cognito:groups": ["provider"], "custom:org": "bench" },
    });
    const started = performance.now();
    // Past the write budget the route answers 503 "import incomplete" and asks for the same file
    // again (done rows stay unchanged): sent again as a user would, and counted.
    let result = await handler(event, context);
    let calls = 1;
    for (; result.statusCode === 503 && result.body?.includes("import-incomplete") && calls < 5; calls++)
      result = await handler(event, context);
    const seconds = (performance.now() - started) / 1000;
    if (result.statusCode !== 200) throw new Error(`import answered ${result.statusCode}: ${result.body}`);
    return { rows, seconds: Number(seconds.toFixed(2)), itemsPerSecond: Math.round(rows / seconds), calls };
  } finally {
    await db.send(new DeleteTableCommand({ TableName: tableName }));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const endpoint = process.argv[2] ?? process.env.DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error("Usage: node --import tsx bench/import.ts <DynamoDB endpoint>");
  console.log(JSON.stringify(await benchImport(endpoint)));
}
