import { describe, expect, it } from "vitest";
import { alertActions, alertKeys, toAlertEntry } from "../../shared/db/alert-index.ts";
import { alertRange } from "../../shared/db/keys.ts";
import {
  type AlertEntry,
  alertBand,
  alertCover,
  alertFits,
  byCoach,
  isNewTo,
  sameCriteria,
} from "../../shared/domain/alerts.ts";
import { cellOf } from "../../shared/domain/geo-cover.ts";
import { resolvePostalCode } from "../../shared/reference/postal-codes.ts";
import type { Candidate } from "../../shared/schemas/candidate.ts";
import { guetersloh, north, offer, place, today } from "./matching-fixtures.ts";
import { notRegulated } from "../../shared/domain/regulation.ts";

const alert = (over: Partial<AlertEntry> = {}): AlertEntry => ({
  candidateId: "C1",
  org: "mozaik",
  coach: "coach-1",
  occupation: "81302",
  point: guetersloh,
  radiusKm: 50,
  germanLevel: "B1",
  state: "05",
  expiresAt: "2027-11-23T10:00:00.000Z",
  ...over,
});

/** Is the stored cell of `point` inside one of the ranges the item at `item` reads for `bandKm`? */
function read(item: { lat: number; lon: number }, point: { lat: number; lon: number }, bandKm: number) {
  const band = alertCover(item).find((b) => b.bandKm === bandKm);
  const sk = `${alertRange(bandKm, cellOf(point), "").from}#C1`;
  return (band?.ranges ?? []).some((r) => {
    const { from, to } = alertRange(bandKm, r.first, r.last);
    return sk >= from && sk <= to;
  });
}

describe("alert index: the reverse lookup reads a few bounded key ranges", () => {
  it("puts every radius in the band of the smallest radius that holds it", () => {
    expect([1, 10, 50, 51, 100, 101, 300].map(alertBand)).toEqual([50, 50, 50, 100, 100, 300, 300]);
    // The schemas allow no larger radius; one would still get the widest band, not an error.
    expect(alertBand(301)).toBe(300);
  });

  it("reads at most 14 ranges around an item, per band at most its budget", () => {
    const cover = alertCover(guetersloh);
    expect(cover.map((b) => b.bandKm)).toEqual([50, 100, 300]);
    expect(cover.map((b) => b.ranges.length)).toEqual([4, 4, 6]);
    expect(cover[0]?.ranges.every((r) => r.first.length === 5)).toBe(true);
    expect(cover[2]?.ranges.every((r) => r.first.length === 4)).toBe(true);
  });

  it("finds candidates inside each band's radius and no one far outside it", () => {
    expect(read(guetersloh, north(49), 50)).toBe(true);
    expect(read(guetersloh, north(99), 100)).toBe(true);
    expect(read(guetersloh, north(299), 300)).toBe(true);
    // Bounded: the 50 km band reads nothing 150 km away, the widest band nothing beyond 300 km (+ cells).
    expect(read(guetersloh, north(150), 50)).toBe(false);
    expect(read(guetersloh, north(500), 300)).toBe(false);
  });
});

describe("alert check: the ranking's own rules", () => {
  it("fits a related item of the same Berufsgruppe inside the radius", () => {
    expect(
      alertFits(alert(), place("P", { occupations: ["81301"], point: north(30) }), today, notRegulated),
    ).toBe(true);
  });

  it("does not fit another Berufsgruppe, an item beyond the radius, another Land or too much German", () => {
    const misses = [
      place("P", { occupations: ["26212"] }),
      place("P", { point: north(60) }),
      offer("O", { validIn: ["14"] }),
      place("P", { germanLevel: "C1" }),
      place("P", { acceptedCount: 2 }),
    ];
    expect(misses.map((item) => alertFits(alert(), item, today, notRegulated))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("takes the candidate's availability into account: a place that ends before it is no fit", () => {
    const ending = place("P", { availableUntil: "2027-01-31" });
    expect(alertFits(alert(), ending, today, notRegulated)).toBe(true);
    expect(alertFits(alert({ availableFrom: "2027-03-01" }), ending, today, notRegulated)).toBe(false);
  });

  it("fits an online offer wherever the candidate lives", () => {
    const online = offer("O", { online: true, point: undefined });
    expect(alertFits(alert({ point: north(400) }), online, today, notRegulated)).toBe(true);
  });

  it("groups the fitting candidates by coach: one notice each", () => {
    const groups = byCoach([
      alert({ candidateId: "C1" }),
      alert({ candidateId: "C2" }),
      alert({ candidateId: "C3", coach: "coach-2" }),
      alert({ candidateId: "C4", coach: undefined }),
    ]);
    expect(groups).toEqual([
      { org: "mozaik", coach: "coach-1", candidateIds: ["C1", "C2"] },
      { org: "mozaik", coach: "coach-2", candidateIds: ["C3"] },
      { org: "mozaik", candidateIds: ["C4"] },
    ]);
  });
});

describe("alert entries follow the candidate", () => {
  const location = resolvePostalCode("33330");
  if (!location) throw new Error("33330 missing in the reference data");
  const candidate = (over: Partial<Candidate> = {}): Candidate => ({
    id: "C1",
    org: "mozaik",
    reference: "OWL-1",
    occupation: "81302",
    location,
    radiusKm: 50,
    languages: ["ar"],
    alerts: true,
    entryDate: "2026-11-23",
    consents: [],
    version: 1,
    createdAt: "2026-11-23T10:00:00.000Z",
    updatedAt: "2026-11-23T10:00:00.000Z",
    expiresAt: "2027-11-23T10:00:00.000Z",
    ...over,
  });

  it("has one entry with alerts, none without", () => {
    expect(alertKeys(candidate())).toEqual([{ PK: "ALERT#813", SK: `R050#G#${cellOf(location)}#C1` }]);
    expect(alertKeys(candidate({ alerts: false }))).toEqual([]);
    expect(alertKeys(candidate({ alerts: undefined }))).toEqual([]);
  });

  it("holds what matching needs, not the case number, languages or recognition", () => {
    const entry = toAlertEntry(candidate({ germanLevel: "B1" }), "coach-1");
    expect(Object.keys(entry).sort()).toEqual(
      [
        "candidateId",
        "coach",
        "expiresAt",
        "germanLevel",
        "occupation",
        "org",
        "point",
        "radiusKm",
        "state",
      ].sort(),
    );
  });

  it("is deleted when alerts go off, moved when the radius band changes, put again otherwise", () => {
    const kinds = (actions: ReturnType<typeof alertActions>) => actions.map((a) => Object.keys(a)[0]);
    expect(kinds(alertActions("t", candidate(), candidate({ alerts: false }), "c"))).toEqual(["Delete"]);
    expect(kinds(alertActions("t", candidate(), candidate({ radiusKm: 200 }), "c"))).toEqual([
      "Delete",
      "Put",
    ]);
    expect(kinds(alertActions("t", candidate(), candidate({ version: 2 }), "c"))).toEqual(["Update"]);
    expect(kinds(alertActions("t", undefined, candidate({ alerts: false }), "c"))).toEqual([]);
  });

  it("sets `since` when alerts start or a criterion changes, keeps it on any other change", () => {
    const later = "2026-11-30T08:00:00.000Z";
    const [created] = alertActions("t", undefined, candidate(), "c");
    expect(created?.Put?.Item).toMatchObject({ since: "2026-11-23T10:00:00.000Z", alert: { radiusKm: 50 } });
    const [switchedOn] = alertActions(
      "t",
      candidate({ alerts: false }),
      candidate({ updatedAt: later }),
      "c",
    );
    expect(switchedOn?.Put?.Item?.since).toBe(later);
    const [narrower] = alertActions("t", candidate(), candidate({ radiusKm: 40, updatedAt: later }), "c");
    expect(narrower?.Put?.Item).toMatchObject({ since: later, alert: { radiusKm: 40 } });
    const [relabelled] = alertActions(
      "t",
      candidate(),
      candidate({ ownReference: "AZ-1", updatedAt: later }),
      "c",
    );
    const update = relabelled?.Update;
    expect(update?.Key).toEqual(alertKeys(candidate())[0]);
    expect(update?.UpdateExpression).toMatch(/#since = if_not_exists\(#since, :since\)$/);
    expect(update?.ExpressionAttributeNames?.["#since"]).toBe("since");
    expect(update?.ExpressionAttributeValues?.[":since"]).toBe(later);
    // Everything else is written again: the entry, its expiry and its link to the candidate.
    expect(Object.values(update?.ExpressionAttributeNames ?? {}).sort()).toEqual(
      ["GSI3PK", "GSI3SK", "alert", "expiresAtEpoch", "since"].sort(),
    );
    expect(Object.values(update?.ExpressionAttributeValues ?? {})).toContainEqual(
      toAlertEntry(candidate(), "c"),
    );
  });
});

describe("alerts only for what is new to the candidate", () => {
  it("counts an item that became matchable at or after `since`, or when either time is unknown", () => {
    const since = "2026-11-23T10:00:00.000Z";
    expect(isNewTo(alert({ since }), "2026-11-23T09:59:59.999Z")).toBe(false);
    expect(isNewTo(alert({ since }), since)).toBe(true);
    expect(isNewTo(alert({ since }), "2026-11-23T10:00:00.001Z")).toBe(true);
    expect(isNewTo(alert(), "2020-01-01T00:00:00.000Z")).toBe(true);
    expect(isNewTo(alert({ since }), undefined)).toBe(true);
  });

  it("restarts on a change of occupation, home, radius, German level, start or Bundesland only", () => {
    const base = alert({ availableFrom: "2027-01-01" });
    expect(sameCriteria(base, { ...base, coach: "coach-2", expiresAt: "2030-01-01T00:00:00.000Z" })).toBe(
      true,
    );
    expect(sameCriteria(base, { ...base, since: "2026-12-01T00:00:00.000Z", candidateId: "C9" })).toBe(true);
    const changes: Partial<AlertEntry>[] = [
      { occupation: "81303" },
      { radiusKm: 49 },
      { germanLevel: "B2" },
      { availableFrom: "2027-01-02" },
      { state: "06" },
      { point: { lat: guetersloh.lat + 0.01, lon: guetersloh.lon } },
      { point: { lat: guetersloh.lat, lon: guetersloh.lon + 0.01 } },
    ];
    for (const change of changes)
      expect(sameCriteria(base, { ...base, ...change }), JSON.stringify(change)).toBe(false);
    expect(sameCriteria(alert({ germanLevel: undefined }), alert())).toBe(false);
  });
});
