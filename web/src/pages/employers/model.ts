/** The employer counselling records as the pages read them (types from the API's schemas), and their addresses. */
import type { Employer } from "../../../../shared/schemas/employer.ts";
import type { EmployerMeasure } from "../../../../shared/schemas/employer-measure.ts";
import type { EmployerSession } from "../../../../shared/schemas/employer-session.ts";

export type { Employer };
export type CounsellingSession = EmployerSession;
export type Measure = EmployerMeasure;

export const EMPLOYERS_PATH = "/beratung/arbeitgeber";
export const employerPath = (id: string) => `${EMPLOYERS_PATH}/${encodeURIComponent(id)}`;
export const employerApi = (id: string) => `/employers/${encodeURIComponent(id)}`;
