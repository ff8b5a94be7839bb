import {
  EMPLOYER_FIGURES,
  type EmployerFigure,
  type EmployerFigures,
  type EmployerGroupBy,
} from "../vocabulary/employer-figures.ts";
import { combineKeys, mix, roundByKey, seedOf } from "./statistics-protection.ts";

/**
 * The figures of employer counselling (GET /statistics/employers), from the counted events of a
 * period (shared/db/employer-events.ts): employers counselled (distinct, by their key), of them
 * SMEs, sessions, measures agreed and done, places created on an employer's behalf, hires through
 * such places. Distinct over the whole period, however many months it spans.
 */
/** One counted event as the figures read it. */
export interface CountedEvent {
  kind: "session" | "measureAgreed" | "measureDone" | "placeOnBehalf" | "hire";
  /** The session's, measure's, place's or milestone's id: one unit of a count. */
  eventId: string;
  /** The employer's random key: one unit of the distinct figures. */
  statsKey: string;
  district: string;
  sector: string;
  size: string;
  topics: readonly string[];
}

const COUNTED: Record<CountedEvent["kind"], EmployerFigure> = {
  session: "sessions",
  measureAgreed: "measuresAgreed",
  measureDone: "measuresDone",
  placeOnBehalf: "placesOnBehalf",
  hire: "hires",
};

/** The units (distinct ids) each figure counts in one cell. */
type Units = Record<EmployerFigure, Set<string>>;
const noUnits = (): Units => Object.fromEntries(EMPLOYER_FIGURES.map((f) => [f, new Set<string>()])) as Units;

function add(units: Units, event: CountedEvent) {
  units[COUNTED[event.kind]].add(event.eventId);
  if (event.kind !== "session") return;
  units.employers.add(event.statsKey);
  if (event.size !== "large") units.smes.add(event.statsKey);
}

/** The rows an event counts in: its value of the grouping (each of its topics; none without). */
export const rowKeysOf = (event: CountedEvent, by: EmployerGroupBy): readonly string[] =>
  by === "topic" ? event.topics : [event[by]];

export interface FigureCells {
  rows: Map<string, Units>;
  totals: Units;
}

/** Groups the events' units by row; totals count each unit once over all rows. */
export function figureCells(events: readonly CountedEvent[], by: EmployerGroupBy): FigureCells {
  const rows = new Map<string, Units>();
  const totals = noUnits();
  for (const event of events) {
    add(totals, event);
    for (const key of new Set(rowKeysOf(event, by))) {
      const units = rows.get(key) ?? noUnits();
      add(units, event);
      rows.set(key, units);
    }
  }
  return { rows, totals };
}

/** The exact counts (the caller's own organisation). */
export const exactFigures = (units: Units): EmployerFigures =>
  Object.fromEntries(EMPLOYER_FIGURES.map((f) => [f, units[f].size])) as EmployerFigures;

/**
 * The network's counts, each rounded to a multiple of 5 by its cell key: the sum of its units'
 * keys (the Zensus' record keys), so a figure is published the same way through any grouping or
 * period, and no difference of two published figures is an exact 1 to 4.
 */
export function protectedFigures(units: Units, secret: string): EmployerFigures {
  const unitKey = (figure: string, unit: string) => mix(seedOf(`${secret}|employers|${figure}|${unit}`));
  return Object.fromEntries(
    EMPLOYER_FIGURES.map((f) => {
      const key = combineKeys([...units[f]].map((unit) => unitKey(f, unit)));
      return [f, roundByKey(units[f].size, key)];
    }),
  ) as EmployerFigures;
}
