import { ApiError, api } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import type { RouteContext } from "../../core/router.ts";
import { confirmAction, modal } from "../../ui/dialog.ts";
import { field, select } from "../../ui/field.ts";
import { errorBox, loading } from "../../ui/status.ts";
import { DECLINE_LABELS } from "../referrals/decide.ts";
import { type DecisionView, type HandoffContact, handoffView, proposalView } from "./decision-view.ts";

interface DecisionAnswer {
  status: "accepted" | "declined";
  handoff?: { orgName?: string; coach: HandoffContact };
}

/** Why a link cannot be used, in plain words (410 `reason`, or 404 for a link that is not valid). */
const GONE: Record<string, [string, string]> = {
  expired: [
    "Link abgelaufen",
    "Der Link galt 14 Tage und ist jetzt abgelaufen. Bitte fragen Sie die Beratung nach einem neuen Link.",
  ],
  used: [
    "Link bereits verwendet",
    "Mit diesem Link wurde schon entschieden. Ein Link gilt nur für eine Entscheidung. Bei Fragen wenden Sie sich bitte an die Beratung.",
  ],
  closed: [
    "Vorschlag nicht mehr offen",
    "Über diesen Vorschlag ist schon entschieden, oder die Beratung hat ihn zurückgezogen. Sie müssen nichts mehr tun.",
  ],
  invalid: [
    "Link ungültig",
    "Dieser Link ist nicht gültig. Bitte öffnen Sie den ganzen Link aus der E-Mail oder fragen Sie die Beratung nach einem neuen Link.",
  ],
};

function goneBox(error: unknown): HTMLElement {
  if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 410))
    return errorBox(error instanceof ApiError ? error.problem : { title: "Unbekannter Fehler", status: 0 });
  const reason = (error.problem as { reason?: string }).reason ?? "invalid";
  const [title, text] = GONE[error.status === 404 ? "invalid" : reason] ?? GONE.invalid ?? ["", ""];
  return h("div", { class: "alert alert--error", role: "alert" }, h("h2", {}, title), h("p", {}, text));
}

/** The decline dialog: a reason (optional), then the decline itself. */
function askDecline(): Promise<string | undefined | false> {
  return new Promise((resolve) => {
    let answer: string | undefined | false = false;
    const reason = select([["", "Keine Angabe"], ...Object.entries(DECLINE_LABELS)], "");
    const ok = h("button", { type: "button", class: "button button--danger" }, "Ja, absagen");
    const { dialog, close } = modal(
      "Absagen?",
      h(
        "div",
        {},
        h("p", {}, "Die Beratung erfährt, dass Sie abgesagt haben."),
        field({ label: "Grund (freiwillig)", path: "reason" }, reason),
      ),
      [ok],
    );
    ok.addEventListener("click", () => {
      answer = reason.value || undefined;
      close();
    });
    dialog.addEventListener("close", () => resolve(answer));
  });
}

/**
 * The company's page for a decision link (/entscheidung#<token>, from the mail): no account, the
 * token in the fragment never reaches a server log. Shows the place, the person without a name and
 * the coach's notes; yes or no after a question; then the coach's contact, or a clear page when
 * the link expired or was used. The fragment is dropped once decided.
 */
export async function decisionPage({ main, signal }: RouteContext): Promise<void> {
  const token = location.hash.slice(1);
  const body = h("div", {}, loading());
  main.append(h("h1", {}, "Vorschlag für Ihren Mentoringplatz"), body);
  if (!token) return replace(body, goneBox(new ApiError({ title: "", status: 404 })));
  const path = `/decisions/${encodeURIComponent(token)}`;
  let view: DecisionView;
  try {
    view = await api.get<DecisionView>(path, { signal });
  } catch (error) {
    return replace(body, goneBox(error));
  }
  const decide = async (decision: "accept" | "decline", reason?: string) => {
    try {
      const answer = await api.post<DecisionAnswer>(path, { decision, ...(reason ? { reason } : {}) });
      history.replaceState(null, "", location.pathname);
      replace(
        body,
        answer.handoff
          ? handoffView(answer.handoff)
          : h(
              "div",
              { class: "alert alert--success", role: "status" },
              h("h2", {}, "Sie haben abgesagt"),
              h("p", {}, "Vielen Dank für Ihre Rückmeldung. Die Beratung wird informiert."),
            ),
      );
    } catch (error) {
      replace(body, goneBox(error));
    }
    body.querySelector<HTMLElement>("h2")?.setAttribute("tabindex", "-1");
    body.querySelector<HTMLElement>("h2")?.focus();
  };
  const accept = h("button", { type: "button", class: "button" }, "Zusagen");
  const decline = h("button", { type: "button", class: "button button--secondary" }, "Absagen");
  accept.addEventListener("click", () => {
    void confirmAction(
      "Zusagen?",
      h(
        "p",
        {},
        "Sie nehmen die Person für Ihren Mentoringplatz an. Danach sehen Sie, wie Sie die Beratung erreichen.",
      ),
      "Ja, zusagen",
      "commit",
    ).then((yes) => (yes ? decide("accept") : undefined));
  });
  decline.addEventListener("click", () => {
    void askDecline().then((reason) => (reason === false ? undefined : decide("decline", reason)));
  });
  replace(body, proposalView(view), h("div", { class: "actions" }, accept, decline));
}
