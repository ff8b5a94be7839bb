import { h } from "../core/dom.ts";
import { LANGUAGE_LABELS } from "../core/labels.ts";
import { checkboxGroup } from "./field.ts";

/**
 * Languages as checkboxes inside a disclosure (25 choices would crowd the form); the summary
 * says how many are chosen.
 */
export function languageField(options: {
  legend: string;
  checked?: readonly string[];
  hint?: string;
  /** Codes not to offer (the search form asks for languages besides German). */
  exclude?: readonly string[];
}) {
  const choices = Object.entries(LANGUAGE_LABELS)
    .filter(([code]) => !options.exclude?.includes(code))
    .sort((a, b) => a[1].localeCompare(b[1], "de"));
  const group = checkboxGroup({
    legend: options.legend,
    path: "languages",
    choices,
    checked: options.checked,
    hint: options.hint,
    class: "languages",
  });
  const summary = h("summary", {});
  const details = h(
    "details",
    { class: "languages__details" },
    summary,
    group.el.querySelector(".checks") ?? "",
  );
  const count = () => {
    const names = group.values().map((c) => LANGUAGE_LABELS[c] ?? c);
    summary.textContent = names.length ? `Sprachen wählen (${names.join(", ")})` : "Sprachen wählen";
  };
  group.el.append(details);
  group.el.addEventListener("change", count);
  count();
  if (options.checked?.length) details.open = false;
  return group;
}
