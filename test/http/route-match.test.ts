import { describe, expect, it } from "vitest";
import { matchRoute } from "../../local/route-match.ts";
import type { Route } from "../../shared/http/routes.ts";
import { routes } from "../../shared/http/routes.ts";

const route = (method: Route["method"], path: string): Route => ({
  method,
  path,
  group: "g",
  auth: "none",
  summary: "",
});

describe("matchRoute", () => {
  it("matches path templates and URL-decodes parameters", () => {
    const match = matchRoute(routes, "GET", "/mentoring-places/a%20b%2Fc");
    expect(match).toMatchObject({ kind: "found", route: { path: "/mentoring-places/{id}" } });
    expect(match.kind === "found" && match.pathParameters).toEqual({ id: "a b/c" });
  });

  it("answers method-not-allowed with every method of the path", () => {
    expect(matchRoute(routes, "DELETE", "/health")).toEqual({ kind: "method-not-allowed", allow: ["GET"] });
    expect(matchRoute(routes, "PUT", "/mentoring-places/x")).toEqual({
      kind: "method-not-allowed",
      allow: ["GET", "PATCH", "DELETE"],
    });
  });

  it("does not match unknown paths, empty parameters or trailing slashes", () => {
    for (const path of ["/nope", "/mentoring-places/", "/health/", "/mentoring-places/%E0"]) {
      expect(matchRoute(routes, "GET", path)).toEqual({ kind: "not-found" });
    }
  });

  it("prefers literal segments among the method's routes", () => {
    const table = [
      route("GET", "/things/{id}"),
      route("GET", "/things/search"),
      route("PATCH", "/things/{id}"),
    ];
    expect(matchRoute(table, "GET", "/things/search")).toMatchObject({ route: { path: "/things/search" } });
    expect(matchRoute(table, "PATCH", "/things/search")).toMatchObject({
      route: { path: "/things/{id}" },
      pathParameters: { id: "search" },
    });
  });
});
