import type { MentoringPlaceInput } from "../../shared/schemas/mentoring-place.ts";
import { contactPerson, type DemoOrgSlug, type DemoPlace, orgOf } from "./demo-organisations.ts";

/**
 * Demo mentoring places of employers in Ostwestfalen-Lippe and Sachsen. Occupation codes are KldB
 * 2010 (Fassung 2020) Berufsgattungen, postal codes lie in the employer's district; both were
 * checked against shared/data when written. `taken` seats are already accepted referrals; a few
 * places are full (`taken === capacity`).
 */

type PlaceSpec = Omit<MentoringPlaceInput, "contact" | "status"> &
  Partial<Pick<MentoringPlaceInput, "contact" | "status">>;

/** Contact defaults to the organisation's contact person; status defaults to published. */
function place(id: string, org: DemoOrgSlug, spec: PlaceSpec, taken?: number): DemoPlace {
  const { contact, status = "published", ...rest } = spec;
  const input: MentoringPlaceInput = { ...rest, contact: contact ?? orgOf(org).contact, status };
  return taken === undefined ? { id, org, input } : { id, org, input, taken };
}

const owlPlaces: DemoPlace[] = [
  // ── Kreis Gütersloh ─────────────────────────────────────────────────────────────────────────
  place(
    "p-gt-pflege-innere",
    "klinikum-an-der-dalke",
    {
      title: "Anpassungslehrgang Pflege auf der Inneren Medizin",
      description:
        "Praktischer Teil des Anpassungslehrgangs für Pflegefachkräfte mit ausländischem Abschluss: Einsatz auf zwei internistischen Stationen im Schichtdienst, feste Praxisanleiterin und wöchentliches Reflexionsgespräch.",
      occupations: ["81302"],
      location: { postalCode: "33332" },
      capacity: 3,
      availableFrom: "2027-01-01",
      availableUntil: "2027-12-31",
      hoursPerWeek: 38.5,
      kinds: ["on-the-job-adaptation", "mentoring-tandem"],
      germanLevel: "B1",
      languages: ["ar", "ru", "pl"],
    },
    3,
  ),
  place("p-gt-intensivpflege-hospitation", "klinikum-an-der-dalke", {
    title: "Hospitation Intensivpflege für Fachkrankenpflegekräfte",
    description:
      "Vier Wochen Hospitation auf der interdisziplinären Intensivstation: Beatmung, Monitoring, Hygienestandards. Für Pflegekräfte mit Fachweiterbildung im Ausland, die die Gleichwertigkeit ihrer Spezialisierung vorbereiten.",
    occupations: ["81313", "81302"],
    location: { postalCode: "33332" },
    capacity: 2,
    availableFrom: "2027-02-01",
    hoursPerWeek: 20,
    kinds: ["hospitation"],
    germanLevel: "B2",
    languages: ["en", "tr"],
    contact: contactPerson("Markus Strotmann", "+49 5241 000005"),
  }),
  place("p-gt-elektro-tandem", "elektro-brinkmann-verl", {
    title: "Mentoring-Tandem Elektroniker/in Energie- und Gebäudetechnik",
    description:
      "Mitarbeit auf Baustellen im Wohnungs- und Gewerbebau (Installation, Zählerschränke, Photovoltaik) an der Seite eines Meisters. Geeignet als betriebliche Phase einer Anpassungsqualifizierung nach Bescheid der Handwerkskammer.",
    occupations: ["26212"],
    location: { postalCode: "33415" },
    capacity: 2,
    availableFrom: "2026-12-01",
    hoursPerWeek: 39,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["ru", "pl"],
  }),
  place("p-gt-industriemechanik-montage", "ems-maschinenbau", {
    title: "Betriebliche Anpassung Industriemechaniker/in in der Landmaschinenmontage",
    description:
      "Montage und Inbetriebnahme von Baugruppen für Erntemaschinen, Einweisung in Hydraulik und Qualitätsprüfung. Ein Mentor aus der Montage begleitet die gesamte Anpassungsphase.",
    occupations: ["25102", "25222"],
    location: { postalCode: "33428" },
    capacity: 4,
    availableFrom: "2027-01-11",
    hoursPerWeek: 35,
    kinds: ["on-the-job-adaptation"],
    germanLevel: "B1",
    languages: ["tr", "ro", "pl"],
  }),
  place("p-gt-konstruktion-hospitation", "ems-maschinenbau", {
    title: "Hospitation Konstruktion für Maschinenbauingenieurinnen und -ingenieure",
    description:
      "Mitarbeit im Konstruktionsteam (Creo, PLM, Normteile) und Einblick in Versuch und Fertigung. Gut kombinierbar mit einer Anpassungsqualifizierung Ingenieurwesen.",
    occupations: ["25104"],
    location: { postalCode: "33428" },
    capacity: 2,
    availableFrom: "2027-02-01",
    availableUntil: "2027-07-31",
    hoursPerWeek: 20,
    kinds: ["hospitation", "mentoring-tandem"],
    germanLevel: "B2",
    languages: ["en"],
  }),
  place("p-gt-onlineshop-praktikum", "dalke-commerce", {
    title: "Praktikum im Onlineshop-Team (E-Commerce)",
    description:
      "Produktdaten pflegen, Marktplätze betreuen, Kampagnen auswerten: Praktikum im Team eines Gütersloher Onlinehändlers für Haushaltswaren mit einer Mentorin aus dem E-Commerce-Management.",
    occupations: ["61282", "92112"],
    location: { postalCode: "33330" },
    capacity: 2,
    availableFrom: "2027-01-04",
    hoursPerWeek: 30,
    kinds: ["internship", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["en", "uk", "ar"],
  }),

  // ── Kreis Paderborn ─────────────────────────────────────────────────────────────────────────
  place(
    "p-pb-pflege-chirurgie",
    "liborius-krankenhaus",
    {
      title: "Anpassungslehrgang Pflege – Chirurgie und Unfallchirurgie",
      description:
        "Einsatz im Anpassungslehrgang auf chirurgischen Stationen mit Praxisanleitung, Wundmanagement und perioperativer Pflege. Dienstplan nach Absprache, auch Teilzeit möglich.",
      occupations: ["81302"],
      location: { postalCode: "33098" },
      capacity: 4,
      availableFrom: "2026-12-01",
      hoursPerWeek: 38.5,
      kinds: ["on-the-job-adaptation"],
      germanLevel: "B1",
      languages: ["ar", "fa", "uk"],
    },
    1,
  ),
  place("p-pb-aerzte-hospitation", "liborius-krankenhaus", {
    title: "Hospitation für Ärztinnen und Ärzte in der Inneren Medizin",
    description:
      "Hospitation vor der Kenntnisprüfung: Visiten, Besprechungen und Fortbildungen der Klinik beobachtend begleiten, Ansprechpartner ist ein Oberarzt. Ohne Approbation oder Berufserlaubnis keine eigene Tätigkeit am Patienten.",
    occupations: ["81424", "81404"],
    location: { postalCode: "33098" },
    capacity: 2,
    availableFrom: "2027-01-04",
    availableUntil: "2027-06-30",
    hoursPerWeek: 40,
    kinds: ["hospitation"],
    germanLevel: "C1",
    languages: ["ar", "en"],
    contact: contactPerson("Dr. Johannes Vahle", "+49 5251 000006"),
  }),
  place("p-pb-wasserversorgung", "pader-versorgung", {
    title: "Betriebliche Anpassung Fachkraft für Wasserversorgungstechnik",
    description:
      "Mitarbeit im Wasserwerk und im Rohrnetzbetrieb: Probenahme, Anlagenüberwachung, Störungsbeseitigung. Eine erfahrene Kollegin begleitet als Mentorin.",
    occupations: ["34312"],
    location: { postalCode: "33104" },
    capacity: 2,
    availableFrom: "2027-03-01",
    hoursPerWeek: 39,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["ru"],
  }),
  place("p-pb-elektro-netzbetrieb", "pader-versorgung", {
    title: "Mentoring Elektroniker/in für Betriebstechnik im Netzbetrieb",
    description:
      "Wartung von Ortsnetzstationen, Schaltberechtigung und Arbeiten unter Anleitung im Mittelspannungsnetz. Für Elektrofachkräfte mit ausländischem Abschluss und teilweiser Anerkennung.",
    occupations: ["26252", "26212"],
    location: { postalCode: "33104" },
    capacity: 1,
    availableFrom: "2027-01-01",
    hoursPerWeek: 39,
    kinds: ["mentoring-tandem", "on-the-job-adaptation"],
    germanLevel: "B1",
    languages: ["ru", "pl"],
  }),
  place("p-pb-systemintegration", "paderbits", {
    title: "Praktikum Systemintegration und IT-Support",
    description:
      "Client- und Serveradministration, Netzwerkinstallationen bei Kunden aus Handwerk und Mittelstand, Ticketbearbeitung im Service-Desk. Mentor aus dem Administrationsteam.",
    occupations: ["43102", "43312"],
    location: { postalCode: "33102" },
    capacity: 3,
    availableFrom: "2026-12-01",
    hoursPerWeek: 40,
    kinds: ["internship", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["en", "uk", "ru", "tr"],
  }),
  place("p-pb-kommunalverwaltung", "kommunale-dienste-paderborner-land", {
    title: "Hospitation in der Kommunalverwaltung (Bürgerbüro und Ordnungsamt)",
    description:
      "Einblick in Bürgerbüro, Ordnungsamt und Standesamt, Mitarbeit bei Anträgen und Bescheiden unter Anleitung. Passt zur Anpassungsqualifizierung Verwaltungsfachangestellte.",
    occupations: ["73202"],
    location: { postalCode: "33154" },
    capacity: 2,
    availableFrom: "2027-02-01",
    availableUntil: "2027-09-30",
    hoursPerWeek: 30,
    kinds: ["hospitation", "internship"],
    germanLevel: "B2",
    languages: ["ar", "tr"],
  }),
  place("p-pb-strassenwaerter-bauhof", "kommunale-dienste-paderborner-land", {
    title: "Mentoring Straßenwärter/in im Bauhof",
    description:
      "Streckenkontrolle, Grünpflege und Winterdienst im Team des Bauhofs, Mentor aus der Kolonne. Start abhängig von der Stellenplanung 2027.",
    occupations: ["51212"],
    location: { postalCode: "33154" },
    capacity: 1,
    availableFrom: "2027-04-01",
    hoursPerWeek: 39,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "A2",
    languages: ["ru", "pl"],
    status: "draft",
  }),

  // ── Kreis Lippe ─────────────────────────────────────────────────────────────────────────────
  place(
    "p-li-altenpflege-wohnbereich",
    "seniorenzentrum-hermannsweg",
    {
      title: "Anpassungsqualifizierung Altenpflege im Wohnbereich",
      description:
        "Betriebliche Phase für Pflegefachkräfte mit ausländischem Abschluss: Pflegeplanung, Behandlungspflege und Dokumentation im Wohnbereich mit 32 Bewohner/innen, Mentorin aus der Wohnbereichsleitung.",
      occupations: ["82102", "81302"],
      location: { postalCode: "32758" },
      capacity: 3,
      availableFrom: "2026-12-15",
      hoursPerWeek: 38.5,
      kinds: ["on-the-job-adaptation", "mentoring-tandem"],
      germanLevel: "B1",
      languages: ["ru", "uk", "pl", "ro"],
    },
    3,
  ),
  place("p-li-mechatronik-sondermaschinen", "lemgoer-automationstechnik", {
    title: "Mentoring Mechatroniker/in in der Sondermaschinenmontage",
    description:
      "Montage, Verdrahtung und Inbetriebnahme von Montageautomaten für die Elektroindustrie, Einarbeitung in Siemens-Steuerungen durch einen festen Mentor.",
    occupations: ["26112", "26122"],
    location: { postalCode: "32657" },
    capacity: 2,
    availableFrom: "2027-01-11",
    hoursPerWeek: 35,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["en", "tr"],
  }),
  place("p-li-robotik-hospitation", "lemgoer-automationstechnik", {
    title: "Hospitation Automatisierungstechnik und Robotik für Ingenieurinnen und Ingenieure",
    description:
      "Mitarbeit in Projektierung und Robotik-Inbetriebnahme (Zellenlayout, Sicherheitstechnik, Programmierung). Für Elektro- und Automatisierungsingenieur/innen vor dem Berufseinstieg.",
    occupations: ["26124"],
    location: { postalCode: "32657" },
    capacity: 2,
    availableFrom: "2027-02-01",
    availableUntil: "2027-06-30",
    hoursPerWeek: 30,
    kinds: ["hospitation", "mentoring-tandem"],
    germanLevel: "B2",
    languages: ["en", "fa"],
  }),
  place("p-li-kita-familienzentrum", "kita-verbund-werre-bega", {
    title: "Praxisphase Erzieher/in in einer Kita mit Familienzentrum",
    description:
      "Mitarbeit in einer U3- und einer Ü3-Gruppe, Sprachbildung im Alltag und Elternarbeit im Familienzentrum, begleitet von einer Praxismentorin. Passt zur Anpassungsqualifizierung Erzieher/in.",
    occupations: ["83113", "83112"],
    location: { postalCode: "32105" },
    capacity: 3,
    availableFrom: "2027-01-04",
    hoursPerWeek: 30,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "B2",
    languages: ["uk", "ar", "tr"],
  }),
  place("p-li-rettungswache", "rettungsdienst-lippe-sued", {
    title: "Hospitation Rettungsdienst auf der Rettungswache Blomberg",
    description:
      "Mitfahrt auf RTW und KTW, Wachalltag, Medizinprodukte und Dokumentation; Anleitung durch Praxisanleiter Notfallsanitäter. Schichtdienst nach Absprache.",
    occupations: ["81342"],
    location: { postalCode: "32825" },
    capacity: 2,
    availableFrom: "2027-03-01",
    hoursPerWeek: 40,
    kinds: ["hospitation", "on-the-job-adaptation"],
    germanLevel: "B2",
    languages: ["ar", "ru"],
  }),

  // ── Bielefeld ───────────────────────────────────────────────────────────────────────────────
  place(
    "p-bi-pflege-kardiologie",
    "klinikum-am-sparrenberg",
    {
      title: "Anpassungslehrgang Pflege – Kardiologie und Geriatrie",
      description:
        "Praxiseinsätze im Anpassungslehrgang auf Kardiologie und Akutgeriatrie, mit Praxisanleitung und Lernzielgesprächen. Kooperation mit der Gesundheitsakademie Teutoburger Wald.",
      occupations: ["81302"],
      location: { postalCode: "33604" },
      capacity: 4,
      availableFrom: "2026-12-01",
      availableUntil: "2027-11-30",
      hoursPerWeek: 38.5,
      kinds: ["on-the-job-adaptation", "mentoring-tandem"],
      germanLevel: "B1",
      languages: ["ar", "uk", "ru", "tr"],
    },
    2,
  ),
  place("p-bi-hebamme-kreisssaal", "klinikum-am-sparrenberg", {
    title: "Hebammen-Praxisphase im Kreißsaal",
    description:
      "Praxisphase einer Anpassungsmaßnahme für Hebammen im Kreißsaal und auf der Wochenbettstation, Mentorin aus dem Hebammenteam. Abstimmung mit der ZAG-PuG der Bezirksregierung Münster läuft.",
    occupations: ["81353"],
    location: { postalCode: "33604" },
    capacity: 1,
    availableFrom: "2027-04-06",
    hoursPerWeek: 38.5,
    kinds: ["on-the-job-adaptation"],
    germanLevel: "B2",
    languages: ["ar", "fa"],
    status: "draft",
  }),
  place("p-bi-mfa-hausarztpraxis", "praxisgemeinschaft-jahnplatz", {
    title: "Praxiseinsatz Medizinische Fachangestellte in der Hausarztpraxis",
    description:
      "Empfang, Terminorganisation, Blutentnahme, EKG und Abrechnung in einer hausärztlichen Praxis in der Bielefelder Innenstadt, mit einer erfahrenen MFA als Mentorin.",
    occupations: ["81102"],
    location: { postalCode: "33602" },
    capacity: 1,
    availableFrom: "2027-01-11",
    hoursPerWeek: 30,
    kinds: ["on-the-job-adaptation"],
    germanLevel: "B1",
    languages: ["tr", "ar"],
  }),
  place("p-bi-zfa-praxis", "praxisgemeinschaft-jahnplatz", {
    title: "Praxiseinsatz Zahnmedizinische Fachangestellte",
    description:
      "Stuhlassistenz, Instrumentenaufbereitung und Prophylaxe in der zahnärztlichen Praxis der Praxisgemeinschaft, Einarbeitung in die Praxissoftware.",
    occupations: ["81112"],
    location: { postalCode: "33602" },
    capacity: 1,
    availableFrom: "2027-02-01",
    hoursPerWeek: 25,
    kinds: ["internship"],
    germanLevel: "B1",
    languages: ["tr", "ru"],
  }),
  place("p-bi-softwareentwicklung-tandem", "teuto-software", {
    title: "Mentoring-Tandem Softwareentwicklung (Java/TypeScript)",
    description:
      "Mitarbeit in einem Scrum-Team, das Branchensoftware für Logistiker entwickelt: Code-Reviews, Pair-Programming und Einarbeitung in Test- und Deploymentprozesse.",
    occupations: ["43412", "43414"],
    location: { postalCode: "33609" },
    capacity: 2,
    availableFrom: "2026-12-01",
    hoursPerWeek: 40,
    kinds: ["mentoring-tandem", "internship"],
    germanLevel: "B1",
    languages: ["en", "uk", "ru"],
  }),
  place("p-bi-tiefbau-kanalbau", "infrastruktur-dienste-bielefeld", {
    title: "Betriebliche Anpassung Tiefbau und Kanalbau",
    description:
      "Mitarbeit in Kanalbau- und Leitungsbaukolonnen, Baustellensicherung nach RSA und Vermessungsgrundlagen; ein Polier begleitet als Mentor.",
    occupations: ["32202", "32252"],
    location: { postalCode: "33615" },
    capacity: 2,
    availableFrom: "2027-04-01",
    availableUntil: "2027-10-29",
    hoursPerWeek: 39,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["pl", "ro", "tr"],
  }),
  place("p-bi-unterrichtshospitation", "schulzentrum-senne", {
    title: "Unterrichtshospitation für Lehrkräfte (Sekundarstufe I)",
    description:
      "Hospitation im Fachunterricht und eigene Unterrichtsversuche unter Begleitung einer Mentorin, Teilnahme an Konferenzen. Für Lehrkräfte während einer Ausgleichsmaßnahme.",
    occupations: ["84124"],
    location: { postalCode: "33689" },
    capacity: 2,
    availableFrom: "2027-02-01",
    availableUntil: "2027-07-09",
    hoursPerWeek: 15,
    kinds: ["hospitation", "mentoring-tandem"],
    germanLevel: "C1",
    languages: ["uk", "ru"],
  }),
];

const sachsenPlaces: DemoPlace[] = [
  // ── Leipzig ─────────────────────────────────────────────────────────────────────────────────
  place(
    "p-le-pflege-innere-neurologie",
    "klinikum-leipzig-suedost",
    {
      title: "Anpassungslehrgang Pflege – Innere Medizin und Neurologie",
      description:
        "Praktischer Teil des Anpassungslehrgangs auf internistischen und neurologischen Stationen, feste Praxisanleitung und Zwischengespräche mit der Pflegedienstleitung.",
      occupations: ["81302"],
      location: { postalCode: "04289" },
      capacity: 4,
      availableFrom: "2026-12-01",
      hoursPerWeek: 38.5,
      kinds: ["on-the-job-adaptation", "mentoring-tandem"],
      germanLevel: "B1",
      languages: ["ru", "uk", "ar", "vi"],
    },
    1,
  ),
  place("p-le-physio-fruehreha", "klinikum-leipzig-suedost", {
    title: "Hospitation Physiotherapie in der Frührehabilitation",
    description:
      "Hospitation im Therapieteam der neurologischen Frühreha: Befundung, Mobilisation und Dokumentation nach deutschen Standards.",
    occupations: ["81713"],
    location: { postalCode: "04289" },
    capacity: 2,
    availableFrom: "2027-02-01",
    availableUntil: "2027-08-31",
    hoursPerWeek: 30,
    kinds: ["hospitation"],
    germanLevel: "B2",
    languages: ["ru"],
    contact: contactPerson("Robert Teichmann", "+49 341 000011"),
  }),
  place(
    "p-le-altenpflege-mentorin",
    "seniorenresidenz-rosental",
    {
      title: "Praxisphase Altenpflege mit Mentorin",
      description:
        "Betriebliche Phase der Anpassungsqualifizierung Altenpflege: Grund- und Behandlungspflege, Pflegedokumentation und Angehörigengespräche, begleitet von einer Mentorin aus dem Wohnbereich.",
      occupations: ["82102"],
      location: { postalCode: "04155" },
      capacity: 3,
      availableFrom: "2026-12-01",
      hoursPerWeek: 38.5,
      kinds: ["on-the-job-adaptation", "mentoring-tandem"],
      germanLevel: "B1",
      languages: ["uk", "ru", "vi"],
    },
    3,
  ),
  place("p-le-elektro-photovoltaik", "elektro-kuehne-leipzig", {
    title: "Mentoring Elektroniker/in Energie- und Gebäudetechnik (Photovoltaik)",
    description:
      "Mitarbeit bei Elektroinstallation, PV-Anlagen und Wallboxen im Raum Leipzig, Mentor ist der Meister des Betriebs. Geeignet als Betriebsphase einer Anpassungsqualifizierung.",
    occupations: ["26212"],
    location: { postalCode: "04277" },
    capacity: 2,
    availableFrom: "2027-01-04",
    hoursPerWeek: 40,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["ru", "pl"],
  }),
  place("p-le-anwendungsentwicklung", "plagwitzer-softwarewerkstatt", {
    title: "Praktikum Fachinformatik Anwendungsentwicklung",
    description:
      "Mitarbeit an Web-Anwendungen für Kultur- und Bildungseinrichtungen (TypeScript, PostgreSQL), Pair-Programming mit einer Mentorin aus dem Entwicklungsteam.",
    occupations: ["43412"],
    location: { postalCode: "04229" },
    capacity: 2,
    availableFrom: "2027-01-11",
    hoursPerWeek: 40,
    kinds: ["internship", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["en", "ru", "uk"],
  }),
  place("p-le-berufskraftfahrer", "spedition-messestadt", {
    title: "Einarbeitung Berufskraftfahrer/in Güterverkehr im Nahverkehr",
    description:
      "Begleitfahrten im Verteilerverkehr rund um Leipzig, Ladungssicherung und Tourenplanung, danach eigene Touren mit Mentor. Fahrerlaubnis CE und Grundqualifikation erforderlich.",
    occupations: ["52122"],
    location: { postalCode: "04357" },
    capacity: 3,
    availableFrom: "2027-03-01",
    hoursPerWeek: 40,
    kinds: ["on-the-job-adaptation"],
    germanLevel: "B1",
    languages: ["ru", "uk", "pl", "ro"],
  }),
  place("p-le-lagerlogistik", "spedition-messestadt", {
    title: "Mentoring Fachkraft für Lagerlogistik im Umschlaglager",
    description:
      "Wareneingang, Kommissionierung mit Scannern und Versand im Umschlaglager, Staplerpraxis und Einweisung in das Lagerverwaltungssystem.",
    occupations: ["51312"],
    location: { postalCode: "04357" },
    capacity: 2,
    availableFrom: "2027-02-01",
    hoursPerWeek: 40,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "A2",
    languages: ["ru", "ro", "pl", "ar"],
  }),
  place("p-le-kinderhaus", "kinderhaus-lindenauer-hafen", {
    title: "Praxisphase Erzieher/in im Kinderhaus",
    description:
      "Mitarbeit in einer altersgemischten Gruppe mit Schwerpunkt Naturpädagogik, Begleitung durch eine Praxismentorin. Start nach Abschluss der Sanierung des Gruppenraums.",
    occupations: ["83113"],
    location: { postalCode: "04177" },
    capacity: 2,
    availableFrom: "2027-05-03",
    hoursPerWeek: 30,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "B2",
    languages: ["uk", "vi"],
    status: "draft",
  }),

  // ── Chemnitz ────────────────────────────────────────────────────────────────────────────────
  place(
    "p-c-zerspanung-cnc",
    "werkzeugmaschinenbau-kassberg",
    {
      title: "Betriebliche Anpassung Zerspanungsmechaniker/in (CNC-Fräsen)",
      description:
        "Einrichten und Bedienen von 5-Achs-Fräsmaschinen, Programmanpassung an der Steuerung und Messen im Messraum; ein Meister begleitet als Mentor.",
      occupations: ["24232"],
      location: { postalCode: "09112" },
      capacity: 3,
      availableFrom: "2026-12-07",
      hoursPerWeek: 40,
      kinds: ["on-the-job-adaptation", "mentoring-tandem"],
      germanLevel: "B1",
      languages: ["ru", "cs", "uk"],
    },
    3,
  ),
  place("p-c-konstruktion-inbetriebnahme", "werkzeugmaschinenbau-kassberg", {
    title: "Hospitation Konstruktion und Inbetriebnahme für Ingenieurinnen und Ingenieure",
    description:
      "Mitarbeit in Konstruktion und Inbetriebnahme von Bearbeitungszentren, inklusive Abnahmen beim Kunden. Für Maschinenbauingenieur/innen mit ausländischem Abschluss.",
    occupations: ["25104", "25134"],
    location: { postalCode: "09112" },
    capacity: 2,
    availableFrom: "2027-01-11",
    availableUntil: "2027-06-30",
    hoursPerWeek: 40,
    kinds: ["hospitation"],
    germanLevel: "B2",
    languages: ["en", "ru"],
  }),
  place("p-c-pflege-chirurgie", "krankenhaus-sonnenberg", {
    title: "Anpassungslehrgang Pflege – Chirurgie",
    description:
      "Praxiseinsätze des Anpassungslehrgangs auf der allgemeinchirurgischen Station, mit Praxisanleitung, Einführung in Wundmanagement und Schmerzmanagement.",
    occupations: ["81302"],
    location: { postalCode: "09130" },
    capacity: 3,
    availableFrom: "2027-01-04",
    hoursPerWeek: 38.5,
    kinds: ["on-the-job-adaptation"],
    germanLevel: "B1",
    languages: ["ru", "uk", "ar", "vi"],
  }),
  place("p-c-anaesthesie-hospitation", "krankenhaus-sonnenberg", {
    title: "Hospitation Anästhesie und Intensivmedizin für Ärztinnen und Ärzte",
    description:
      "Hospitation im OP und auf der Intensivstation zur Vorbereitung auf die Kenntnisprüfung: beobachten, begleitet von einer Oberärztin. Ohne Approbation oder Berufserlaubnis keine eigene Tätigkeit am Patienten.",
    occupations: ["81454", "81404"],
    location: { postalCode: "09130" },
    capacity: 1,
    availableFrom: "2027-02-01",
    availableUntil: "2027-07-31",
    hoursPerWeek: 40,
    kinds: ["hospitation"],
    germanLevel: "C1",
    languages: ["ru", "ar"],
    contact: contactPerson("Dr. Elena Sokolova", "+49 371 000007"),
  }),
  place("p-c-abwassertechnik", "versorgungsbetriebe-chemnitz-sued", {
    title: "Mentoring Fachkraft für Abwassertechnik im Klärwerk",
    description:
      "Betrieb der biologischen Reinigungsstufe, Labor- und Messaufgaben und Instandhaltung im Klärwerk, mit einem Abwassermeister als Mentor.",
    occupations: ["34312"],
    location: { postalCode: "09126" },
    capacity: 2,
    availableFrom: "2027-04-01",
    hoursPerWeek: 40,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["ru"],
  }),
  place("p-c-elektro-umspannwerk", "versorgungsbetriebe-chemnitz-sued", {
    title: "Hospitation Elektrische Betriebstechnik im Umspannwerk",
    description:
      "Wartung und Prüfung von Schaltanlagen, Arbeitssicherheit nach den fünf Sicherheitsregeln und Netzleitstelle. Für Elektroniker/innen für Betriebstechnik.",
    occupations: ["26252"],
    location: { postalCode: "09126" },
    capacity: 1,
    availableFrom: "2027-05-03",
    availableUntil: "2027-10-29",
    hoursPerWeek: 40,
    kinds: ["hospitation"],
    germanLevel: "B1",
    languages: ["ru", "cs"],
  }),
  place("p-c-baugruppenfertigung", "schlossteich-elektronik", {
    title: "Praktikum Elektronik und Gerätetechnik in der Baugruppenfertigung",
    description:
      "SMD-Bestückung, Prüffeld und Fehleranalyse an Steuerungsbaugruppen für die Automobilindustrie; Mentorin aus der Prüftechnik.",
    occupations: ["26302", "26112"],
    location: { postalCode: "09113" },
    capacity: 2,
    availableFrom: "2027-01-11",
    hoursPerWeek: 38,
    kinds: ["internship", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["en", "vi", "cs"],
    status: "draft",
  }),

  // ── Dresden ─────────────────────────────────────────────────────────────────────────────────
  place(
    "p-dd-pflege-onkologie",
    "krankenhaus-blasewitz",
    {
      title: "Anpassungslehrgang Pflege – Onkologie und Palliativpflege",
      description:
        "Einsatz im Anpassungslehrgang auf der onkologischen Station und der Palliativstation, mit Praxisanleitung und Teilnahme an Fallbesprechungen.",
      occupations: ["81302"],
      location: { postalCode: "01309" },
      capacity: 3,
      availableFrom: "2026-12-01",
      hoursPerWeek: 38.5,
      kinds: ["on-the-job-adaptation", "mentoring-tandem"],
      germanLevel: "B1",
      languages: ["ru", "uk", "ar"],
    },
    1,
  ),
  place("p-dd-aerzte-hospitation", "krankenhaus-blasewitz", {
    title: "Hospitation Innere Medizin für Ärztinnen und Ärzte vor der Kenntnisprüfung",
    description:
      "Stationsalltag, Visiten und Fallbesprechungen beobachtend begleiten, ergänzt durch die klinikinternen Fortbildungen. Ohne Approbation oder Berufserlaubnis keine eigene Tätigkeit am Patienten.",
    occupations: ["81404", "81424"],
    location: { postalCode: "01309" },
    capacity: 2,
    availableFrom: "2027-01-04",
    availableUntil: "2027-09-30",
    hoursPerWeek: 40,
    kinds: ["hospitation"],
    germanLevel: "C1",
    languages: ["ar", "ru", "en"],
    contact: contactPerson("Dr. Felix Haubold", "+49 351 000008"),
  }),
  place("p-dd-reinraum-mechatronik", "silizium-elbtal", {
    title: "Mentoring-Tandem Reinraum und Anlagenbetreuung für Mechatroniker/innen",
    description:
      "Wartung und Störungsbeseitigung an Anlagen der Halbleiterfertigung im Reinraum, Schichtbetrieb mit festem Tandem-Mentor. Reinraumschulung im Betrieb.",
    occupations: ["26112", "26302"],
    location: { postalCode: "01109" },
    capacity: 4,
    availableFrom: "2027-01-04",
    hoursPerWeek: 40,
    kinds: ["mentoring-tandem", "on-the-job-adaptation"],
    germanLevel: "B1",
    languages: ["en", "vi", "ru"],
  }),
  place("p-dd-prozessingenieur-hospitation", "silizium-elbtal", {
    title: "Hospitation Prozessingenieurwesen in der Halbleiterfertigung",
    description:
      "Mitarbeit im Prozessingenieur-Team (Lithografie, Ätzen, Prozesskontrolle), Arbeitssprache teilweise Englisch. Für Elektro- und Prozessingenieur/innen.",
    occupations: ["26304"],
    location: { postalCode: "01109" },
    capacity: 2,
    availableFrom: "2027-02-01",
    hoursPerWeek: 40,
    kinds: ["hospitation", "mentoring-tandem"],
    germanLevel: "B2",
    languages: ["en", "hi", "zh"],
  }),
  place("p-dd-kita-elbspatzen", "kita-elbspatzen", {
    title: "Praxisphase Erzieher/in in der Kita Elbspatzen",
    description:
      "Mitarbeit im Krippen- und Kindergartenbereich nach dem Sächsischen Bildungsplan, Praxismentorin und monatliche Anleitungsgespräche.",
    occupations: ["83113", "83112"],
    location: { postalCode: "01307" },
    capacity: 2,
    availableFrom: "2027-01-04",
    hoursPerWeek: 32,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "B2",
    languages: ["uk", "ru", "vi"],
  }),
  place("p-dd-zfa-neustadt", "zahnarztpraxis-neustadt", {
    title: "Praxiseinsatz Zahnmedizinische Fachangestellte in Dresden-Neustadt",
    description:
      "Assistenz am Behandlungsstuhl, Hygiene und Patientenempfang in einer Familienzahnarztpraxis; die Praxis betreut viele vietnamesisch- und russischsprachige Patient/innen.",
    occupations: ["81112"],
    location: { postalCode: "01097" },
    capacity: 1,
    availableFrom: "2027-03-01",
    hoursPerWeek: 30,
    kinds: ["on-the-job-adaptation"],
    germanLevel: "B1",
    languages: ["vi", "ru"],
  }),
  place("p-dd-ambulante-pflege", "pflegedienst-striesen", {
    title: "Einarbeitung Pflegefachkraft im ambulanten Dienst",
    description:
      "Begleitete Touren in der ambulanten Pflege in Striesen und Blasewitz, Behandlungspflege und Pflegeberatung, Mentorin aus der Pflegedienstleitung. Führerschein Klasse B erforderlich.",
    occupations: ["82102", "81302"],
    location: { postalCode: "01277" },
    capacity: 2,
    availableFrom: "2027-03-01",
    hoursPerWeek: 30,
    kinds: ["on-the-job-adaptation", "mentoring-tandem"],
    germanLevel: "B1",
    languages: ["ru", "uk"],
    status: "draft",
  }),
];

/** All demo mentoring places (published and drafts). */
export const demoPlaces: DemoPlace[] = [...owlPlaces, ...sachsenPlaces];

/**
 * Published after the candidates are saved (seed.ts): new to MOZ-2026-0005 (Minden, 81313, saved
 * with alerts), so its coach finds a `candidate.newMatches` notice on first start. Everything
 * published before a candidate was saved the coach saw in the search already, and alerts stay quiet
 * about it.
 */
export const demoLatePlace: DemoPlace = place("p-bi-notaufnahme-hospitation", "klinikum-am-sparrenberg", {
  title: "Hospitation Zentrale Notaufnahme",
  description:
    "Sechs Wochen in der Zentralen Notaufnahme: Ersteinschätzung nach Manchester-Triage, Schockraum, Übergabe an die Stationen. Für Pflegefachkräfte mit ausländischem Abschluss, die ihre Kenntnisprüfung vorbereiten; feste Praxisanleitung.",
  occupations: ["81313", "81302"],
  location: { postalCode: "33604" },
  capacity: 2,
  availableFrom: "2027-03-01",
  hoursPerWeek: 30,
  kinds: ["hospitation"],
  germanLevel: "B1",
  languages: ["uk", "ar"],
});
