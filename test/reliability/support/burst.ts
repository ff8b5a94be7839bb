import { candidateInput, consentInput, offerInput, placeInput } from "../../support/fixtures.ts";
import type { Answer, Api, Call, Caller } from "./api.ts";
import { OWN } from "./world.ts";

/**
 * A burst of concurrent writes (creations, proposals, accepts, withdrawals) during which the
 * database goes away, then a second pass after recovery that re-runs every interrupted task from
 * its start, with the same Idempotency-Keys — as a client retrying after a 503 would.
 */
export interface BurstOutcome {
  firstPass: { ok: number; unavailable: number };
  /** Answers no client should ever get: 5xx other than 503, 4xx a retry must not cause. */
  unexpected: string[];
  /** Titles and case numbers each created exactly once by the burst. */
  markers: string[];
}

const employer: Caller = { role: "employer", org: OWN };
const provider: Caller = { role: "provider", org: OWN };
const coach: Caller = { role: "coach", org: OWN };
const RUNS = [0, 1, 2, 3, 4, 5];
/** The first pass during the cut, then retries after recovery. */
const MAX_PASSES = 5;

class Unavailable extends Error {}
type Run = (key: string, caller: Caller, call: Omit<Call, "caller">, ok: number[]) => Promise<Answer>;
type Task = (run: Run) => Promise<unknown>;

const idOf = (answer: Answer) => String((answer.body as { id?: unknown }).id);
const keyed = (key: string) => ({ "idempotency-key": key });

/** A creating POST, retried with the same Idempotency-Key. */
const create =
  (key: string, caller: Caller, body: object, idempotencyKey: string): Task =>
  (run) =>
    run(key, caller, { body, headers: keyed(idempotencyKey) }, [201]);

function tasks(placeId: string): Task[] {
  return [
    ...RUNS.map((i) =>
      create(
        "POST /mentoring-places",
        employer,
        placeInput({ status: "published", title: `Burst-Platz-${i}` }),
        `place-${i}`,
      ),
    ),
    ...RUNS.map((i) =>
      create(
        "POST /qualification-offers",
        provider,
        offerInput({ status: "published", title: `Burst-Angebot-${i}` }),
        `offer-${i}`,
      ),
    ),
    // A candidate, proposed to a place, then accepted (a seat) or withdrawn (the guard freed).
    ...RUNS.map((i): Task => async (run) => {
      const body = candidateInput({ reference: `BURST-${i}` });
      const candidate = await run("POST /candidates", coach, { body, headers: keyed(`cand-${i}`) }, [201]);
      await run(
        "POST /candidates/{id}/consents",
        coach,
        { params: { id: idOf(candidate) }, body: consentInput(), headers: keyed(`consent-${i}`) },
        [200],
      );
      const proposal = { candidateId: idOf(candidate), placeId };
      const referral = await run(
        "POST /referrals",
        coach,
        { body: proposal, headers: keyed(`ref-${i}`) },
        [201],
      );
      const params = { id: idOf(referral) };
      // 409 on a retry: the first attempt went through, only its answer was lost.
      if (i % 2 === 0) await run("POST /referrals/{id}/accept", employer, { params }, [200, 409]);
      else await run("POST /referrals/{id}/withdraw", coach, { params }, [200, 409]);
    }),
  ];
}

export async function runBurst(
  api: Api,
  cut: () => void,
  recover: () => Promise<void>,
): Promise<BurstOutcome> {
  const seats = await api("POST /mentoring-places", {
    caller: employer,
    body: placeInput({ status: "published", capacity: 10, title: "Burst-Ziel" }),
  });
  const all = tasks(idOf(seats));
  const firstPass = { ok: 0, unavailable: 0 };
  const unexpected: string[] = [];
  // A 503 after recovery (a busy machine can make DynamoDB Local slower than the client's request
  // timeout) is answered as a client would: the task runs again in the next pass.
  const runner =
    (pass: number): Run =>
    async (key, caller, call, ok) => {
      const res = await api(key, { ...call, caller });
      if (res.status === 503) {
        if (pass === 1) firstPass.unavailable++;
        throw new Unavailable();
      }
      if (!ok.includes(res.status)) {
        unexpected.push(`pass ${pass} ${key}: ${res.status} ${res.text.slice(0, 160)}`);
        throw new Error(key);
      }
      if (pass === 1) firstPass.ok++;
      return res;
    };
  const interruptedBy = (tasks: Task[], results: PromiseSettledResult<unknown>[]) =>
    tasks.filter((_, i) => {
      const result = results[i];
      return result?.status === "rejected" && result.reason instanceof Unavailable;
    });
  cut();
  let pending = interruptedBy(all, await Promise.allSettled(all.map((task) => task(runner(1)))));
  await recover();
  for (let pass = 2; pending.length > 0 && pass <= MAX_PASSES; pass++) {
    pending = interruptedBy(pending, await Promise.allSettled(pending.map((task) => task(runner(pass)))));
  }
  for (const task of pending)
    unexpected.push(`still 503 after ${MAX_PASSES} passes: task ${all.indexOf(task)}`);
  const markers = RUNS.flatMap((i) => [`Burst-Platz-${i}`, `Burst-Angebot-${i}`, `BURST-${i}`]);
  return { firstPass, unexpected, markers };
}
