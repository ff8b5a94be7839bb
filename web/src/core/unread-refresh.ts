import { announceUnread, loadNotices } from "./notices.ts";
import { getSession } from "./session.ts";

/**
 * Keeps the unread count current on an open page: read again when the window gets focus or the
 * tab becomes visible, and every minute while it is visible. One read at a time (a slow answer is
 * not overtaken by a second request); nothing while signed out. A failed read changes nothing.
 */
export const REFRESH_MS = 60_000;

let running = false;
let timer: ReturnType<typeof setInterval> | undefined;
let inFlight: Promise<void> | undefined;

export function refreshUnread(): Promise<void> {
  if (!running || !getSession()) return Promise.resolve();
  inFlight ??= loadNotices({ limit: 1 })
    .then(
      (page) => {
        if (running) announceUnread(page.unread);
      },
      () => undefined,
    )
    .finally(() => (inFlight = undefined));
  return inFlight;
}

const onVisible = () => {
  if (document.visibilityState === "visible") void refreshUnread();
};

/** Started by the header while someone is signed in; idempotent. */
export function startUnreadRefresh(): void {
  if (running) return;
  running = true;
  window.addEventListener("focus", onVisible);
  document.addEventListener("visibilitychange", onVisible);
  timer = setInterval(onVisible, REFRESH_MS);
}

/** Stopped when the header is drawn for nobody (signed out). */
export function stopUnreadRefresh(): void {
  if (!running) return;
  running = false;
  window.removeEventListener("focus", onVisible);
  document.removeEventListener("visibilitychange", onVisible);
  clearInterval(timer);
  timer = undefined;
  // The next person to sign in starts from nothing, not from this one's count.
  announceUnread(0);
}
