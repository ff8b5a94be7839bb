import type { Status } from "../schemas/common.ts";
import { choice } from "./cell-formats.ts";

/** Column "Status" of both files; a blank cell means Entwurf. */
export const STATUS_LABELS: Record<Status, string> = {
  draft: "Entwurf",
  published: "Veröffentlicht",
  archived: "Archiviert",
};

export const statusFormat = choice(STATUS_LABELS);
