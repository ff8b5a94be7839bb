const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** German text inside a page of any language: marked German, isolated and left to right. */
export const german = (text: string) => `<bdi lang="de" dir="ltr">${escapeHtml(text)}</bdi>`;

/**
 * What is copied or dialled as written (postal codes, phone numbers, e-mail addresses, URLs):
 * isolated left to right, so a right-to-left page cannot reorder its digits.
 */
export const verbatim = (text: string) => `<bdi dir="ltr">${escapeHtml(text)}</bdi>`;

/**
 * Fills the `{name}` placeholders of a plain-text template (escaped here) with HTML fragments;
 * undefined when a placeholder has no value, so the caller can fall back rather than print "{km}".
 */
export function fill(
  template: string,
  values: Readonly<Record<string, string | undefined>>,
): string | undefined {
  let missing = false;
  const html = escapeHtml(template).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) missing = true;
    return value ?? "";
  });
  return missing ? undefined : html;
}

/** The placeholders a template uses, sorted (for the completeness test). */
export const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
