import { readCsv } from "../shared/csv/csv-read.ts";

/**
 * A CSV export in one file: GET …/export answers in pages (each under Lambda's 6 MB answer limit);
 * while an answer carries X-Next-Cursor, the next page is asked with `cursor` and appended. Only
 * the first page has BOM and header, so the pages joined are the file.
 */
export async function exportPages(
  fetchApi: typeof fetch,
  url: string,
  token: string,
  progress: (pages: number) => void = () => {},
): Promise<{ bytes: Buffer; rows: number; pages: number } | { status: number; detail: string }> {
  const parts: Buffer[] = [];
  let cursor: string | null = null;
  do {
    const page = new URL(url);
    if (cursor) page.searchParams.set("cursor", cursor);
    const res = await fetchApi(page, { headers: { authorization: `Bearer ${token}`, accept: "text/csv" } });
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { detail?: string; title?: string };
      return { status: res.status, detail: body.detail ?? body.title ?? "" };
    }
    parts.push(Buffer.from(await res.arrayBuffer()));
    progress(parts.length);
    cursor = res.headers.get("x-next-cursor");
  } while (cursor);
  const bytes = Buffer.concat(parts);
  return { bytes, rows: readCsv(bytes.toString("utf8")).records.length, pages: parts.length };
}
