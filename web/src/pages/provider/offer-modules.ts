import { h } from "../../core/dom.ts";
import { LEARNING_KIND_LABELS } from "../../core/labels.ts";
import type { QualificationOffer } from "../../core/types.ts";
import { field, input, optionalNumber, select } from "../../ui/field.ts";
import { announce } from "../../ui/status.ts";
import { topicChips } from "../../ui/topic-chips.ts";

/**
 * An offer's modules (issue 28), each bookable alone: title, the topics it teaches (the words a
 * Bescheid uses, suggested from the Berufsgruppe), hours, kind and start dates. Each field carries
 * its API path (modules[1].hours) so a 400 lands there; modules are renumbered when one goes.
 */
type Module = NonNullable<QualificationOffer["modules"]>[number];
/** As shared/schemas/qualification-offer.ts (a value from there would bundle zod into the pages). */
const MAX_MODULES = 30;

interface Entry {
  el: HTMLElement;
  id: string;
  value(): Record<string, unknown>;
}

/** "01.09.2026, 2026-11-02" → ISO dates; anything else is sent as typed, so the API names it. */
function startDates(text: string): string[] | undefined {
  const dates = text
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((d) => {
      const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(d);
      return german ? `${german[3]}-${german[2]?.padStart(2, "0")}-${german[1]?.padStart(2, "0")}` : d;
    });
  return dates.length ? dates : undefined;
}
const germanDate = (iso: string) => iso.split("-").reverse().join(".");

export function offerModules(initial: readonly Module[] | undefined, topics: () => Promise<string[]>) {
  const list = h("ol", { class: "modules" });
  const add = h("button", { type: "button", class: "button button--secondary" }, "Modul hinzufügen");
  let entries: Entry[] = [];

  function renumber() {
    for (const [i, entry] of entries.entries()) {
      entry.el.dataset.field = `modules[${i}]`;
      for (const f of entry.el.querySelectorAll<HTMLElement>("[data-part]"))
        f.dataset.field = `modules[${i}].${f.dataset.part}`;
      const heading = entry.el.querySelector("h3");
      if (heading) heading.textContent = `Modul ${i + 1}`;
      entry.el.querySelector(".module__remove")?.setAttribute("aria-label", `Modul ${i + 1} entfernen`);
    }
    add.disabled = entries.length >= MAX_MODULES;
  }

  function freeId(): string {
    for (let n = entries.length + 1; ; n++) if (!entries.some((e) => e.id === `m${n}`)) return `m${n}`;
  }

  function addModule(m?: Module): Entry | undefined {
    if (entries.length >= MAX_MODULES) return undefined;
    const id = m?.id ?? freeId();
    const title = input({ value: m?.title, maxlength: 200 });
    const chips = topicChips({
      label: "Themen",
      path: "",
      initial: m?.topics,
      source: topics,
      class: "span-2",
    });
    const hours = input({ inputmode: "numeric", value: m?.hours, class: "input--short" });
    const kind = select(Object.entries(LEARNING_KIND_LABELS), m?.kind ?? "theory");
    const dates = input({ value: m?.startDates?.map(germanDate).join(", ") });
    const part = (el: HTMLElement, name: string) => ((el.dataset.part = name), el);
    const remove = h("button", { type: "button", class: "button button--link module__remove" }, "Entfernen");
    const el = h(
      "li",
      { class: "module" },
      h("h3", {}),
      h(
        "div",
        { class: "grid" },
        part(field({ label: "Titel des Moduls", path: "", class: "span-2", required: true }, title), "title"),
        part(chips.el, "topics"),
        part(field({ label: "Stunden", path: "", required: true }, hours), "hours"),
        part(field({ label: "Art", path: "" }, kind), "kind"),
        part(
          field(
            {
              label: "Starttermine",
              path: "",
              hint: "TT.MM.JJJJ, mehrere mit Komma; leer: auf Anfrage.",
              class: "span-2",
            },
            dates,
          ),
          "startDates",
        ),
      ),
      remove,
    );
    const entry: Entry = {
      el,
      id,
      value: () => ({
        id,
        title: title.value.trim(),
        topics: chips.values(),
        hours: optionalNumber(hours),
        kind: kind.value,
        startDates: startDates(dates.value),
      }),
    };
    remove.addEventListener("click", () => {
      const at = entries.indexOf(entry);
      entries = entries.filter((e) => e !== entry);
      el.remove();
      renumber();
      announce(`Modul ${at + 1} entfernt.`);
      add.focus();
    });
    entries.push(entry);
    list.append(el);
    renumber();
    return entry;
  }

  add.addEventListener("click", () => addModule()?.el.querySelector("input")?.focus());
  for (const m of initial ?? []) addModule(m);

  const el = h(
    "fieldset",
    { class: "group", "data-field": "modules" },
    h("legend", {}, "Module"),
    h(
      "p",
      { class: "hint" },
      "Teile des Angebots, die einzeln gebucht werden können – mit den Themen, wie sie in Bescheiden stehen. Höchstens 30.",
    ),
    list,
    add,
  );
  /** The modules to send; [] when the offer had modules and all were removed. */
  const values = () => (entries.length ? entries.map((e) => e.value()) : initial?.length ? [] : undefined);
  return { el, values };
}
