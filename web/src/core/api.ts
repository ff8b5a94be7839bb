import { getSession } from "./session.ts";

/**
 * The API client: JSON in and out, the session's token as Bearer, problem+json errors as ApiError.
 * Writes send If-Match (the item's version) and an Idempotency-Key, so a retried click creates
 * nothing twice.
 */
export interface FieldError {
  path: string;
  message: string;
}
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  get status() {
    return this.problem.status;
  }
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** The version the change is based on; sent as If-Match: "<version>". */
  version?: number;
  signal?: AbortSignal;
}

let base = "";
let onUnauthorized: () => void = () => {};

export function configureApi(apiUrl: string, unauthorized: () => void): void {
  base = apiUrl;
  onUnauthorized = unauthorized;
}

function url(path: string, query: RequestOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return `${base}${path}${qs ? `?${qs}` : ""}`;
}

/** The API's absolute address of `path`, e.g. for a plain download link. */
export const apiUrl = (path: string) => url(path, undefined);

/**
 * Headings that say what happened. A 409's title is the bare word "Konflikt"; its detail says what
 * happened ("Der Mentoringplatz ist nicht mehr frei."), so that becomes the heading.
 */
function inWords(problem: Problem): Problem {
  if (problem.status === 409 && problem.detail)
    return { ...problem, title: problem.detail, detail: undefined };
  if (problem.status === 412) return { ...problem, title: "Der Eintrag wurde inzwischen geändert" };
  return problem;
}

async function problemOf(res: Response): Promise<Problem> {
  const fallback = { title: `Fehler ${res.status}`, status: res.status };
  try {
    const body = (await res.json()) as Partial<Problem>;
    return inWords({ ...fallback, ...body, status: res.status });
  } catch {
    return fallback;
  }
}

export interface RawOptions extends RequestOptions {
  /** Sent as is (e.g. a File), with this content-type. */
  raw?: { body: BodyInit; contentType: string };
  accept?: string;
}

/** The call itself: headers, network errors and problem+json as ApiError; the Response when ok. */
async function send(method: string, path: string, options: RawOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: options.accept ?? "application/json" };
  const token = getSession()?.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.raw) headers["content-type"] = options.raw.contentType;
  else if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.version !== undefined) headers["if-match"] = `"${options.version}"`;
  if (method === "POST") headers["idempotency-key"] = crypto.randomUUID();
  let res: Response;
  try {
    res = await fetch(url(path, options.query), {
      method,
      headers,
      body: options.raw
        ? options.raw.body
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({
      title: "Keine Verbindung",
      status: 0,
      detail: "Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.",
    });
  }
  if (res.status === 401 && token) onUnauthorized();
  if (!res.ok) throw new ApiError(await problemOf(res));
  return res;
}

export async function request<T>(method: string, path: string, options: RawOptions = {}): Promise<T> {
  const res = await send(method, path, options);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/**
 * Fetches a file with the token (e.g. a CSV export) and hands it to the browser as a download via
 * a Blob URL, named as the server's content-disposition says or `fallbackName`. A file in pages
 * (X-Next-Cursor: a large CSV export) is fetched page by page and joined into one.
 */
export async function download(path: string, fallbackName: string, options: RawOptions = {}): Promise<void> {
  const res = await send("GET", path, options);
  const disposition = res.headers.get("content-disposition") ?? "";
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const parts = [await res.blob()];
  for (let cursor = res.headers.get("x-next-cursor"); cursor;) {
    const next = await send("GET", path, { ...options, query: { ...options.query, cursor } });
    parts.push(await next.blob());
    cursor = next.headers.get("x-next-cursor");
  }
  const href = URL.createObjectURL(new Blob(parts, { type: parts[0]?.type }));
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** A text answer (such as a printable HTML page), fetched with the token. */
export async function fetchText(path: string, options: RawOptions = {}): Promise<string> {
  return (await send("GET", path, { accept: "text/html", ...options })).text();
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>("GET", path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>("POST", path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>("PATCH", path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>("PUT", path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>("DELETE", path, options),
};

/** A problem from anything thrown (an ApiError's problem, or a generic one). */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  const detail = error instanceof Error ? error.message : String(error);
  return { title: "Unerwarteter Fehler", status: 0, detail };
}

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === "AbortError";

/** Every item of a list route, following `nextCursor` (at most `maxPages` pages of 100). */
export async function allPages<T>(
  path: string,
  options: { query?: RequestOptions["query"]; signal?: AbortSignal; maxPages?: number } = {},
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < (options.maxPages ?? 20); page++) {
    const query = { ...options.query, limit: 100, cursor };
    const res = await request<{ items: T[]; nextCursor?: string }>("GET", path, {
      query,
      signal: options.signal,
    });
    items.push(...res.items);
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return items;
}
