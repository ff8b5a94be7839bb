import { api } from "./api.ts";

export type NoticeType =
  | "referral.proposed"
  | "referral.accepted"
  | "referral.declined"
  | "referral.withdrawn"
  | "candidate.newMatches"
  | "employer.measureDue"
  | "referral.decisionLinkFailed";
export interface Notice {
  id: string;
  type: NoticeType;
  createdAt: string;
  readAt?: string;
  text: string;
  link: string;
}
export interface NoticePage {
  items: Notice[];
  nextCursor?: string;
  unread: number;
}

/** Tells the bell and the menu button the unread count changed (read anew, or read on the inbox). */
const UNREAD_CHANGED = "passung:unread";
let lastUnread = 0;
/** The count last heard of: a header drawn anew shows it at once, before its own read answers. */
export const knownUnread = () => lastUnread;
export function announceUnread(unread: number) {
  lastUnread = unread;
  document.dispatchEvent(new CustomEvent(UNREAD_CHANGED, { detail: unread }));
}
export const onUnread = (listener: (unread: number) => void) =>
  document.addEventListener(UNREAD_CHANGED, (event) => listener((event as CustomEvent<number>).detail));

export const loadNotices = (options: { cursor?: string; signal?: AbortSignal; limit?: number } = {}) =>
  api.get<NoticePage>("/notifications", {
    query: { limit: options.limit ?? 20, cursor: options.cursor },
    ...(options.signal ? { signal: options.signal } : {}),
  });

export const markRead = (id: string) => api.post<Notice>(`/notifications/${encodeURIComponent(id)}/read`);
