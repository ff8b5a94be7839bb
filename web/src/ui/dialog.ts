import { type Child, h, uid } from "../core/dom.ts";

/**
 * Modal dialogs on the native <dialog>: focus stays inside, Escape closes, and focus returns to
 * the button that opened it.
 */
export function modal(
  title: string,
  body: Child,
  actions: HTMLElement[],
  cancelLabel = "Abbrechen",
): { dialog: HTMLDialogElement; close(): void } {
  const titleId = uid("dlg");
  const cancel = h("button", { type: "button", class: "button button--secondary" }, cancelLabel);
  const dialog = h(
    "dialog",
    { class: "dialog", "aria-labelledby": titleId },
    h("h2", { id: titleId }, title),
    body,
    h("div", { class: "actions" }, ...actions, cancel),
  );
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const close = () => dialog.close();
  cancel.addEventListener("click", close);
  dialog.addEventListener("close", () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, close };
}

/**
 * Asks before something that cannot be undone; resolves true when confirmed. `tone: "commit"`
 * for a step that binds but destroys nothing (accepting a referral): the primary, not the red button.
 */
export function confirmAction(
  title: string,
  text: Child,
  confirmLabel: string,
  tone: "danger" | "commit" = "danger",
): Promise<boolean> {
  return new Promise((resolve) => {
    let confirmed = false;
    const ok = h(
      "button",
      { type: "button", class: tone === "danger" ? "button button--danger" : "button" },
      confirmLabel,
    );
    const { dialog, close } = modal(title, h("div", {}, text), [ok]);
    ok.addEventListener("click", () => {
      confirmed = true;
      close();
    });
    dialog.addEventListener("close", () => resolve(confirmed));
  });
}
