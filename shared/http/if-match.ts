import { PreconditionFailedError, PreconditionRequiredError, ValidationError } from "../domain/errors.ts";

/** If-Match must name the current version ("3", W/"3" or *); missing → 428, stale → 412. */
export function checkIfMatch(
  header: string | undefined,
  current: { version: number },
  presentOnly = false,
): void {
  if (!header) throw new PreconditionRequiredError();
  if (header.trim() === "*" || presentOnly) return;
  const versions = header.split(",").map((tag) => /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(tag)?.[1]);
  if (versions.some((v) => v === undefined)) {
    throw new ValidationError([{ path: "headers.if-match", message: 'Erwartet ein ETag wie "3"' }]);
  }
  if (!versions.includes(String(current.version))) throw new PreconditionFailedError();
}
