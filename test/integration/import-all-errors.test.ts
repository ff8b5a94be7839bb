import type { Context } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import { importRoutes } from "../../functions/imports/routes.ts";
import { buildApiEvent } from "../../local/api-event.ts";
import { writeCsv } from "../../shared/csv/csv-write.ts";
import { PLACE_COLUMNS } from "../../shared/csv/place-columns.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { claimsFor } from "../support/events.ts";
import { employer, referralWorld } from "../support/referral-world.ts";
import { checkAnswer } from "../support/openapi-check.ts";

let imports: RouteHandler;

beforeAll(async () => {
  imports = dispatch(importRoutes((await referralWorld()).deps));
});

const HEADER = PLACE_COLUMNS.columns.map((c) => c.header);
const GOOD: Record<string, string> = {
  Titel: "Mentoring Pflege Station 3",
  "Berufe (KldB)": "81302",
  Arten: "Mentoring-Tandem",
  PLZ: "33330",
  Plätze: "2",
  "Verfügbar ab": "01.12.2026",
  Deutschniveau: "B1",
  Sprachen: "ar",
  "Kontakt Name": "Petra Beispiel",
  "Kontakt E-Mail": "petra.beispiel@example.org",
  Status: "Entwurf",
};
const place = (cells: Record<string, string>) => HEADER.map((h) => cells[h] ?? GOOD[h] ?? "");

async function dryRun(csv: string) {
  const event = buildApiEvent({
    method: "POST",
    routePath: "/mentoring-places/import",
    rawPath: "/mentoring-places/import",
    rawQueryString: "dryRun=true",
    headers: { "content-type": "text/csv" },
    body: Buffer.from(csv),
    claims: claimsFor(employer),
  });
  const result = await imports(event, {} as Context);
  checkAnswer("POST", "/mentoring-places/import", result);
  return { status: result.statusCode, body: JSON.parse(result.body ?? "{}") };
}

describe("one dry run lists every error of the file", () => {
  it("format and reference errors together, per row and column, in plain German", async () => {
    const csv = writeCsv([
      HEADER,
      place({ "Externe ID": "A", Plätze: "-3", Deutschniveau: "A7", Titel: "Pf" }),
      place({ "Externe ID": "B", "Berufe (KldB)": "99999", PLZ: "1234", Sprachen: "xx" }),
      place({ "Externe ID": "C", Plätze: "0", "Berufe (KldB)": "81302, 99998", "Kontakt E-Mail": "petra@" }),
      place({ "Externe ID": "D" }),
    ]);
    const res = await dryRun(csv);
    expect(res.status).toBe(422);
    expect(res.body.detail).toBe("3 Zeilen sind ungültig; es wurde nichts gespeichert.");
    expect(res.body.errors).toEqual([
      { row: 2, column: "Titel", message: "mindestens 3 Zeichen" },
      { row: 2, column: "Plätze", message: "mindestens 1" },
      { row: 2, column: "Deutschniveau", message: "A1, A2, B1, B2, C1 oder C2" },
      { row: 3, column: "Berufe (KldB)", message: "Unbekannte KldB-Berufsgattung 99999" },
      { row: 3, column: "PLZ", message: "Unbekannte Postleitzahl 01234" },
      {
        row: 3,
        column: "Sprachen",
        message:
          "„xx“ ist keine bekannte Sprache; bitte ISO-Code (z. B. ar, uk) oder deutscher Name (z. B. Arabisch, Ukrainisch)",
      },
      { row: 4, column: "Berufe (KldB)", message: "Unbekannte KldB-Berufsgattung 99998" },
      { row: 4, column: "Plätze", message: "mindestens 1" },
      { row: 4, column: "Kontakt E-Mail", message: "keine gültige E-Mail-Adresse, z. B. name@example.org" },
    ]);
  });
});
