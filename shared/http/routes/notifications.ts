import { notification, notificationPage, notificationQuery } from "../../schemas/notification.ts";

const base = {
  group: "notifications",
  auth: "required" as const,
  roles: ["coach", "employer", "provider", "admin"] as const,
};

/** The caller's own inbox (PRODUCT.md "Notifications"); notices are written by the stream consumer. */
export const NOTIFICATION_ROUTES = [
  {
    method: "GET",
    path: "/notifications",
    ...base,
    summary: "The caller's notices, newest first, and how many are unread",
    query: notificationQuery,
    response: notificationPage,
  },
  {
    method: "POST",
    path: "/notifications/{id}/read",
    ...base,
    summary: "Mark one of the caller's notices read (another user's id: 404)",
    response: notification,
  },
] as const;
