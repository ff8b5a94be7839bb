import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resolvePostalCode } from "../../shared/reference/postal-codes.ts";
import { location } from "../../shared/schemas/common.ts";
import * as z from "../../shared/schemas/z.ts";

describe("resolvePostalCode", () => {
  it("resolves 33330 to Gütersloh, Kreis Gütersloh, Nordrhein-Westfalen", () => {
    expect(resolvePostalCode("33330")).toEqual({
      postalCode: "33330",
      place: "Gütersloh",
      lat: 51.9074,
      lon: 8.3767,
      district: { code: "05754", name: "Kreis Gütersloh" },
      state: { code: "05", name: "Nordrhein-Westfalen" },
    });
  });

  it("resolves Leipzig and Dresden in Sachsen", () => {
    expect(resolvePostalCode("04109")).toMatchObject({
      place: "Leipzig",
      district: { code: "14713", name: "Kreisfreie Stadt Leipzig" },
      state: { code: "14", name: "Sachsen" },
    });
    expect(resolvePostalCode("01067")).toMatchObject({
      place: "Dresden",
      district: { code: "14612" },
      state: { code: "14", name: "Sachsen" },
    });
  });

  it("names large-customer codes after a place, not a company", () => {
    // 01053 holds only "Commerzbank AG" in the raw data.
    expect(resolvePostalCode("01053")).toMatchObject({ place: "Dresden", district: { code: "14612" } });
    expect(resolvePostalCode("70173")?.place).toBe("Stuttgart");
  });

  it("prefers German district names (Nürnberg, not Nuremberg)", () => {
    expect(resolvePostalCode("90402")?.district).toEqual({ code: "09564", name: "Nürnberg" });
  });

  it("keeps Jungholz (87491, Austria) with an empty district and state", () => {
    expect(resolvePostalCode("87491")).toMatchObject({
      place: "Jungholz",
      district: { code: "", name: "" },
      state: { code: "", name: "" },
    });
  });

  it("returns undefined for unknown or malformed codes", () => {
    expect(resolvePostalCode("00000")).toBeUndefined();
    expect(resolvePostalCode("3333")).toBeUndefined();
    expect(resolvePostalCode("")).toBeUndefined();
  });

  it("answers exactly the Location schema and hands out copies", () => {
    const resolved = resolvePostalCode("04109");
    expect(z.safeParse(location, resolved).success).toBe(true);
    if (resolved) resolved.district.name = "changed";
    expect(resolvePostalCode("04109")?.district.name).toBe("Kreisfreie Stadt Leipzig");
  });
});

describe("reference data directory", () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("reads from REFERENCE_DATA_DIR when set (as in the Lambda bundle)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "passung-reference-"));
    dirs.push(dir);
    cpSync(
      fileURLToPath(new URL("../../data/postal-codes.json", import.meta.url)),
      join(dir, "postal-codes.json"),
    );
    vi.stubEnv("REFERENCE_DATA_DIR", dir);
    vi.resetModules();
    const fresh = await import("../../shared/reference/postal-codes.ts");
    expect(fresh.resolvePostalCode("33330")?.place).toBe("Gütersloh");
  });

  it("fails loudly when the data file is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "passung-reference-"));
    dirs.push(dir);
    vi.stubEnv("REFERENCE_DATA_DIR", dir);
    vi.resetModules();
    const fresh = await import("../../shared/reference/postal-codes.ts");
    expect(() => fresh.resolvePostalCode("33330")).toThrow(/postal-codes\.json/);
  });
});
