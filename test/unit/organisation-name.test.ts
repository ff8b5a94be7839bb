import { describe, expect, it } from "vitest";
import { organisationNameKey } from "../../shared/domain/organisation-name.ts";

describe("organisationNameKey", () => {
  it.each([
    ["Klinikum am Sparrenberg gGmbH", "klinikum am sparrenberg ggmbh"],
    ["KLINIKUM AM SPARRENBERG GGMBH", "klinikum am sparrenberg ggmbh"],
    ["  Klinikum\tam \u00A0Sparrenberg\n gGmbH ", "klinikum am sparrenberg ggmbh"],
    ["Ｋｌｉｎｉｋｕｍ ａｍ Ｓｐａｒｒｅｎｂｅｒｇ ｇＧｍｂＨ", "klinikum am sparrenberg ggmbh"],
    ["Straße GmbH", "strasse gmbh"],
    ["STRASSE GMBH", "strasse gmbh"],
    ["\u1E9Ee GmbH", "sse gmbh"],
    ["Bildungswerk ﬁnanz", "bildungswerk finanz"],
    ["Café Müller", "café müller"],
    ["Cafe\u0301 Mu\u0308ller", "café müller"],
  ])("%j compares as %j", (name, key) => {
    expect(organisationNameKey(name)).toBe(key);
  });

  it("keeps names that differ in letters apart", () => {
    expect(organisationNameKey("MOZAIK gGmbH")).not.toBe(organisationNameKey("MOSAIK gGmbH"));
    expect(organisationNameKey("Klinikum Gütersloh")).not.toBe(organisationNameKey("Klinikum Gutersloh"));
  });
});
