import "./styles/base.css";
import "./styles/layout.css";
import "./styles/buttons.css";
import "./styles/forms.css";
import "./styles/alerts.css";
import "./styles/lists.css";
import "./styles/widgets.css";
import "./styles/tabs.css";
import "./styles/results.css";
import "./styles/data.css";
import "./styles/case.css";
import { toProblem } from "./core/api.ts";
import { configureApi } from "./core/api.ts";
import { completeSignIn, signOutUrl } from "./core/cognito.ts";
import { loadConfig } from "./core/config.ts";
import { h, replace } from "./core/dom.ts";
import { navigate, type RouteDef, startRouter } from "./core/router.ts";
import { clearSession, getSession, setSession } from "./core/session.ts";
import { NOTICE_KEY, RETURN_KEY } from "./pages/sign-in.ts";
import { forbidden, notFound, routes } from "./routes.ts";
import { footer, renderHeader } from "./ui/shell.ts";
import { HOME } from "./ui/site-nav.ts";
import { announcerElement, errorBox } from "./ui/status.ts";

/** Start-up: read the config, finish a Cognito sign-in if this is its return, then route. */
const config = await loadConfig();
const main = document.getElementById("main") ?? h("main", { id: "main", tabindex: -1 });
const header = h("header", { class: "site-header" });
document.getElementById("app")?.replaceChildren(header, main, footer(), announcerElement());

function signOut(): void {
  clearSession();
  if (config.mode === "cognito") location.assign(signOutUrl(config));
  else navigate("/anmelden");
}

configureApi(config.apiUrl, () => {
  clearSession();
  sessionStorage.setItem(NOTICE_KEY, "Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.");
  sessionStorage.setItem(RETURN_KEY, location.pathname);
  navigate("/anmelden", { replace: true });
});

if (config.mode === "cognito") {
  try {
    const token = await completeSignIn(config);
    if (token && !setSession(token))
      sessionStorage.setItem(
        NOTICE_KEY,
        "Ihrem Konto ist keine Rolle oder Organisation zugeordnet. Bitte wenden Sie sich an die Administration.",
      );
    const target = sessionStorage.getItem(RETURN_KEY);
    if (token && target) history.replaceState(null, "", target);
    if (token) sessionStorage.removeItem(RETURN_KEY);
  } catch (error) {
    sessionStorage.setItem(NOTICE_KEY, toProblem(error).detail ?? "Die Anmeldung ist fehlgeschlagen.");
  }
}

function guard(route: RouteDef, path: string): string | undefined {
  const session = getSession();
  if (path === "/") return session ? HOME[session.role] : "/anmelden";
  if (path === "/anmelden" && session) return HOME[session.role];
  if (!route.roles) return undefined;
  if (!session) {
    sessionStorage.setItem(RETURN_KEY, path + location.search);
    return "/anmelden";
  }
  return route.roles.includes(session.role) ? undefined : forbidden.path;
}

startRouter(routes(config), {
  guard,
  beforeRender: (path) => renderHeader(header, path, getSession(), signOut),
  notFound,
  onError: (el, error) => replace(el, h("h1", {}, "Fehler"), errorBox(toProblem(error))),
});
