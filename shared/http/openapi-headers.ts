import { NOTICE_VERSION_PATTERN } from "../schemas/consent.ts";

/**
 * The response headers a route may declare (`responseHeaders` in the route table), as OpenAPI
 * header objects. On their own so the route type can name them without importing the OpenAPI
 * builder that reads the route table.
 */
export const HEADERS = {
  ETag: {
    description: 'The resource version as a strong ETag, e.g. "3"',
    schema: { type: "string", pattern: '^"\\d+"$' },
  },
  Location: {
    description: "The path of the created resource",
    required: true,
    schema: { type: "string", pattern: "^/" },
  },
  NextCursor: {
    description: "More pages follow: send this as `cursor` to get the next one (absent on the last page)",
    schema: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
  },
  NextLink: {
    description:
      'The next page as a link (RFC 8288), e.g. `</qualification-offers/export?cursor=…>; rel="next"`',
    schema: { type: "string", pattern: '^<[^>]+>; rel="next"$' },
  },
  NoticeVersion: {
    description:
      "The version of the information notice in this answer: what POST /candidates/{id}/consents records as `version`",
    required: true,
    schema: { type: "string", pattern: NOTICE_VERSION_PATTERN.source },
  },
  RetryAfter: {
    description: "Seconds to wait before retrying",
    required: true,
    schema: { type: "string", pattern: "^\\d+$" },
  },
};
