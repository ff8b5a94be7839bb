import * as z from "./z.ts";

export const kldbCode = z.string().check(z.regex(/^\d{5}$/, "KldB-Berufsgattung: fünf Ziffern, z. B. 26212"));
export const postalCode = z.string().check(z.regex(/^\d{5}$/, "Postleitzahl: fünf Ziffern"));
export const isoDate = z.iso.date();
/** CEFR levels as the German recognition procedures use them, lowest first. */
export const GERMAN_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export const germanLevel = z.enum(GERMAN_LEVELS);
export const languageCode = z
  .string()
  .check(z.regex(/^[a-z]{2}$/, "Sprache als ISO-639-1-Code, z. B. ar, uk"));
export const languages = z.array(languageCode).check(z.maxLength(20));
export const text = (min: number, max: number) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

export const locationInput = z.strictObject({ postalCode });
export type LocationInput = z.infer<typeof locationInput>;

/** A postal code resolved against the reference data (shared/reference/postal-codes.ts). */
export const location = z.object({
  postalCode,
  place: z.string(),
  lat: z.number(),
  lon: z.number(),
  district: z.object({ code: z.string(), name: z.string() }),
  state: z.object({ code: z.string(), name: z.string() }),
});
export type Location = z.infer<typeof location>;

export const contact = z.strictObject({
  name: text(1, 120),
  email: z.email(),
  phone: z.optional(text(3, 40)),
});

export const occupations = z.array(kldbCode).check(
  z.minLength(1, "Mindestens eine Berufsgattung (KldB) angeben"),
  z.maxLength(20),
  z.refine((codes) => new Set(codes).size === codes.length, "Berufsgattungen doppelt angegeben"),
);

export const STATUSES = ["draft", "published", "archived"] as const;
export const status = z.enum(STATUSES);
export type Status = (typeof STATUSES)[number];

/** Fields the service sets on every stored listing. */
export const systemFields = {
  id: z.string(),
  org: z.string(),
  status,
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const listQuery = z.strictObject({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.maxLength(2000))),
  status: z.optional(status),
  org: z.optional(z.string().check(z.maxLength(100))),
});
