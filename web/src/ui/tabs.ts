import { h, uid } from "../core/dom.ts";

/**
 * Tabs (WAI-ARIA tabs pattern, automatic activation): arrow keys, Home and End move between tabs;
 * only the selected tab is in the tab order; each panel is labelled by its tab.
 */
export interface Tab {
  label: string;
  panel: HTMLElement;
}

export function tabs(label: string, items: Tab[], onChange?: (index: number) => void) {
  const base = uid("tab");
  const buttons = items.map((item, i) =>
    h(
      "button",
      { type: "button", role: "tab", id: `${base}-${i}`, "aria-controls": `${base}-panel-${i}` },
      item.label,
    ),
  );
  const panels = items.map((item, i) => {
    item.panel.id = `${base}-panel-${i}`;
    item.panel.setAttribute("role", "tabpanel");
    item.panel.setAttribute("aria-labelledby", `${base}-${i}`);
    item.panel.tabIndex = 0;
    return item.panel;
  });
  let selected = 0;

  function select(index: number, focus = false) {
    selected = index;
    for (const [i, button] of buttons.entries()) {
      button.setAttribute("aria-selected", String(i === index));
      button.tabIndex = i === index ? 0 : -1;
      const panel = panels[i];
      if (panel) panel.hidden = i !== index;
    }
    if (focus) buttons[index]?.focus();
    onChange?.(index);
  }

  const list = h("div", { role: "tablist", "aria-label": label, class: "tabs__list" }, buttons);
  list.addEventListener("keydown", (event) => {
    const last = buttons.length - 1;
    const next =
      event.key === "ArrowRight"
        ? (selected + 1) % buttons.length
        : event.key === "ArrowLeft"
          ? (selected - 1 + buttons.length) % buttons.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    select(next, true);
  });
  for (const [i, button] of buttons.entries()) button.addEventListener("click", () => select(i));
  select(0);

  return {
    el: h("div", { class: "tabs" }, list, panels),
    select,
    selected: () => selected,
    setLabel: (index: number, text: string) => {
      const button = buttons[index];
      if (button) button.textContent = text;
    },
  };
}
