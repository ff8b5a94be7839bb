/**
 * Demo data that `npm start` seeds on first start (see seed.ts): organisations, qualification
 * offers and mentoring places in Ostwestfalen-Lippe and Sachsen.
 */
export { demoOffers } from "./demo-offers.ts";
export {
  DEMO_REGIONS,
  type DemoContact,
  type DemoOffer,
  type DemoOrganisation,
  type DemoOrgSlug,
  type DemoPlace,
  type DemoRegion,
  type DemoRole,
  demoOrganisations,
} from "./demo-organisations.ts";
export { demoLatePlace, demoPlaces } from "./demo-places.ts";
