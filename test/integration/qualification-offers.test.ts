import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { listingKey } from "../../shared/db/keys.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { offerInput } from "../support/fixtures.ts";

const provider: Caller = { role: "provider", org: "pro-arbeit" };
const otherProvider: Caller = { role: "provider", org: "bang" };
const admin: Caller = { role: "admin", org: "netzwerk" };

let handler: ReturnType<typeof dispatch>;
let deps: Awaited<ReturnType<typeof testDeps>>;
const call = (routeKey: string, options: Parameters<typeof invoke>[2] = {}) =>
  invoke(handler, routeKey, options);

beforeAll(async () => {
  deps = await testDeps();
  handler = dispatch(listingHandlers(qualificationOfferResource, deps));
});

describe("qualification offers", () => {
  it("no longer takes the Anerkennungszuschuss as funding; offers stored with it read and edit without it", async () => {
    const refused = await call("POST /qualification-offers", {
      caller: provider,
      body: offerInput({ funding: ["iq-funded", "anerkennungszuschuss"] as never }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(["funding[1]"]);

    const created = await call("POST /qualification-offers", {
      caller: provider,
      body: offerInput({ status: "published", title: "Gespeichert vor Issue 27", funding: ["iq-funded"] }),
    });
    // As an offer saved before issue 27 is stored.
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: listingKey("offer", created.body.id),
        UpdateExpression: "SET funding = :f",
        ExpressionAttributeValues: { ":f": ["anerkennungszuschuss", "iq-funded"] },
      }),
    );
    const read = await call("GET /qualification-offers/{id}", { params: { id: created.body.id } });
    expect(read.body.funding).toEqual(["iq-funded"]);
    const edited = await call("PATCH /qualification-offers/{id}", {
      caller: provider,
      params: { id: created.body.id },
      headers: { "if-match": read.headers.etag as string },
      body: { title: "Bearbeitet nach Issue 27" },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.funding).toEqual(["iq-funded"]);
  });

  it("needs a location unless the offer is online, and end not before start", async () => {
    const res = await call("POST /qualification-offers", {
      caller: provider,
      body: offerInput({ location: undefined, start: "2027-03-01", end: "2027-01-01" }),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["end", "location"]);
    const online = await call("POST /qualification-offers", {
      caller: provider,
      body: offerInput({ format: "online", location: undefined }),
    });
    expect(online.status).toBe(201);
    expect(online.body.location).toBeUndefined();
  });

  it("lets anyone read published offers with contact, but never drafts", async () => {
    const published = await call("POST /qualification-offers", {
      caller: provider,
      body: offerInput({ status: "published", title: "Öffentlich" }),
    });
    const draft = await call("POST /qualification-offers", {
      caller: provider,
      body: offerInput({ title: "Entwurf" }),
    });
    const anonymous = await call("GET /qualification-offers/{id}", { params: { id: published.body.id } });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.contact.email).toBe("max.beispiel@example.org");
    expect((await call("GET /qualification-offers/{id}", { params: { id: draft.body.id } })).status).toBe(
      404,
    );
    const foreign = await call("GET /qualification-offers/{id}", {
      caller: otherProvider,
      params: { id: draft.body.id },
    });
    expect(foreign.status).toBe(404);

    const publicList = await call("GET /qualification-offers");
    const titles = publicList.body.items.map((i: { title: string }) => i.title);
    expect(titles).toContain("Öffentlich");
    expect(titles).not.toContain("Entwurf");

    const own = await call("GET /qualification-offers", { caller: provider, query: "status=draft" });
    expect(own.body.items.map((i: { title: string }) => i.title)).toContain("Entwurf");
    expect(own.body.items.every((i: { status: string }) => i.status === "draft")).toBe(true);
  });

  it("lets an admin list and edit any organisation's offers", async () => {
    const draft = await call("POST /qualification-offers", {
      caller: provider,
      body: offerInput({ title: "Admin sieht" }),
    });
    const list = await call("GET /qualification-offers", { caller: admin, query: `org=${provider.org}` });
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(draft.body.id);
    const edited = await call("PATCH /qualification-offers/{id}", {
      caller: admin,
      params: { id: draft.body.id },
      headers: { "if-match": draft.headers.etag as string },
      body: { seats: 12 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ seats: 12, org: provider.org, version: 2 });
  });

  it("refuses another organisation's list and writes by other roles", async () => {
    const foreign = await call("GET /qualification-offers", {
      caller: otherProvider,
      query: `org=${provider.org}`,
    });
    expect(foreign.status).toBe(403);
    const coach = await call("POST /qualification-offers", {
      caller: { role: "coach", org: "mozaik" },
      body: offerInput(),
    });
    expect(coach.status).toBe(403);
    expect((await call("POST /qualification-offers", { body: offerInput() })).status).toBe(401);
  });
});
