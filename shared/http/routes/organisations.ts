import {
  organisation,
  organisationInput,
  organisationListQuery,
  profile,
  profileInput,
} from "../../schemas/organisation.ts";
import { listOf } from "./list-of.ts";

const base = { group: "organisations", auth: "required" as const };
const everyone = { ...base, roles: ["coach", "employer", "provider", "admin"] as const };

/** Organisations (display names) and the caller's own profile (work contact, notification wish). */
export const ORGANISATION_ROUTES = [
  {
    method: "GET",
    path: "/organisations",
    ...base,
    roles: ["admin"],
    summary: "All organisations, by slug",
    query: organisationListQuery,
    response: listOf(organisation),
  },
  {
    method: "GET",
    path: "/organisations/{org}",
    ...everyone,
    summary: "One organisation",
    response: organisation,
  },
  {
    method: "PUT",
    path: "/organisations/{org}",
    ...everyone,
    summary: "Describe an organisation (admins, or members of that organisation); If-Match when it exists",
    body: organisationInput,
    response: organisation,
  },
  { method: "GET", path: "/me", ...everyone, summary: "The caller's profile", response: profile },
  {
    method: "PUT",
    path: "/me",
    ...everyone,
    summary: "The caller's work contact and notification wish (sub, org, role come from the token)",
    body: profileInput,
    response: profile,
  },
] as const;
