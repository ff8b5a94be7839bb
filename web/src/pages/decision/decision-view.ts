import { h } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import { label, languageList, PLACE_KIND_LABELS } from "../../core/labels.ts";

/** GET /decisions/{token} (shared/schemas/decision.ts), as the company's page reads it. */
export interface DecisionView {
  expiresAt: string;
  orgName?: string;
  place: {
    title: string;
    company?: string;
    kinds: string[];
    availableFrom?: string;
    hoursPerWeek?: number;
    town?: string;
  };
  profile: {
    occupation: string;
    occupationTitle?: string;
    germanLevel?: string;
    languages: string[];
    availableFrom?: string;
    district: { name: string };
  };
  notes: { code: string; label: string }[];
}

export interface HandoffContact {
  name?: string;
  email?: string;
  phone?: string;
}

const facts = (rows: [string, string | Node | undefined][]) =>
  h(
    "dl",
    { class: "facts" },
    rows
      .filter(([, v]) => v !== undefined && v !== "")
      .map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v))),
  );

const section = (title: string, ...content: (Node | string)[]) =>
  h("section", {}, h("h2", {}, title), ...content);

/** What the contact reads before deciding: the place, the person without a name, the coach's notes. */
export function proposalView(v: DecisionView): HTMLElement {
  const who = v.orgName ? `Die Beratung „${v.orgName}“` : "Ihre IQ-Beratung";
  const p = v.profile;
  return h(
    "div",
    {},
    h(
      "p",
      {},
      `${who} schlägt eine Person für Ihren Mentoringplatz vor. Den Namen und die Kontaktdaten erfahren Sie, wenn Sie zusagen.`,
    ),
    section(
      "Ihr Mentoringplatz",
      facts([
        ["Platz", v.place.title],
        ["Betrieb", v.place.company],
        ["Art", v.place.kinds.map((k) => label(PLACE_KIND_LABELS, k)).join(", ")],
        ["Ort", v.place.town],
        ["Beginn ab", date(v.place.availableFrom)],
        ["Stunden pro Woche", v.place.hoursPerWeek === undefined ? undefined : String(v.place.hoursPerWeek)],
      ]),
    ),
    section(
      "Die vorgeschlagene Person",
      facts([
        ["Beruf", p.occupationTitle ? `${p.occupationTitle} (KldB ${p.occupation})` : `KldB ${p.occupation}`],
        ["Deutschkenntnisse", p.germanLevel ? `Niveau ${p.germanLevel}` : "nicht angegeben"],
        ["Weitere Sprachen", languageList(p.languages) || undefined],
        ["Kann beginnen ab", date(p.availableFrom)],
        ["Wohnt im Kreis", p.district.name],
      ]),
    ),
    section(
      "Hinweise der Beratung",
      v.notes.length
        ? h(
            "ul",
            {},
            v.notes.map((n) => h("li", {}, n.label)),
          )
        : h("p", {}, "Die Beratung hat keine Hinweise angegeben."),
    ),
    h(
      "p",
      { class: "muted" },
      `Dieser Link gilt bis zum ${date(v.expiresAt)} und nur für eine Entscheidung.`,
    ),
  );
}

/** After a yes: who proposed and how to reach the coach. */
export function handoffView(handoff: { orgName?: string; coach: HandoffContact }): HTMLElement {
  const c = handoff.coach;
  return h(
    "div",
    { class: "alert alert--success", role: "status" },
    h("h2", {}, "Vielen Dank, Sie haben zugesagt"),
    h("p", {}, "Die Beratung meldet sich bei Ihnen. Sie können die Beratung auch selbst erreichen:"),
    facts([
      ["Beratungsstelle", handoff.orgName],
      ["Ansprechperson", c.name],
      ["E-Mail", c.email ? h("a", { href: `mailto:${c.email}` }, c.email) : undefined],
      ["Telefon", c.phone ? h("a", { href: `tel:${c.phone.replace(/[^+\d]/g, "")}` }, c.phone) : undefined],
    ]),
  );
}
