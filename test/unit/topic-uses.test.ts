import { describe, expect, it } from "vitest";
import {
  caseTopicUses,
  offerTopicUses,
  rankTopics,
  type TopicUse,
  topicUseChanges,
} from "../../shared/domain/topic-uses.ts";

const offer = (extra: Record<string, unknown> = {}) => ({
  status: "published",
  occupations: ["81302", "81313", "26212"],
  modules: [
    { id: "a", topics: ["Hygiene", " Pflege  prozess"] },
    { id: "b", topics: ["HYGIENE", "Anatomie"] },
  ],
  ...extra,
});

const use = (group: string, topic: string): TopicUse => ({ group, key: topic.toLowerCase(), topic });

describe("which topics an item uses (shared/domain/topic-uses.ts)", () => {
  it("a published offer: its module topics once per Berufsgruppe of its occupations, as first written", () => {
    expect(offerTopicUses(offer())).toEqual([
      use("813", "Hygiene"),
      use("813", "Pflege prozess"),
      use("813", "Anatomie"),
      use("262", "Hygiene"),
      use("262", "Pflege prozess"),
      use("262", "Anatomie"),
    ]);
  });

  it("a draft, an archived offer, one without modules or without an item: none", () => {
    expect(offerTopicUses(offer({ status: "draft" }))).toEqual([]);
    expect(offerTopicUses(offer({ status: "archived" }))).toEqual([]);
    expect(offerTopicUses(offer({ modules: undefined }))).toEqual([]);
    expect(offerTopicUses(offer({ occupations: [] }))).toEqual([]);
    expect(offerTopicUses(undefined)).toEqual([]);
  });

  it("ignores what is not a topic in a stored item", () => {
    const odd = offer({ modules: [null, "x", { topics: ["Recht", 7, null, "   "] }, { topics: "Recht" }] });
    expect(offerTopicUses({ ...odd, occupations: ["81302", 5] })).toEqual([use("813", "Recht")]);
  });

  it("a case: its differences in the reference occupation's Berufsgruppe, else the candidate's occupation", () => {
    const recognition = {
      referenceOccupation: { code: "82102-101" },
      decision: { differences: [{ topic: "Hygiene" }, { topic: "hygiene " }, { topic: "Recht" }] },
    };
    expect(caseTopicUses({ occupation: "81302", recognition })).toEqual([
      use("821", "Hygiene"),
      use("821", "Recht"),
    ]);
    const { referenceOccupation: _, ...withoutReference } = recognition;
    expect(caseTopicUses({ occupation: "81302", recognition: withoutReference })).toEqual([
      use("813", "Hygiene"),
      use("813", "Recht"),
    ]);
    expect(caseTopicUses({ occupation: "81302", recognition: { status: "none" } })).toEqual([]);
    expect(caseTopicUses({ occupation: "81302" })).toEqual([]);
    expect(caseTopicUses({ recognition })).toEqual([use("821", "Hygiene"), use("821", "Recht")]);
    expect(caseTopicUses({ recognition: withoutReference })).toEqual([]);
    expect(caseTopicUses(undefined)).toEqual([]);
  });
});

describe("what a write changes in the counts", () => {
  it("adds what is new, removes what is gone, in group and key order; a kept topic changes nothing", () => {
    const before = [use("813", "Hygiene"), use("813", "Recht"), use("262", "Recht")];
    const after = [use("813", "Recht"), use("813", "Anatomie"), use("821", "Hygiene")];
    expect(topicUseChanges(before, after)).toEqual([
      { ...use("262", "Recht"), by: -1 },
      { ...use("813", "Anatomie"), by: 1 },
      { ...use("813", "Hygiene"), by: -1 },
      { ...use("821", "Hygiene"), by: 1 },
    ]);
    expect(topicUseChanges(after, after)).toEqual([]);
    const many = ["e", "d", "c", "b", "a"].map((t) => use("813", t));
    expect(topicUseChanges([], many).map((c) => c.key)).toEqual(["a", "b", "c", "d", "e"]);
    expect(topicUseChanges(many, []).map((c) => c.key)).toEqual(["a", "b", "c", "d", "e"]);
    expect(topicUseChanges([], [])).toEqual([]);
    // A new spelling of a kept topic is no change of the count.
    expect(topicUseChanges([use("813", "Recht")], [{ ...use("813", "Recht"), topic: "RECHT" }])).toEqual([]);
  });
});

describe("the order of the answer", () => {
  it("most used first, then by topic in German order, without unused ones, up to the limit", () => {
    const counts = [
      { topic: "Recht", count: 2 },
      { topic: "Zahnpflege", count: 5 },
      { topic: "Übergabe", count: 2 },
      { topic: "Anatomie", count: 2 },
      { topic: "Gestrichen", count: 0 },
      { topic: "Verrechnet", count: -1 },
    ];
    expect(rankTopics(counts, 10)).toEqual([
      { topic: "Zahnpflege", count: 5 },
      { topic: "Anatomie", count: 2 },
      { topic: "Recht", count: 2 },
      { topic: "Übergabe", count: 2 },
    ]);
    expect(rankTopics(counts, 2)).toEqual([
      { topic: "Zahnpflege", count: 5 },
      { topic: "Anatomie", count: 2 },
    ]);
    expect(rankTopics([{ topic: "Eins", count: 1 }], 1)).toEqual([{ topic: "Eins", count: 1 }]);
  });
});
