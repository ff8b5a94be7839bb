/**
 * A small history router: paths like /beratung/kandidaten/:id, links intercepted, focus moved to
 * the new page's heading and the title updated after each navigation. Page paths are German so
 * they never collide with the API's routes on the same origin.
 */
export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Aborted when the user navigates away: pass it to API calls. */
  signal: AbortSignal;
  main: HTMLElement;
}

export interface RouteDef {
  path: string;
  title: string;
  /** Roles that may open the page; undefined: anyone, signed in or not. */
  roles?: readonly string[];
  render(ctx: RouteContext): void | Promise<void>;
}

export interface RouterHooks {
  /** A path to go to instead (e.g. the sign-in page), or undefined to render the route. */
  guard(route: RouteDef, path: string): string | undefined;
  /** Runs before each page renders (e.g. the header and its navigation). */
  beforeRender(path: string): void;
  notFound: RouteDef;
  onError(main: HTMLElement, error: unknown): void;
}

let routes: RouteDef[] = [];
let hooks: RouterHooks;
let controller: AbortController | undefined;
let firstRender = true;

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const a = pattern.split("/").filter(Boolean);
  const b = path.split("/").filter(Boolean);
  if (a.length !== b.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of a.entries()) {
    const value = b[i] ?? "";
    if (part.startsWith(":")) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return undefined;
  }
  return params;
}

export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  render();
}

function render(): void {
  controller?.abort();
  controller = new AbortController();
  const path = location.pathname;
  let route = hooks.notFound;
  let params: Record<string, string> = {};
  for (const candidate of routes) {
    const found = matchPath(candidate.path, path);
    if (!found) continue;
    [route, params] = [candidate, found];
    break;
  }
  const redirect = hooks.guard(route, path);
  if (redirect && redirect !== path) return navigate(redirect, { replace: true });
  hooks.beforeRender(path);
  const main = document.getElementById("main");
  if (!main) return;
  main.replaceChildren();
  document.title = `${route.title} – Passung`;
  const ctx = { params, query: new URLSearchParams(location.search), signal: controller.signal, main };
  try {
    const done = route.render(ctx);
    if (done) done.catch((error: unknown) => hooks.onError(main, error));
  } catch (error) {
    hooks.onError(main, error);
  }
  // The heading exists after the synchronous part of render(); focus it so screen readers start there.
  const heading = main.querySelector("h1");
  if (heading && !firstRender) {
    heading.tabIndex = -1;
    heading.focus();
  }
  if (!firstRender) window.scrollTo(0, 0);
  firstRender = false;
}

function onClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return;
  const link = (event.target as Element | null)?.closest("a");
  if (!link || link.target || link.hasAttribute("download") || link.origin !== location.origin) return;
  if (link.pathname === location.pathname && link.hash) return;
  event.preventDefault();
  navigate(link.pathname + link.search);
}

export function startRouter(defs: RouteDef[], routerHooks: RouterHooks): void {
  routes = defs;
  hooks = routerHooks;
  document.addEventListener("click", onClick);
  window.addEventListener("popstate", render);
  render();
}

/** Renders the current path again (e.g. after sign-in or sign-out). */
export const refresh = () => render();
