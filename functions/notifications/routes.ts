import { inboxUseCases } from "../../shared/app/inbox.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { NOTIFICATION_ROUTES } from "../../shared/http/routes/notifications.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(NOTIFICATION_ROUTES);

export function notificationRoutes(deps: Deps): Record<string, RouteHandler> {
  const inbox = inboxUseCases(deps);
  return {
    "GET /notifications": handle("GET /notifications", async ({ principal, query }) =>
      json(200, await inbox.list(principal, { limit: query.limit ?? 20, cursor: query.cursor })),
    ),

    "POST /notifications/{id}/read": handle("POST /notifications/{id}/read", async ({ principal, params }) =>
      json(200, await inbox.markRead(principal, params.id ?? "")),
    ),
  };
}
