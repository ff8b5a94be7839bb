import type { AppConfig } from "./core/config.ts";
import { h } from "./core/dom.ts";
import type { RouteDef } from "./core/router.ts";
import { candidatePage } from "./pages/coach/candidate-page.ts";
import { candidatesPage } from "./pages/coach/candidates-page.ts";
import { planPage } from "./pages/coach/plan-page.ts";
import { coachReferralsPage } from "./pages/coach/referrals-page.ts";
import { searchPage } from "./pages/coach/search-page.ts";
import { placeFormPage, placesPage } from "./pages/employer/places.ts";
import { employerFormPage } from "./pages/employers/employer-form-page.ts";
import { employerPage } from "./pages/employers/employer-page.ts";
import { employersPage } from "./pages/employers/employers-page.ts";
import { placeOnBehalfPage } from "./pages/employers/place-on-behalf-page.ts";
import { offerFormPage, offersPage } from "./pages/provider/offers.ts";
import { incomingReferralsPage, OFFER_SIDE, PLACE_SIDE } from "./pages/referrals/incoming-page.ts";
import { signInPage } from "./pages/sign-in.ts";
import { statisticsPage } from "./pages/statistics/statistics-page.ts";
import { importPage } from "./pages/listings/import-page.ts";
import { accountPage } from "./pages/account/account-page.ts";
import { organisationsPage } from "./pages/account/organisations-page.ts";
import { inboxPage } from "./pages/account/inbox-page.ts";
import { accessibilityPage } from "./pages/about/accessibility-page.ts";
import { decisionPage } from "./pages/decision/decision-page.ts";

/** Every page, who may open it, and its title. */
const COACH = ["coach", "admin"];
const EMPLOYER = ["employer", "admin"];
const PROVIDER = ["provider", "admin"];

/** The coach's "Arbeitgeberberatung": employer records, their sessions, measures and places. */
const employerCounselling: RouteDef[] = [
  { path: "/beratung/arbeitgeber", title: "Arbeitgeberberatung", roles: COACH, render: employersPage },
  { path: "/beratung/arbeitgeber/neu", title: "Neuer Arbeitgeber", roles: COACH, render: employerFormPage },
  { path: "/beratung/arbeitgeber/:id", title: "Arbeitgeber", roles: COACH, render: employerPage },
  {
    path: "/beratung/arbeitgeber/:id/bearbeiten",
    title: "Arbeitgeber bearbeiten",
    roles: COACH,
    render: employerFormPage,
  },
  {
    path: "/beratung/arbeitgeber/:employerId/plaetze/neu",
    title: "Neuer Mentoringplatz für den Arbeitgeber",
    roles: COACH,
    render: placeOnBehalfPage,
  },
  {
    path: "/beratung/arbeitgeber/:employerId/plaetze/:id",
    title: "Mentoringplatz bearbeiten",
    roles: COACH,
    render: placeOnBehalfPage,
  },
];

export function routes(config: AppConfig): RouteDef[] {
  return [
    { path: "/", title: "Start", render: () => {} },
    { path: "/anmelden", title: "Anmelden", render: signInPage(config) },
    forbidden,
    // Open to everyone, signed in or not: BITV 2.0 asks it of the whole site.
    { path: "/barrierefreiheit", title: "Erklärung zur Barrierefreiheit", render: accessibilityPage(config) },
    // A company's contact decides on a proposal through the signed link of a mail: no account.
    { path: "/entscheidung", title: "Vorschlag für Ihren Mentoringplatz", render: decisionPage },
    { path: "/beratung", title: "Suche", roles: COACH, render: searchPage },
    { path: "/beratung/kandidaten", title: "Kandidat:innen", roles: COACH, render: candidatesPage },
    { path: "/beratung/kandidaten/:id", title: "Kandidat:in", roles: COACH, render: candidatePage },
    { path: "/beratung/kandidaten/:id/plan", title: "Qualifizierungsplan", roles: COACH, render: planPage },
    { path: "/beratung/vorschlaege", title: "Vorschläge", roles: COACH, render: coachReferralsPage },
    ...employerCounselling,
    { path: "/statistik", title: "Statistik", roles: COACH, render: statisticsPage },
    { path: "/betrieb/plaetze", title: "Mentoringplätze", roles: EMPLOYER, render: placesPage },
    { path: "/betrieb/plaetze/neu", title: "Neuer Mentoringplatz", roles: EMPLOYER, render: placeFormPage },
    {
      path: "/betrieb/plaetze/:id",
      title: "Mentoringplatz bearbeiten",
      roles: EMPLOYER,
      render: placeFormPage,
    },
    {
      path: "/betrieb/vorschlaege",
      title: "Eingegangene Vorschläge",
      roles: EMPLOYER,
      render: incomingReferralsPage(PLACE_SIDE),
    },
    {
      path: "/betrieb/import",
      title: "Import und Export",
      roles: EMPLOYER,
      render: importPage({
        base: "/mentoring-places",
        items: "Mentoringplätze",
        fileName: "mentoringplaetze",
        listPath: "/betrieb/plaetze",
      }),
    },
    {
      path: "/traeger/import",
      title: "Import und Export",
      roles: PROVIDER,
      render: importPage({
        base: "/qualification-offers",
        items: "Qualifizierungsangebote",
        fileName: "qualifizierungsangebote",
        listPath: "/traeger/angebote",
      }),
    },
    { path: "/traeger/angebote", title: "Qualifizierungsangebote", roles: PROVIDER, render: offersPage },
    { path: "/traeger/angebote/neu", title: "Neues Angebot", roles: PROVIDER, render: offerFormPage },
    { path: "/traeger/angebote/:id", title: "Angebot bearbeiten", roles: PROVIDER, render: offerFormPage },
    {
      path: "/traeger/vorschlaege",
      title: "Vorschläge für Ihre Angebote",
      roles: PROVIDER,
      render: incomingReferralsPage(OFFER_SIDE),
    },
    {
      path: "/konto",
      title: "Mein Konto",
      roles: ["coach", "employer", "provider", "admin"],
      render: accountPage,
    },
    {
      path: "/benachrichtigungen",
      title: "Benachrichtigungen",
      roles: ["coach", "employer", "provider", "admin"],
      render: inboxPage,
    },
    { path: "/organisationen", title: "Organisationen", roles: ["admin"], render: organisationsPage },
  ];
}

export const notFound: RouteDef = {
  path: "",
  title: "Seite nicht gefunden",
  render: ({ main }) =>
    main.append(
      h("h1", {}, "Seite nicht gefunden"),
      h("p", {}, "Diese Seite gibt es nicht. ", h("a", { href: "/" }, "Zur Startseite")),
    ),
};

export const forbidden: RouteDef = {
  path: "/kein-zugriff",
  title: "Kein Zugriff",
  render: ({ main }) =>
    main.append(
      h("h1", {}, "Kein Zugriff"),
      h(
        "p",
        {},
        "Diese Seite ist für Ihre Rolle nicht vorgesehen. ",
        h("a", { href: "/" }, "Zur Startseite"),
      ),
    ),
};
