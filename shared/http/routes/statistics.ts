import { employerStatisticsQuery, employerStatisticsReport } from "../../schemas/employer-statistics.ts";
import { jsonOrCsv } from "../../schemas/media.ts";
import { participantsQuery, participantsReport } from "../../schemas/participant-statistics.ts";
import {
  demandQuery,
  demandReport,
  statisticsQuery,
  statisticsReport,
  statisticsTargets,
} from "../../schemas/statistics.ts";

/** Anonymous figures for the network (admins and coaches). */
export const STATISTICS_ROUTES = [
  {
    method: "GET",
    path: "/statistics",
    group: "statistics",
    auth: "required",
    roles: ["admin", "coach"],
    summary:
      "Anonymous figures by district, state, occupation group or month (Accept: text/csv for Excel); people-related counts rounded to multiples of 5 by cell key",
    query: statisticsQuery,
    response: jsonOrCsv(statisticsReport),
  },
  {
    method: "GET",
    path: "/statistics/participants",
    group: "statistics",
    auth: "required",
    roles: ["admin", "coach"],
    summary:
      "People, not events, for the funder's report: entries, active, in an IQ-funded qualification, qualification completed, full recognition, adequate employment, exits by reason, the six-month follow-up by status and the ESF Plus breakdowns of entries — each person once per figure and period, where they entered — by quarter, district or Berufsgruppe (format=csv or Accept: text/csv for Excel); network rounded to multiples of 5 by cell key (closed months for non-admins, asOf), own organisation exact (`own`)",
    query: participantsQuery,
    response: jsonOrCsv(participantsReport),
  },
  {
    method: "GET",
    path: "/statistics/targets",
    group: "statistics",
    auth: "required",
    roles: ["admin", "coach"],
    summary:
      "The deployment's targets (e.g. 1,000 qualifications begun 2026-01 to 2028-12) and the network's progress, rounded like every count of people",
    response: statisticsTargets,
  },
  {
    method: "GET",
    path: "/statistics/demand",
    group: "statistics",
    auth: "required",
    roles: ["admin", "coach", "provider"],
    summary:
      "Unmet demand: topics saved qualification plans leave uncovered (cases per Berufsgruppe × topic × district × month, each candidate once per topic and month) by topic or district; rounded to multiples of 5 by cell key, topics of fewer than 3 cases left out; coaches and providers see closed months (asOf)",
    query: demandQuery,
    response: demandReport,
  },
  {
    method: "GET",
    path: "/statistics/employers",
    group: "statistics",
    auth: "required",
    roles: ["admin", "coach"],
    summary:
      "Employer counselling (issue 29) by district, WZ section, size band or topic: employers counselled (each once in the period), of them SMEs, sessions, measures agreed and done, places created on an employer's behalf, hires through them; the network rounded to multiples of 5 by cell key, closed months (asOf) for coaches; `own` exact and current (?format=csv or Accept: text/csv)",
    query: employerStatisticsQuery,
    response: jsonOrCsv(employerStatisticsReport),
  },
] as const;
