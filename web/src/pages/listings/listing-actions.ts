import { api } from "../../core/api.ts";
import { h } from "../../core/dom.ts";
import { STATUS_LABELS } from "../../core/labels.ts";
import type { Listing } from "../../core/types.ts";

/** Publish and archive an offer or a place (PATCH status, If-Match: its version). */
export type Base = "/mentoring-places" | "/qualification-offers";

export const statusBadge = (status: Listing["status"]) =>
  h("span", { class: `badge badge--${status}` }, STATUS_LABELS[status]);

export function setStatus<T extends Listing>(base: Base, item: T, status: Listing["status"]): Promise<T> {
  return api.patch<T>(`${base}/${encodeURIComponent(item.id)}`, { status }, { version: item.version });
}

/** Which status changes the list offers for an item, with their button labels. */
export function transitions(status: Listing["status"]): [Listing["status"], string][] {
  if (status === "draft")
    return [
      ["published", "Veröffentlichen"],
      ["archived", "Archivieren"],
    ];
  if (status === "published") return [["archived", "Archivieren"]];
  return [["published", "Wieder veröffentlichen"]];
}
