import { HANDOUT_LANGUAGES } from "../../../../shared/handout/languages.ts";
import { fetchText } from "../../core/api.ts";
import { h } from "../../core/dom.ts";
import { field, select } from "../../ui/field.ts";
import { busy } from "../../ui/status.ts";
import { languageLabel } from "./candidate-handout.ts";

/**
 * The information notice (Art. 13 DSGVO) in the language the candidate reads, opened in a new tab
 * to print or show on screen. As the handout: fetched with the token, shown from a Blob URL, the
 * window opened within the click (pop-up blockers). `lang` is the language the consent records.
 */
export function noticeControl(preferred: string | undefined, onError: (error: unknown) => void) {
  const lang = select(
    HANDOUT_LANGUAGES.map((code) => [code, languageLabel(code)] as const),
    preferred && (HANDOUT_LANGUAGES as readonly string[]).includes(preferred) ? preferred : "de",
  );
  const open = h("button", { type: "button", class: "button button--secondary" }, "Informationsblatt öffnen");
  open.addEventListener("click", () => {
    const win = window.open("", "_blank");
    void busy(open, "Informationsblatt …", async () => {
      const page = await fetchText("/privacy-notice", { query: { lang: lang.value } });
      const url = URL.createObjectURL(new Blob([page], { type: "text/html;charset=utf-8" }));
      if (win) win.location.href = url;
      else window.location.assign(url);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }).catch((error: unknown) => {
      win?.close();
      onError(error);
    });
  });
  const el = h(
    "div",
    { class: "notice-control" },
    field(
      {
        label: "Sprache des Informationsblatts",
        path: "language",
        hint: "Die Person liest das Informationsblatt in dieser Sprache; die Einwilligung vermerkt sie.",
      },
      lang,
    ),
    h("div", { class: "actions" }, open),
  );
  return { el, language: () => lang.value };
}
