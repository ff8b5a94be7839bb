/**
 * The subjects a Bescheid names as differences and a provider's modules teach (issue 28). Coaches
 * and providers type them; matching, the plan and GET /topics compare them. So one rule decides
 * when two typed topics are the same: Unicode compatibility form (NFKC: "ﬁ" → "fi", full-width
 * letters, non-breaking spaces), no leading or trailing space, one space between words — that is
 * what is stored and shown; the comparison key is that form in lower case (German rules).
 */

/** The form a topic is stored and shown in: NFKC, spaces collapsed, trimmed. */
export function normaliseTopic(topic: string): string {
  return topic.normalize("NFKC").replace(/\s+/gu, " ").trim();
}

/** The key two topics are compared by: "Pflege  im Krankenhaus" and "pflege im krankenhaus" are one topic. */
export function topicKey(topic: string): string {
  return normaliseTopic(topic).toLocaleLowerCase("de-DE");
}
