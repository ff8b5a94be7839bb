import { beforeAll, describe, expect, it } from "vitest";
import { routeKey, routes } from "../../shared/http/routes.ts";
import { candidateInput } from "../support/fixtures.ts";
import { testDeps } from "../support/db.ts";
import { type Api, directApi } from "./support/api.ts";
import { listerOf, queryParameters } from "./support/listers.ts";
import { FOREIGN, OWN, seedNotices, seedWorld } from "./support/world.ts";

/**
 * Pagination cursors are opaque, but a client holds them: every cursor that was not handed out
 * for this list — altered, cut, invented, or another organisation's — is a 400 naming
 * query.cursor, never a 500 and never someone else's page.
 */
let api: Api;
const cursors = new Map<string, { own: string; foreign: string }>();
/**
 * JSON lists that page with `nextCursor`. The CSV exports page by an `X-Next-Cursor` header and
 * refuse another organisation's or kind's cursor in test/integration/export-pages.test.ts.
 */
const pageable = routes.filter(
  (route) => "cursor" in queryParameters(route) && !route.path.endsWith("/export"),
);

/** Lists that are the same for every caller allowed to read them. */
const NETWORK_WIDE = new Set(["GET /organisations"]);

const b64 = (text: string) => Buffer.from(text).toString("base64url");
const flip = (cursor: string, at: number) =>
  cursor.slice(0, at) + (cursor[at] === "A" ? "B" : "A") + cursor.slice(at + 1);
/** The cursor's key changed by `edit`, still base64url JSON. */
const edited = (cursor: string, edit: (key: Record<string, unknown>) => Record<string, unknown>) =>
  b64(JSON.stringify(edit(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")))));
/** The cursor's key with every partition key (`…PK`) pointed elsewhere, still well-formed. */
const repartitioned = (cursor: string) => {
  const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Record<string, string>;
  return b64(
    JSON.stringify(
      Object.fromEntries(Object.entries(key).map(([k, v]) => [k, k.endsWith("PK") ? `${v}X` : v])),
    ),
  );
};

beforeAll(async () => {
  const deps = await testDeps();
  api = directApi(deps);
  await seedNotices(deps, await seedWorld(api));
  // Two candidates per organisation, so a coach's list has a second page too.
  for (const org of [OWN, FOREIGN])
    await api("POST /candidates", {
      caller: { role: "coach", org },
      body: candidateInput({ reference: "AZ-2" }),
    });
  for (const route of pageable) {
    const key = routeKey(route);
    const next = async (org: typeof OWN | typeof FOREIGN) => {
      const res = await api(key, { caller: listerOf(key, org), query: "limit=1" });
      const cursor = (res.body as { nextCursor?: string }).nextCursor;
      if (!cursor)
        throw new Error(`${key} as ${org}: no second page (${res.status} ${res.text.slice(0, 200)})`);
      return cursor;
    };
    cursors.set(key, { own: await next(OWN), foreign: await next(FOREIGN) });
  }
});

describe("tampered pagination cursors", () => {
  it("has a cursor to tamper with for every list that pages", () => {
    expect(pageable.length).toBeGreaterThan(0);
    expect([...cursors.keys()].sort()).toEqual(pageable.map(routeKey).sort());
  });

  it.each(pageable.map(routeKey))("%s refuses every cursor it did not hand out", async (key) => {
    const { own, foreign } = cursors.get(key) ?? { own: "", foreign: "" };
    const list = (cursor: string) =>
      api(key, { caller: listerOf(key), query: `limit=1&cursor=${encodeURIComponent(cursor)}` });
    expect((await list(own)).status).toBe(200);
    const tampered = {
      // The organisations list is the network's, the same for every admin: its cursors travel.
      ...(NETWORK_WIDE.has(key) ? {} : { "another organisation's": foreign }),
      "flipped at the start": flip(own, 2),
      "pointed at another partition": repartitioned(own),
      truncated: own.slice(0, -4),
      "not base64": "!!!$$$",
      "base64, not JSON": b64("hello"),
      "a JSON array": b64("[1,2]"),
      "a JSON number": b64("42"),
      "JSON null": b64("null"),
      "an empty object": b64("{}"),
      "without its table key": edited(own, ({ PK: _pk, ...rest }) => rest),
      "with an extra attribute": edited(own, (key) => ({ ...key, extra: "x" })),
      "with a number for a key": edited(own, (key) => ({ ...key, SK: 7 })),
      "over 2000 characters": "A".repeat(2001),
    };
    for (const [what, cursor] of Object.entries(tampered)) {
      const res = await list(cursor);
      const path = (res.body as { errors?: { path: string }[] }).errors?.[0]?.path;
      expect([what, res.status, path, res.headers["content-type"]]).toEqual([
        what,
        400,
        "query.cursor",
        expect.stringMatching(/^application\/problem\+json/),
      ]);
    }
  });
});
