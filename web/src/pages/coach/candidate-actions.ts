import { api } from "../../core/api.ts";
import { h } from "../../core/dom.ts";
import type { Candidate } from "../../core/types.ts";
import { confirmAction } from "../../ui/dialog.ts";

/** Export (a JSON download of everything stored) and erasure (after a confirmation) of a candidate. */
export async function exportCandidate(c: Candidate): Promise<void> {
  const data = await api.get<unknown>(`/candidates/${encodeURIComponent(c.id)}/export`);
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = h("a", {
    href: url,
    download: `kandidat-${c.reference.replace(/[^\w.-]/g, "_")}.json`,
    hidden: true,
  });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Asks, then erases; true when erased. */
export async function eraseCandidate(c: Candidate): Promise<boolean> {
  const ok = await confirmAction(
    `Kandidat:in ${c.reference} löschen?`,
    [
      h(
        "p",
        {},
        "Das Profil und die personenbezogenen Daten aller Vorschläge dieser Kandidat:in werden endgültig gelöscht.",
      ),
      h(
        "p",
        {},
        "Das lässt sich nicht rückgängig machen. Exportieren Sie die Daten vorher, wenn Sie sie brauchen.",
      ),
    ],
    "Endgültig löschen",
  );
  if (!ok) return false;
  await api.delete(`/candidates/${encodeURIComponent(c.id)}`, { version: c.version });
  return true;
}

/** The page of an erased (or never saved) candidate: one clear message and the way back, no forms. */
export function candidateGone(main: HTMLElement, heading: HTMLElement): void {
  heading.textContent = "Kandidat:in nicht gefunden";
  document.title = "Kandidat:in nicht gefunden – Passung";
  main.replaceChildren(
    heading,
    h(
      "div",
      { class: "alert alert--warn", role: "status" },
      h("p", {}, "Diese Kandidat:in wurde gelöscht oder existiert nicht."),
      h("p", {}, h("a", { href: "/beratung/kandidaten" }, "Zur Liste der Kandidat:innen")),
    ),
  );
}
