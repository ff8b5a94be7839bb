import type { Context } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import { importRoutes } from "../../functions/imports/routes.ts";
import { buildApiEvent } from "../../local/api-event.ts";
import { writeCsv } from "../../shared/csv/csv-write.ts";
import { PLACE_COLUMNS } from "../../shared/csv/place-columns.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { type Caller, claimsFor, invoke } from "../support/events.ts";
import { employer, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;
let imports: RouteHandler;

beforeAll(async () => {
  world = await referralWorld();
  imports = dispatch(importRoutes(world.deps));
});

const HEADER = PLACE_COLUMNS.columns.map((c) => c.header);
const place = (cells: Record<string, string>) =>
  HEADER.map(
    (header) =>
      cells[header] ??
      {
        Titel: "Mentoring Pflege Station 3",
        Beschreibung: "Praxisphase mit Mentorin.",
        "Berufe (KldB)": "81302",
        Arten: "Mentoring-Tandem, Hospitation",
        PLZ: "33330",
        Plätze: "2",
        "Verfügbar ab": "01.12.2026",
        "Stunden pro Woche": "19,5",
        Deutschniveau: "b1",
        Sprachen: "AR; en",
        "Kontakt Name": "Petra Beispiel",
        "Kontakt E-Mail": "petra.beispiel@example.org",
        Status: "Veröffentlicht",
      }[header] ??
      "",
  );
const file = (...rows: string[][]) => writeCsv([HEADER, ...rows]);

async function upload(csv: string, caller: Caller = employer) {
  const event = buildApiEvent({
    method: "POST",
    routePath: "/mentoring-places/import",
    rawPath: "/mentoring-places/import",
    headers: { "content-type": "text/csv" },
    body: Buffer.from(csv),
    claims: claimsFor(caller),
  });
  const result = await imports(event, {} as Context);
  return { status: result.statusCode, body: JSON.parse(result.body ?? "{}") };
}

const listed = async () =>
  (await world.call("places", "GET /mentoring-places", { caller: employer, query: "limit=100" })).body
    .items as { id: string; externalId: string; capacity: number; acceptedCount: number; status: string }[];

describe("POST /mentoring-places/import", () => {
  it("maps labels, lists and German numbers; an archived place and the export round-trip", async () => {
    const csv = file(place({ "Externe ID": "P-1" }), place({ "Externe ID": "P-2", Status: "Archiviert" }));
    expect((await upload(csv)).body).toMatchObject({ created: 2 });
    const stored = await listed();
    const [published, archived] = ["P-1", "P-2"].map((key) => stored.find((p) => p.externalId === key));
    expect(published).toMatchObject({
      externalId: "P-1",
      kinds: ["mentoring-tandem", "hospitation"],
      hoursPerWeek: 19.5,
      germanLevel: "B1",
      languages: ["ar", "en"],
      availableFrom: "2026-12-01",
      acceptedCount: 0,
      status: "published",
    });
    expect(archived).toMatchObject({ externalId: "P-2", status: "archived" });
    const exported = (await invoke(imports, "GET /mentoring-places/export", { caller: employer }))
      .body as string;
    expect(exported).toContain(
      "\r\nP-1;Mentoring Pflege Station 3;Praxisphase mit Mentorin.;81302;Mentoring-Tandem, Hospitation;33330;2;01.12.2026;;19,5;B1;ar, en;",
    );
    expect(exported).toContain(";Archiviert\r\n");
    expect((await upload(exported)).body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it("keeps taken seats: capacity below them is a row error, other edits keep acceptedCount", async () => {
    await upload(file(place({ "Externe ID": "SEATS", Titel: "Zwei Plätze" })));
    const seats = (await listed()).find((p) => p.externalId === "SEATS");
    for (const reference of ["S-1", "S-2"]) {
      const candidate = await world.candidate({ reference });
      const referral = await world.propose(candidate.id, seats?.id ?? "");
      expect((await world.act(referral.body.id, "accept", employer)).status).toBe(200);
    }
    const shrink = await upload(file(place({ "Externe ID": "SEATS", Titel: "Zwei Plätze", Plätze: "1" })));
    expect(shrink).toMatchObject({ status: 422 });
    expect(shrink.body.errors).toEqual([
      {
        row: 2,
        column: "Plätze",
        message: "Bereits 2 Plätze vergeben; die Kapazität kann nicht darunter sinken",
      },
    ]);
    const retitled = await upload(file(place({ "Externe ID": "SEATS", Titel: "Zwei Plätze, voll" })));
    expect(retitled.body).toMatchObject({ updated: 1 });
    expect((await listed()).find((p) => p.externalId === "SEATS")).toMatchObject({
      capacity: 2,
      acceptedCount: 2,
    });
  });

  it("is for employers and admins only", async () => {
    const csv = file(place({ "Externe ID": "ROLLE" }));
    expect((await upload(csv, { role: "provider", org: "klinikum" })).status).toBe(403);
    expect((await upload(csv, { role: "coach", org: "klinikum" })).status).toBe(403);
  });

  it("serves a valid template", async () => {
    const template = (await invoke(imports, "GET /mentoring-places/import-template")).body as string;
    expect(template.split("\r\n")[0]).toBe(`\uFEFF${HEADER.join(";")}`);
    expect((await upload(template, { role: "employer", org: "vorlage" })).body).toMatchObject({ created: 1 });
  });
});
