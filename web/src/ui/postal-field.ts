import { api, ApiError, isAbort } from "../core/api.ts";
import { h } from "../core/dom.ts";
import type { Location } from "../core/types.ts";
import { field, input } from "./field.ts";
import { setFieldCheck } from "./field-check.ts";

/**
 * A postal code that shows where it is: once five digits are typed, the resolved place, district
 * and state appear below the field (announced politely); an unknown code says so.
 */
export interface PostalOptions {
  value?: string;
  required?: boolean;
  label?: string;
  hint?: string;
  /** The API path errors name; "location" (and "location.postalCode") unless said. */
  path?: string;
}

/** Errors at `location` and `location.postalCode` both land here (or at `path`). */
export function postalField(options: PostalOptions = {}) {
  const control = input({
    inputmode: "numeric",
    autocomplete: "postal-code",
    maxlength: 5,
    value: options.value,
  });
  const place = h("p", { class: "resolved", "aria-live": "polite" });
  let pending: AbortController | undefined;
  let resolved: Location | undefined;

  let shown: string | undefined;

  async function resolve() {
    const code = control.value.trim();
    // "input" and "change" both call this (autofill and some pickers only send "change").
    if (code === shown) return;
    shown = code;
    pending?.abort();
    resolved = undefined;
    place.textContent = "";
    place.classList.remove("resolved--unknown");
    if (!/^\d{5}$/.test(code)) return;
    pending = new AbortController();
    try {
      resolved = await api.get<Location>(`/postal-codes/${code}`, { signal: pending.signal });
      place.textContent = `${resolved.place} · ${resolved.district.name} · ${resolved.state.name}`;
    } catch (error) {
      if (isAbort(error)) return;
      if (!(error instanceof ApiError && error.status === 404)) shown = undefined;
      place.classList.add("resolved--unknown");
      place.textContent =
        error instanceof ApiError && error.status === 404
          ? `Die Postleitzahl ${code} ist nicht bekannt.`
          : "Der Ort konnte nicht geladen werden.";
    }
    // Lets a shown error re-check the field now that the code is known (or not).
    place.dispatchEvent(new Event("change", { bubbles: true }));
  }
  control.addEventListener("input", () => void resolve());
  control.addEventListener("change", () => void resolve());
  if (options.value) void resolve();

  const el = field(
    {
      label: options.label ?? "Postleitzahl",
      path: options.path ?? "location",
      hint: options.hint ?? "Fünf Ziffern; Ort und Kreis erscheinen darunter.",
      required: options.required ?? true,
      after: place,
    },
    control,
  );
  // An optional field left empty is fine; otherwise the code must resolve to a place.
  setFieldCheck(el, () =>
    control.value.trim() === "" ? !(options.required ?? true) : resolved !== undefined,
  );
  return { el, input: control, value: () => control.value.trim(), location: () => resolved };
}
