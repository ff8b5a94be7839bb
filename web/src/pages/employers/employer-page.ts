import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { sectorText, sizeText } from "../../core/employer-labels.ts";
import { date } from "../../core/format.ts";
import { navigate, type RouteContext } from "../../core/router.ts";
import { confirmAction } from "../../ui/dialog.ts";
import { busy, errorBox, flash, loading, takeFlash } from "../../ui/status.ts";
import { measuresSection } from "./measures-section.ts";
import { type Employer, employerApi, EMPLOYERS_PATH, employerPath } from "./model.ts";
import { placesSection } from "./places-section.ts";
import { sessionsSection } from "./sessions-section.ts";

/** One employer: its facts, the sessions (with the quick form), measures, places on its behalf; edit, erase. */
function facts(e: Employer): HTMLElement {
  const c = e.contact;
  const rows: [string, string][] = [
    ["Wirtschaftszweig (WZ 2008)", sectorText(e.sector)],
    ["Größe", sizeText(e.size)],
    ["Standort", e.district ? `${e.postalCode} · ${e.district.name}` : e.postalCode],
    [
      "Ansprechperson",
      c
        ? [c.name, c.email, c.phone, `Einwilligung vom ${date(c.consentDate)}`].filter(Boolean).join(" · ")
        : "keine gespeichert",
    ],
  ];
  if (e.org) rows.push(["Passung-Organisation", e.org]);
  return h(
    "dl",
    { class: "facts" },
    rows.map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v))),
  );
}

async function erase(e: Employer, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  const confirmed = await confirmAction(
    `„${e.name}“ löschen?`,
    h(
      "p",
      {},
      "Der Arbeitgeber wird mit allen Gesprächen, Notizen und Maßnahmen gelöscht. Das lässt sich nicht rückgängig machen.",
    ),
    "Endgültig löschen",
  );
  if (!confirmed) return;
  await busy(button, "Wird gelöscht …", async () => {
    try {
      await api.delete(employerApi(e.id), { version: e.version });
      flash(`„${e.name}“ wurde gelöscht.`);
      navigate(EMPLOYERS_PATH);
    } catch (error) {
      replace(status, errorBox(toProblem(error)));
    }
  });
}

export function employerPage({ main, params, signal }: RouteContext): void {
  const id = params.id ?? "";
  const heading = h("h1", {}, "Arbeitgeber");
  const status = h("div", { role: "status" }, takeFlash());
  const content = h("div", {}, loading());
  main.append(h("p", {}, h("a", { href: EMPLOYERS_PATH }, "Alle Arbeitgeber")), heading, status, content);

  void api
    .get<Employer>(employerApi(id), { signal })
    .then((e) => {
      heading.textContent = e.name;
      document.title = `${e.name} – Passung`;
      const eraseButton = h(
        "button",
        { type: "button", class: "button button--danger" },
        "Arbeitgeber löschen",
      );
      eraseButton.addEventListener("click", () => void erase(e, eraseButton, status));
      replace(
        content,
        facts(e),
        h(
          "div",
          { class: "actions" },
          h(
            "a",
            { class: "button button--secondary", href: `${employerPath(e.id)}/bearbeiten` },
            "Bearbeiten",
          ),
          eraseButton,
        ),
        sessionsSection(e.id, signal),
        measuresSection(e.id, signal),
        placesSection(e, signal),
      );
    })
    .catch((error: unknown) => !isAbort(error) && replace(content, errorBox(toProblem(error))));
}
