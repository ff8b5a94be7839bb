import { h } from "../../core/dom.ts";
import type { Contact } from "./view.ts";

/** A phone number as a tel: link target: digits and a leading plus only. */
const telTarget = (phone: string) =>
  `tel:${phone.trim().startsWith("+") ? "+" : ""}${phone.replace(/\D/g, "")}`;

/**
 * A person's work contact as a short list: name, e-mail (mailto) and phone (tel), each only when
 * given; `missing` says so when there is nothing at all.
 */
export function contactList(contact: Contact | undefined, missing: string): HTMLElement {
  const lines = [
    contact?.name ? h("li", {}, contact.name) : null,
    contact?.email
      ? h("li", {}, "E-Mail: ", h("a", { href: `mailto:${contact.email}` }, contact.email))
      : null,
    contact?.phone
      ? h("li", {}, "Telefon: ", h("a", { href: telTarget(contact.phone) }, contact.phone))
      : null,
  ].filter((line) => line !== null);
  return lines.length ? h("ul", { class: "contact" }, lines) : h("p", { class: "muted" }, missing);
}
