import { api } from "./api.ts";

export type NoticeType =
  | "referral.proposed"
  | "referral.accepted"
  | "referral.declined"
  | "referral.withdrawn"
  | "candidate.newMatches"
  | "employer.measureDue";
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

/** Tells the bell the unread count changed (a notice was read on the inbox page). */
const UNREAD_CHANGED = "passung:unread";
export const announceUnread = (unread: number) =>
  document.dispatchEvent(new CustomEvent(UNREAD_CHANGED, { detail: unread }));
export const onUnread = (listener: (unread: number) => void) =>
  document.addEventListener(UNREAD_CHANGED, (event) => listener((event as CustomEvent<number>).detail));

export const loadNotices = (options: { cursor?: string; signal?: AbortSignal } = {}) =>
  api.get<NoticePage>("/notifications", {
    query: { limit: 20, cursor: options.cursor },
    ...(options.signal ? { signal: options.signal } : {}),
  });

export const markRead = (id: string) => api.post<Notice>(`/notifications/${encodeURIComponent(id)}/read`);
