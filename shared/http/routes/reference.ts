import {
  occupation,
  occupationSearchQuery,
  occupationSearchResponse,
  postalCodeResponse,
} from "../../schemas/reference.ts";

/** Public reference data: occupations (KldB 2010) and postal codes. */
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
] as const;
