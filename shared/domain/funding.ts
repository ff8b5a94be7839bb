/**
 * Funding codes an offer no longer carries. The Anerkennungszuschuss pays the recognition
 * procedure's costs (fees, translations, Zeugnisbewertung), not courses; offers stored or CSV files
 * written before issue 27 may still name it.
 */
export const RETIRED_FUNDING: readonly string[] = ["anerkennungszuschuss"];

export const isRetiredFunding = (code: string): boolean => RETIRED_FUNDING.includes(code);

/** The item as it reads today: a stored offer's retired funding codes dropped, anything else as is. */
export function withCurrentFunding<T extends object>(item: T): T {
  const funding = (item as { funding?: unknown }).funding;
  if (!Array.isArray(funding) || !funding.some((code) => isRetiredFunding(String(code)))) return item;
  return { ...item, funding: funding.filter((code) => !isRetiredFunding(String(code))) };
}
