import type { Status } from "../schemas/common.ts";
import { choice, text } from "./cell-formats.ts";
import type { ColumnSet } from "./column-set.ts";

/** Column "Status" of both files; a blank cell means Entwurf. */
export const STATUS_LABELS: Record<Status, string> = {
  draft: "Entwurf",
  published: "Veröffentlicht",
  archived: "Archiviert",
};

export const statusFormat = choice(STATUS_LABELS);

/** The last columns of both files: the contact person and the status. */
export const CONTACT_AND_STATUS_COLUMNS: ColumnSet["columns"] = [
  { header: "Kontakt Name", path: "contact.name", format: text() },
  { header: "Kontakt E-Mail", path: "contact.email", format: text() },
  { header: "Kontakt Telefon", path: "contact.phone", format: text() },
  { header: "Status", path: "status", format: statusFormat },
];
