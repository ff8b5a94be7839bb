import {
  employer,
  employerInput,
  employerList,
  employerListQuery,
  employerPatch,
} from "../../schemas/employer.ts";
import { employerMeasure, measureInput, measureList, measurePatch } from "../../schemas/employer-measure.ts";
import { employerSession, sessionInput, sessionList } from "../../schemas/employer-session.ts";

const base = { group: "employers", auth: "required" as const, roles: ["coach", "admin"] as const };

/**
 * Employer counselling (issue 29): the employer records of a counselling organisation (`coaching`
 * or `network`; others 403), their sessions and agreed measures. Nobody outside the organisation
 * sees any of it (404), admins included.
 */
export const EMPLOYER_ROUTES = [
  {
    method: "POST",
    path: "/employers",
    ...base,
    summary:
      "Create an employer record: WZ 2008 section, EU SME size band, district from the postal code, a contact only with the date of their consent, optionally the employer's own Passung organisation",
    body: employerInput,
    response: employer,
    status: 201,
  },
  {
    method: "GET",
    path: "/employers",
    ...base,
    summary:
      "The organisation's employer records by name (A–Z); `q` finds names with a word beginning with each query word, ignoring case and diacritics",
    query: employerListQuery,
    response: employerList,
  },
  {
    method: "GET",
    path: "/employers/{id}",
    ...base,
    summary: "Read one employer record",
    response: employer,
  },
  {
    method: "PATCH",
    path: "/employers/{id}",
    ...base,
    summary: "Change an employer record (`contact: null`, `org: null` remove them)",
    body: employerPatch,
    response: employer,
  },
  {
    method: "DELETE",
    path: "/employers/{id}",
    ...base,
    summary:
      "Erase the record with its contact, sessions and measures (places on its behalf archived); the figures keep their counts",
    status: 204,
  },
  {
    method: "POST",
    path: "/employers/{id}/sessions",
    ...base,
    summary:
      "Record a counselling session (the note stays in the organisation: never in figures, notices or mails)",
    body: sessionInput,
    response: employerSession,
    status: 201,
  },
  {
    method: "GET",
    path: "/employers/{id}/sessions",
    ...base,
    summary: "The employer's sessions, newest first",
    response: sessionList,
  },
  {
    method: "DELETE",
    path: "/employers/{id}/sessions/{sessionId}",
    ...base,
    summary: "Remove a session recorded by mistake (and its count)",
    status: 204,
  },
  {
    method: "POST",
    path: "/employers/{id}/measures",
    ...base,
    summary:
      "Agree a measure with the employer; its adviser (the coach agreeing it) gets an `employer.measureDue` notice once it is past its due date and neither done nor dropped",
    body: measureInput,
    response: employerMeasure,
    status: 201,
  },
  {
    method: "GET",
    path: "/employers/{id}/measures",
    ...base,
    summary: "The employer's measures, earliest due first, with `overdue`",
    response: measureList,
  },
  {
    method: "PATCH",
    path: "/employers/{id}/measures/{measureId}",
    ...base,
    summary:
      "Set a measure's status (title and due date may change with it; a new due date may be told about again)",
    body: measurePatch,
    response: employerMeasure,
  },
] as const;
