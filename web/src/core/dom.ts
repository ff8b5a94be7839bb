/** Tiny DOM helpers: `h()` builds elements, `s()` SVG elements; no framework, no virtual DOM. */
export type Child = Node | string | number | false | null | undefined | readonly Child[];
type Listener = (event: never) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Listener>;

function apply(el: Element, attrs: Attrs | undefined): void {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    } else if (key === "class") {
      el.setAttribute("class", String(value));
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...(child as Child[]));
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, ...children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, ...children);
  return el;
}

/** Replaces all children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

let counter = 0;
/** A document-unique id for label/for and aria-* references. */
export const uid = (prefix: string) => `${prefix}-${++counter}`;

/** Adds ids to an element's aria-describedby (space-separated, no duplicates). */
export function describe(el: Element, ...ids: string[]): void {
  const current = (el.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  const next = [...new Set([...current, ...ids])];
  if (next.length) el.setAttribute("aria-describedby", next.join(" "));
}

export function undescribe(el: Element, id: string): void {
  const next = (el.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== id);
  if (next.length) el.setAttribute("aria-describedby", next.join(" "));
  else el.removeAttribute("aria-describedby");
}
