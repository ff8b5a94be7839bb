import { ForbiddenError } from "../../shared/domain/errors.ts";
import { type ColumnSet } from "../../shared/csv/column-set.ts";
import { csvResponse } from "../../shared/csv/csv-write.ts";
import { templateCsv } from "../../shared/csv/export-csv.ts";
import { exportPage } from "../../shared/app/export-listings.ts";
import { importIncomplete, invalidRows } from "../../shared/csv/import-errors.ts";
import { readImportFile } from "../../shared/csv/import-file.ts";
import { importListings } from "../../shared/app/import-listings.ts";
import { IMPORT_LIMITS, type ImportLimits } from "../../shared/csv/limits.ts";
import { OFFER_COLUMNS } from "../../shared/csv/offer-columns.ts";
import { PLACE_COLUMNS } from "../../shared/csv/place-columns.ts";
import { validateRows } from "../../shared/csv/row-validation.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import type { ListingResource } from "../../shared/app/listing-resources.ts";
import { mentoringPlaceResource, qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { hasRole, type Principal } from "../../shared/http/principal.ts";
import { type ApiResult, json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { CSV_ROUTES } from "../../shared/http/routes/csv.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(CSV_ROUTES);

/** CSV import, export and template of qualification offers and mentoring places. */
export function importRoutes(deps: Deps, limits: ImportLimits = IMPORT_LIMITS): Record<string, RouteHandler> {
  return {
    ...csvRoutes(qualificationOfferResource, OFFER_COLUMNS, deps, limits),
    ...csvRoutes(mentoringPlaceResource, PLACE_COLUMNS, deps, limits),
  };
}

/** The caller's own organisation; only an admin may name another one. */
function targetOrg(principal: Principal, org: string | undefined): string {
  if (!org || org === principal.org) return principal.org;
  if (hasRole(principal, "admin")) return org;
  throw new ForbiddenError("Import und Export nur für die eigene Organisation (query.org).");
}

/** More pages follow: the cursor of the next one, also as a Link (RFC 8288) to follow. */
function withNextPage(answer: ApiResult, path: string, org: string | undefined, cursor: string): ApiResult {
  const query = new URLSearchParams({ ...(org ? { org } : {}), cursor });
  const link = `<${path}/export?${query.toString()}>; rel="next"`;
  return { ...answer, headers: { ...answer.headers, "x-next-cursor": cursor, link } };
}

function csvRoutes(
  resource: ListingResource,
  set: ColumnSet,
  deps: Deps,
  limits: ImportLimits,
): Record<string, RouteHandler> {
  return {
    [`POST ${resource.path}/import`]: handle(
      `POST ${resource.path}/import`,
      async (req) => {
        const deadline = Date.now() + limits.writeBudgetMs;
        const org = targetOrg(req.principal, req.query.org);
        const { rows, errors } = validateRows(readImportFile(req.event, limits), set, resource.input);
        if (errors.length) throw invalidRows(errors);
        const dryRun = req.query.dryRun === "true";
        const options = { dryRun, deadline, concurrency: limits.concurrency };
        const { notStarted, ...counts } = await importListings(deps, resource, set, org, rows, options);
        req.log.info("import", {
          kind: resource.kind,
          org,
          rows: rows.length,
          dryRun,
          notStarted,
          ...counts,
        });
        if (notStarted) throw importIncomplete(rows.length, counts);
        return json(200, { rows: rows.length, ...counts, dryRun });
      },
      { maxBodyBytes: limits.maxBytes },
    ),

    [`GET ${resource.path}/export`]: handle(`GET ${resource.path}/export`, async (req) => {
      const org = targetOrg(req.principal, req.query.org);
      const request = { cursor: req.query.cursor, maxBytes: limits.exportPageBytes };
      const page = await exportPage(deps, resource, set, org, request);
      const answer = csvResponse(page.csv, `${set.fileName}-${org}.csv`);
      return page.nextCursor ? withNextPage(answer, resource.path, req.query.org, page.nextCursor) : answer;
    }),

    [`GET ${resource.path}/import-template`]: handle(`GET ${resource.path}/import-template`, async () =>
      csvResponse(templateCsv(set), `${set.fileName}-vorlage.csv`),
    ),
  };
}
