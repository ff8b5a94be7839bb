import { ValidationError } from "../domain/errors.ts";

/** Opaque pagination cursor: the LastEvaluatedKey, base64url-encoded. */
export const encodeCursor = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(JSON.stringify(key)).toString("base64url") : undefined;

/**
 * Decodes a cursor and checks it is a key of the index being listed, in the partition being
 * listed, so a crafted cursor can neither start a read in another organisation's partition nor
 * reach DynamoDB malformed.
 */
export function decodeCursor(
  cursor: string | undefined,
  partition: { name: string; value: string },
): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const names = new Set(["PK", "SK", partition.name, partition.name.replace(/PK$/, "SK")]);
    if (
      typeof key === "object" &&
      key !== null &&
      !Array.isArray(key) &&
      Object.keys(key).length === names.size &&
      Object.entries(key).every(([name, value]) => names.has(name) && typeof value === "string") &&
      (key as Record<string, unknown>)[partition.name] === partition.value
    ) {
      return key as Record<string, unknown>;
    }
  } catch {
    // fall through to the validation error
  }
  throw new ValidationError([{ path: "query.cursor", message: "Ungültiger oder fremder Cursor" }]);
}
