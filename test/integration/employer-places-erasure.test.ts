import { beforeAll, expect, it } from "vitest";
import { notificationRoutes } from "../../functions/notifications/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { adviser, onBehalfWorld } from "../support/on-behalf-world.ts";
import { coach } from "../support/referral-world.ts";
import { drainStream } from "../support/stream.ts";

let world: Awaited<ReturnType<typeof onBehalfWorld>>;
let inbox: ReturnType<typeof dispatch>;

beforeAll(async () => {
  world = await onBehalfWorld(await testDeps(undefined, undefined, { stream: true }));
  inbox = dispatch(notificationRoutes(world.deps));
  for (const caller of [coach, adviser])
    expect(
      (await world.call("organisations", "PUT /me", { caller, body: { name: caller.sub } })).status,
    ).toBe(200);
}, 120_000);

const noticesOf = async (caller: Caller) =>
  (
    (await invoke(inbox, "GET /notifications", { caller })).body as {
      items: { type: string; text: string }[];
    }
  ).items;

it("erasing an employer record (DELETE /employers/{id}) withdraws its places' open referrals (seat back, coach told) and archives them", async () => {
  const employer = await world.employerRecord();
  const other = await world.employerRecord(adviser.org, { name: "Bäckerei Lindner" });
  const place = (await world.placeOnBehalf(employer.id, { capacity: 2, title: "Hospitation Pflege" }))
    .body as {
    id: string;
  };
  const untouched = (await world.placeOnBehalf(other.id)).body as { id: string; version: number };
  const first = await world.candidate({}, coach);
  const second = await world.candidate({}, coach);
  const accepted = (await world.propose(first.id, place.id, coach)).body as { id: string };
  const proposed = (await world.propose(second.id, place.id, coach)).body as { id: string };
  expect((await world.act(accepted.id, "accept", adviser)).status).toBe(200);
  await drainStream(world.deps);

  const erased = await world.employers.call("DELETE /employers/{id}", {
    caller: adviser,
    params: { id: employer.id },
    headers: { "if-match": `"${employer.version}"` },
  });
  expect(erased.status).toBe(204);

  const read = (id: string, caller: Caller = adviser) =>
    world.call("places", "GET /mentoring-places/{id}", { caller, params: { id } });
  expect((await read(place.id)).body).toMatchObject({ status: "archived", acceptedCount: 0 });
  expect((await read(untouched.id)).body).toMatchObject({ status: "published", version: untouched.version });
  for (const id of [accepted.id, proposed.id]) {
    const r = await world.call("referrals", "GET /referrals/{id}", { caller: coach, params: { id } });
    expect(r.body).toMatchObject({ status: "withdrawn" });
  }
  while ((await drainStream(world.deps)) > 0);
  const told = (await noticesOf(coach)).filter((n) => n.type === "referral.withdrawn");
  expect(told).toHaveLength(2);
  expect(told[0]?.text).toMatch(
    /^Der Mentoringplatz „Hospitation Pflege“ besteht nicht mehr; Ihr Vorschlag \(Aktenzeichen [A-Z]+-\d{4}-\d{4}\) wurde zurückgezogen\.$/,
  );
  // The record is gone: nothing more can be created on its behalf.
  expect((await world.placeOnBehalf(employer.id)).status).toBe(400);
});
