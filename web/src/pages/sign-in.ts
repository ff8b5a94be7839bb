import { api, toProblem } from "../core/api.ts";
import { startSignIn } from "../core/cognito.ts";
import type { AppConfig } from "../core/config.ts";
import { append, h } from "../core/dom.ts";
import { ROLE_LABELS } from "../core/labels.ts";
import { navigate, type RouteContext } from "../core/router.ts";
import { setSession } from "../core/session.ts";
import type { Role } from "../core/types.ts";
import { field, input } from "../ui/field.ts";
import { clearErrors, showErrors } from "../ui/form-errors.ts";
import { HOME } from "../ui/site-nav.ts";
import { busy } from "../ui/status.ts";

/**
 * Sign-in. On AWS: a button to Cognito's hosted sign-in (code flow with PKCE). Locally: pick a
 * role and an organisation; `POST /dev/token` signs a token as Cognito would.
 */
export const NOTICE_KEY = "passung.notice";

/**
 * One person per role and organisation, the same on every sign-in (as the demo's staff profiles in
 * local/demo/seed-profiles.ts): their inbox, "Mein Konto" and hand-off contact survive signing out.
 */
const localUser = (role: Role, org: string) => (role === "coach" ? `demo-coach-${org}` : `demo-${org}`);
export const RETURN_KEY = "passung.returnTo";

const ORGS: Record<Role, string[]> = {
  coach: ["mozaik", "brueckenwerk-sachsen"],
  employer: ["klinikum-am-sparrenberg", "elektro-brinkmann-verl", "klinikum-leipzig-suedost"],
  provider: ["pro-arbeit-guetersloh", "bang-guetersloh", "gesundheitsakademie-teuto"],
  admin: ["iq-netzwerk"],
};
const ROLE_HINTS: Record<Role, string> = {
  coach: "Kandidat:innen beraten, passende Angebote und Plätze finden, vorschlagen",
  employer: "Mentoringplätze anlegen und Vorschläge beantworten",
  provider: "Qualifizierungsangebote anlegen und veröffentlichen",
  admin: "alles, für das ganze Netzwerk",
};

function notice(): HTMLElement | null {
  const text = sessionStorage.getItem(NOTICE_KEY);
  sessionStorage.removeItem(NOTICE_KEY);
  return text ? h("div", { class: "alert alert--info", role: "status" }, text) : null;
}

export function afterSignIn(role: Role): void {
  const target = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  navigate(target && target !== "/anmelden" ? target : HOME[role], { replace: true });
}

export function signInPage(config: AppConfig) {
  return ({ main }: RouteContext) => {
    append(main, h("h1", {}, "Anmelden"), notice());
    if (config.mode === "cognito") {
      const go = h("button", { type: "button", class: "button" }, "Weiter zur Anmeldung");
      go.addEventListener("click", () => void busy(go, "Weiterleitung …", () => startSignIn(config)));
      main.append(
        h(
          "p",
          {},
          "Melden Sie sich mit Ihrem Passung-Konto an. Zugänge vergibt die Netzwerk-Administration.",
        ),
        go,
      );
      return;
    }
    const radios = (Object.keys(ROLE_LABELS) as Role[]).map((role, i) =>
      h(
        "label",
        { class: "check check--block" },
        h("input", { type: "radio", name: "role", value: role, checked: i === 0 }),
        " ",
        h("strong", {}, ROLE_LABELS[role]),
        h("span", { class: "check__hint" }, ROLE_HINTS[role]),
      ),
    );
    const roleSet = h(
      "fieldset",
      { class: "field fieldset", "data-field": "role" },
      h("legend", {}, "Rolle"),
      radios,
    );
    const org = input({
      list: "org-suggestions",
      autocomplete: "organization",
      value: ORGS.coach[0],
      spellcheck: "false",
    });
    const datalist = h("datalist", { id: "org-suggestions" });
    const role = () =>
      (main.querySelector<HTMLInputElement>("input[name=role]:checked")?.value ?? "coach") as Role;
    const suggest = () => datalist.replaceChildren(...ORGS[role()].map((o) => h("option", { value: o })));
    roleSet.addEventListener("change", () => {
      if (Object.values(ORGS).flat().includes(org.value)) org.value = ORGS[role()][0] ?? "";
      suggest();
    });
    suggest();
    const summary = h("div", { class: "form-summary" });
    const submit = h("button", { type: "submit", class: "button" }, "Anmelden");
    const form = h(
      "form",
      { class: "form form--narrow", novalidate: true },
      summary,
      roleSet,
      field(
        {
          label: "Organisation (Kürzel)",
          path: "org",
          hint: "Kleinbuchstaben, Ziffern und Bindestriche, z. B. mozaik",
          required: true,
        },
        org,
      ),
      datalist,
      h("div", { class: "actions" }, submit),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void busy(submit, "Anmeldung …", async () => {
        clearErrors(form);
        try {
          const slug = org.value.trim();
          const { token } = await api.post<{ token: string }>("/dev/token", {
            role: role(),
            org: slug,
            sub: localUser(role(), slug),
          });
          const session = setSession(token);
          if (session) afterSignIn(session.role);
        } catch (error) {
          showErrors([form], summary, toProblem(error));
        }
      });
    });
    main.append(
      h(
        "p",
        { class: "lead" },
        "Lokaler Betrieb: Wählen Sie eine Rolle und eine Organisation. Auf AWS melden Sie sich stattdessen mit Ihrem Konto an.",
      ),
      form,
    );
  };
}
