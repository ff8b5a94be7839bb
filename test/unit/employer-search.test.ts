import { describe, expect, it } from "vitest";
import {
  answeringWord,
  foldText,
  leadWord,
  matchesQuery,
  MAX_SEARCH_WORDS,
  nameSortKey,
  searchWords,
} from "../../shared/domain/employer-search.ts";

describe("employer name search", () => {
  it("folds case, diacritics and ß", () => {
    expect(foldText("Bäckerei MÜLLER Straße Café Łódź")).toBe("backerei muller strasse cafe łodz");
  });

  it("splits a name into its distinct words, in order, without punctuation", () => {
    expect(searchWords("Elektro Groß GmbH & Co. KG – Groß")).toEqual([
      "elektro",
      "gross",
      "gmbh",
      "co",
      "kg",
    ]);
    expect(searchWords("3D-Druck 24")).toEqual(["3d", "druck", "24"]);
    expect(searchWords("  —  ")).toEqual([]);
  });

  it(`keeps at most ${MAX_SEARCH_WORDS} words`, () => {
    const name = Array.from({ length: 20 }, (_, i) => `w${i}`).join(" ");
    expect(searchWords(name)).toHaveLength(MAX_SEARCH_WORDS);
    expect(searchWords(name).at(-1)).toBe("w11");
  });

  it("sorts by the folded name", () => {
    expect(nameSortKey("Ärztehaus  Süd")).toBe("arztehaus sud");
    expect(nameSortKey("Bäckerei Müller") < nameSortKey("Bau AG")).toBe(true);
  });

  it("leads with the longest query word, the first of equally long ones", () => {
    expect(leadWord(["ab", "abcd", "xyzw", "c"])).toBe("abcd");
    expect(leadWord(["b"])).toBe("b");
    expect(leadWord([])).toBeUndefined();
  });

  it("matches when every query word begins a word of the name", () => {
    const name = ["backerei", "muller", "gmbh"];
    expect(matchesQuery(name, ["back", "mul"])).toBe(true);
    expect(matchesQuery(name, ["muller"])).toBe(true);
    expect(matchesQuery(name, ["back", "ger"])).toBe(false);
    expect(matchesQuery(name, ["erei"])).toBe(false);
    expect(matchesQuery(name, [])).toBe(true);
  });

  it("answers a query from one word of a name only: the smallest the lead begins", () => {
    expect(answeringWord(["bau", "und", "baustoffe"], "bau")).toBe("bau");
    expect(answeringWord(["baustoffe", "bau"], "bau")).toBe("bau");
    expect(answeringWord(["zement", "baustoffe", "bauhof"], "bau")).toBe("bauhof");
    expect(answeringWord(["zement"], "bau")).toBeUndefined();
  });
});
