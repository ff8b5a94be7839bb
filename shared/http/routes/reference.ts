import { competentBodyAnswer, competentBodyQuery } from "../../schemas/competent-body.ts";
import {
  occupation,
  occupationSearchQuery,
  occupationSearchResponse,
  postalCodeResponse,
} from "../../schemas/reference.ts";

/** Public reference data: occupations (KldB 2010), postal codes and the competent bodies for recognition. */
export const REFERENCE_ROUTES = [
  {
    method: "GET",
    path: "/occupations",
    group: "reference",
    auth: "none",
    summary: "Search KldB 2010 occupations by code, title or named occupation (typo-tolerant)",
    query: occupationSearchQuery,
    response: occupationSearchResponse,
  },
  {
    method: "GET",
    path: "/occupations/{code}",
    group: "reference",
    auth: "none",
    summary: "One occupation",
    response: occupation,
  },
  {
    method: "GET",
    path: "/postal-codes/{code}",
    group: "reference",
    auth: "none",
    summary: "Resolve a postal code",
    response: postalCodeResponse,
  },
  {
    method: "GET",
    path: "/recognition/bodies",
    group: "reference",
    auth: "none",
    summary:
      "The competent body for recognising a foreign qualification in a Land: legal basis, the measures open to the applicant (and whether they may choose), the German level, the sources; `unknown` with the Anerkennungs-Finder where the data does not say",
    query: competentBodyQuery,
    response: competentBodyAnswer,
  },
] as const;
