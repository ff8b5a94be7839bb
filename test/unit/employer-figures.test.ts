import { describe, expect, it } from "vitest";
import {
  type CountedEvent,
  exactFigures,
  figureCells,
  protectedFigures,
  rowKeysOf,
} from "../../shared/domain/employer-figures.ts";
import { EMPLOYER_FIGURES } from "../../shared/vocabulary/employer-figures.ts";
import { EMPLOYER_SIZE_LABELS, WZ_SECTION_LABELS } from "../../shared/domain/employer-labels.ts";
import { EMPLOYER_SIZES, WZ_SECTIONS } from "../../shared/schemas/employer.ts";

let n = 0;
const noCell = () => figureCells([], "district").totals;
const event = (overrides: Partial<CountedEvent> = {}): CountedEvent => ({
  kind: "session",
  eventId: `e${++n}`,
  statsKey: "k1",
  district: "14713",
  sector: "C",
  size: "small",
  topics: ["recognition"],
  ...overrides,
});

describe("employer figures", () => {
  it("count each employer once, its sessions each, SMEs without the large ones", () => {
    const events = [
      event({ statsKey: "a" }),
      event({ statsKey: "a" }),
      event({ statsKey: "b", size: "large" }),
      event({ statsKey: "c", size: "micro" }),
      event({ statsKey: "d", size: "medium" }),
    ];
    expect(exactFigures(figureCells(events, "district").totals)).toEqual({
      employers: 4,
      smes: 3,
      sessions: 5,
      measuresAgreed: 0,
      measuresDone: 0,
      placesOnBehalf: 0,
      hires: 0,
    });
  });

  it("count measures, places and hires by their events, not as employers counselled", () => {
    const events = [
      event({ kind: "measureAgreed", statsKey: "x" }),
      event({ kind: "measureAgreed", statsKey: "x" }),
      event({ kind: "measureDone", statsKey: "x" }),
      event({ kind: "placeOnBehalf", statsKey: "y", topics: [] }),
      event({ kind: "hire", statsKey: "y", topics: [] }),
      event({ kind: "hire", statsKey: "y", topics: [], eventId: "same" }),
      event({ kind: "hire", statsKey: "y", topics: [], eventId: "same" }),
    ];
    expect(exactFigures(figureCells(events, "sector").totals)).toEqual({
      employers: 0,
      smes: 0,
      sessions: 0,
      measuresAgreed: 2,
      measuresDone: 1,
      placesOnBehalf: 1,
      hires: 2,
    });
  });

  it("group by the event's district, sector or size; by each of its topics (none without)", () => {
    const e = event({ district: "14511", sector: "Q", size: "medium", topics: ["funding", "mentoring"] });
    expect(rowKeysOf(e, "district")).toEqual(["14511"]);
    expect(rowKeysOf(e, "sector")).toEqual(["Q"]);
    expect(rowKeysOf(e, "size")).toEqual(["medium"]);
    expect(rowKeysOf(e, "topic")).toEqual(["funding", "mentoring"]);
    const cells = figureCells([e, event({ kind: "hire", topics: [] })], "topic");
    expect([...cells.rows.keys()]).toEqual(["funding", "mentoring"]);
    expect(exactFigures(cells.rows.get("funding") ?? noCell())).toMatchObject({
      sessions: 1,
      employers: 1,
      hires: 0,
    });
    expect(exactFigures(cells.totals)).toMatchObject({ sessions: 1, employers: 1, hires: 1 });
  });

  it("count an employer once in a row and in the totals though it spans rows", () => {
    const cells = figureCells(
      [event({ statsKey: "a", district: "1" }), event({ statsKey: "a", district: "2" })],
      "district",
    );
    expect(exactFigures(cells.rows.get("1") ?? noCell()).employers).toBe(1);
    expect(exactFigures(cells.rows.get("2") ?? noCell()).employers).toBe(1);
    expect(exactFigures(cells.totals).employers).toBe(1);
  });

  it("round the network's figures to multiples of 5, the same for the same units however they are grouped", () => {
    const units = Array.from({ length: 13 }, (_, i) => event({ statsKey: `k${i}`, eventId: `s${i}` }));
    const all = protectedFigures(figureCells(units, "district").totals, "secret");
    for (const f of EMPLOYER_FIGURES) expect(all[f] % 5).toBe(0);
    expect([10, 15]).toContain(all.employers);
    expect([10, 15]).toContain(all.sessions);
    expect(all.hires).toBe(0);
    const reversed = protectedFigures(figureCells([...units].reverse(), "size").totals, "secret");
    expect(reversed).toEqual(all);
    // Exactly 5 stays 5; the key depends on the secret.
    const five = figureCells(units.slice(0, 5), "district").totals;
    expect(protectedFigures(five, "a").employers).toBe(5);
    const outcomes = new Set(
      Array.from(
        { length: 40 },
        (_, i) => protectedFigures(figureCells(units.slice(0, 3), "district").totals, `s${i}`).employers,
      ),
    );
    expect(outcomes).toEqual(new Set([0, 5]));
  });

  it("label every WZ section and size band in German", () => {
    expect(Object.keys(WZ_SECTION_LABELS)).toEqual([...WZ_SECTIONS]);
    expect(Object.keys(EMPLOYER_SIZE_LABELS)).toEqual([...EMPLOYER_SIZES]);
    expect(WZ_SECTION_LABELS.Q).toBe("Gesundheits- und Sozialwesen");
  });
});
