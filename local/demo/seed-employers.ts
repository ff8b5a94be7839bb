import { employerRoutes } from "../../functions/employers/routes.ts";
import { notifyDueMeasures } from "../../shared/app/measure-due.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { call, daysAgo } from "./seed-call.ts";
import { DEMO_EMPLOYERS } from "./demo-employers.ts";
import { seedPlaceOnBehalf } from "./seed-place-on-behalf.ts";

/**
 * Employer counselling in the demo (issue 29): Brückenwerk Sachsen counsels two employers, in
 * Leipzig and Chemnitz, with sessions and measures — one overdue, so its adviser's inbox shows
 * `employer.measureDue` once the daily check has run — and keeps a mentoring place on behalf of
 * the Leipzig company, to which one of its own candidates (with consent to share the profile) is
 * proposed. Through the API's handlers with idempotency keys, like the rest of the seed.
 */
export const COUNSELLING_ORG = "brueckenwerk-sachsen";
const as = { org: COUNSELLING_ORG, role: "coach" };

export async function seedDemoEmployers(deps: Deps): Promise<{ employers: number }> {
  const now = deps.clock();
  const employers = dispatch(employerRoutes(deps));
  const ids: string[] = [];
  for (const [n, e] of DEMO_EMPLOYERS.entries()) {
    const key = `employer-${n}`;
    const { id } = await call(employers, {
      route: "/employers",
      path: "/employers",
      key,
      as,
      body: { ...e.input, contact: { ...e.input.contact, consentDate: daysAgo(now, e.consentDaysAgo) } },
    });
    ids.push(id);
    const params = { id };
    for (const [i, s] of e.sessions.entries())
      await call(employers, {
        route: "/employers/{id}/sessions",
        path: `/employers/${id}/sessions`,
        key: `${key}-session-${i}`,
        params,
        as,
        body: { ...s.input, date: daysAgo(now, s.daysAgo) },
      });
    for (const [i, m] of e.measures.entries()) {
      const measure = await call(employers, {
        route: "/employers/{id}/measures",
        path: `/employers/${id}/measures`,
        key: `${key}-measure-${i}`,
        params,
        as,
        body: { ...m.input, due: daysAgo(now, m.dueDaysAgo) },
      });
      if (m.status !== "agreed")
        await call(employers, {
          method: "PATCH",
          route: "/employers/{id}/measures/{measureId}",
          path: `/employers/${id}/measures/${measure.id}`,
          key: `${key}-measure-${i}-status`,
          params: { id, measureId: measure.id },
          // Setting the same status again (a re-run after an interruption) changes nothing.
          headers: { "if-match": "*" },
          as,
          body: { status: m.status },
        });
    }
  }
  await seedPlaceOnBehalf(deps, as, ids[0] ?? "");
  // The scheduled check (hourly on AWS, each mail tick locally) at once: the overdue measure is in
  // its adviser's inbox on first start.
  await notifyDueMeasures(deps);
  return { employers: ids.length };
}
