import { HANDOUT_LANGUAGES } from "../../../../shared/handout/languages.ts";
import { fetchText } from "../../core/api.ts";
import { h } from "../../core/dom.ts";
import { loadMe } from "../../core/me.ts";
import type { Candidate } from "../../core/types.ts";
import { busy } from "../../ui/status.ts";

/** "Arabisch – العربية": the coach reads the German name, the candidate their own. */
export function languageLabel(code: string): string {
  const german = new Intl.DisplayNames(["de"], { type: "language" }).of(code) ?? code;
  const own = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
  return code === "de" ? german : `${german} – ${own}`;
}

/**
 * "Handzettel drucken" with a language choice. The page needs the token, so it is fetched here and
 * opened in a new window from a Blob URL; the window is opened within the click (pop-up blockers)
 * and shown the page once it has arrived. The coach prints it from there (A4 print stylesheet).
 */
export function handoutControl(c: Candidate, onError: (error: unknown) => void): HTMLElement {
  const select = h(
    "select",
    { id: "handout-lang", name: "lang" },
    HANDOUT_LANGUAGES.map((code) => h("option", { value: code, lang: code }, languageLabel(code))),
  );
  const button = h("button", { type: "button", class: "button button--secondary" }, "Handzettel drucken");
  button.addEventListener("click", () => {
    const win = window.open("", "_blank");
    void busy(button, "Handzettel …", async () => {
      const page = await fetchText(`/candidates/${encodeURIComponent(c.id)}/handout`, {
        query: { lang: select.value },
      });
      const url = URL.createObjectURL(new Blob([page], { type: "text/html;charset=utf-8" }));
      // Pop-ups blocked: show it in this tab instead (Back returns to the candidate).
      if (win) win.location.href = url;
      else window.location.assign(url);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }).catch((error: unknown) => {
      win?.close();
      onError(error);
    });
  });
  // The handout names whom to contact: the organisation and the coach's work contact (Mein Konto).
  const hint = h("p", { class: "hint handout__hint" });
  void loadMe().then((me) => {
    if (!me) return;
    if (me.name && (me.phone || me.email))
      hint.textContent = `Der Handzettel nennt ${me.name}${me.orgName ? ` (${me.orgName})` : ""} als Ansprechperson, mit den Kontaktdaten aus „Mein Konto“.`;
    else
      hint.append(
        "Damit der Handzettel Sie als Ansprechperson nennt, tragen Sie Name und Telefon oder E-Mail unter ",
        h("a", { href: "/konto" }, "Mein Konto"),
        " ein.",
      );
  });
  return h(
    "div",
    { class: "handout" },
    h("label", { for: "handout-lang" }, "Sprache des Handzettels"),
    select,
    button,
    hint,
  );
}
