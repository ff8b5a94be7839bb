import { ValidationError } from "../domain/errors.ts";

/** Opaque pagination cursor: the LastEvaluatedKey, base64url-encoded. */
export const encodeCursor = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(JSON.stringify(key)).toString("base64url") : undefined;

/**
 * Decodes a cursor and checks it belongs to the partition being listed, so a crafted cursor
 * cannot start a read in another organisation's partition.
 */
export function decodeCursor(
  cursor: string | undefined,
  partition: { name: string; value: string },
): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof key === "object" && key !== null && key[partition.name] === partition.value) return key;
  } catch {
    // fall through to the validation error
  }
  throw new ValidationError([{ path: "query.cursor", message: "Ungültiger oder fremder Cursor" }]);
}
