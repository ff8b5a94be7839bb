import { describe, expect, it } from "vitest";
import { parseGroups, principalFromClaims } from "../../shared/http/principal.ts";

const rolesOf = (groups: unknown) =>
  principalFromClaims({ sub: "u-1", "custom:org": "iq-owl", "cognito:groups": groups })?.roles;

describe("cognito:groups", () => {
  it("reads the string API Gateway's JWT authorizer passes: '[a b]'", () => {
    expect(parseGroups("[coach]")).toEqual(["coach"]);
    expect(parseGroups("[coach admin]")).toEqual(["coach", "admin"]);
    expect(parseGroups("[]")).toEqual([]);
    expect(rolesOf("[coach admin]")).toEqual(["coach", "admin"]);
  });

  it("reads the JSON array a token verified in the function carries", () => {
    expect(parseGroups(["provider"])).toEqual(["provider"]);
    expect(parseGroups(["coach", "admin"])).toEqual(["coach", "admin"]);
    expect(parseGroups([])).toEqual([]);
    expect(rolesOf(["employer"])).toEqual(["employer"]);
  });

  it("keeps only known roles from a well-formed value", () => {
    expect(rolesOf("[coach auditors]")).toEqual(["coach"]);
    expect(rolesOf(["auditors", "admin"])).toEqual(["admin"]);
  });

  it.each([
    ["comma-separated", "coach,admin"],
    ["space-separated without brackets", "coach admin"],
    ["a bare group", "admin"],
    ["commas inside brackets", "[coach,admin]"],
    ["comma and space inside brackets", "[coach, admin]"],
    ["doubled spaces", "[coach  admin]"],
    ["leading space", "[ admin]"],
    ["unclosed bracket", "[admin"],
    ["unopened bracket", "admin]"],
    ["nested brackets", "[[admin]]"],
    ["JSON text in a string", '["admin"]'],
    ["text around the brackets", "x[admin]"],
    ["a line break", "[coach\nadmin]"],
    ["a nested array", [["admin"]]],
    ["an array with a number", ["admin", 1]],
    ["an array with an object", [{ role: "admin" }]],
    ["an array element with spaces", ["coach admin"]],
    ["an object", { 0: "admin" }],
    ["a number", 1],
    ["null", null],
  ])("grants no role for %s", (_, groups) => {
    expect(parseGroups(groups)).toEqual([]);
    expect(rolesOf(groups)).toEqual([]);
  });

  it("grants no role without the claim", () => {
    expect(principalFromClaims({ sub: "u-1", "custom:org": "iq-owl" })?.roles).toEqual([]);
  });
});
