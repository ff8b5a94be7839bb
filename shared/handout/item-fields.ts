/** Reading a match's item (a record from the match index) without trusting its shape. */
type Fields = Record<string, unknown>;

export const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
export const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
export const strings = (v: unknown) =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : [];
export const fields = (v: unknown): Fields => (typeof v === "object" && v !== null ? (v as Fields) : {});
