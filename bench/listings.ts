import { monotonicFactory } from "ulidx";
import type { Listing, ListingKind } from "../shared/domain/listing.ts";
import { resolveReferences } from "../shared/reference/resolve.ts";
import { getOccupation } from "../shared/reference/occupations.ts";
import { FUNDING, OFFER_KINDS, qualificationOfferInput } from "../shared/schemas/qualification-offer.ts";
import { mentoringPlaceInput, PLACE_KINDS } from "../shared/schemas/mentoring-place.ts";
import * as z from "../shared/schemas/z.ts";
import type { Population } from "./population.ts";
import { intBetween, pick, type Random, weighted } from "./prng.ts";
import { contact, description, offerTitle, placeTitle, providerName } from "./texts.ts";

/**
 * Published places and offers of the real shapes: a POST body is drawn, parsed with the route's own
 * input schema (defaults, trimming) and turned into the stored item as the create handler does.
 * Mix: 60 % offers (10 % of them online), 40 % places (capacity 1–4, 15 % full).
 */
const DAY = 86_400_000;
const LANGUAGES = ["ar", "uk", "ru", "tr", "fa", "en", "fr", "es", "pl", "ro", "ku", "ti", "so", "vi"];
const itemLevel = weighted([
  [undefined, 20],
  ["A2", 5],
  ["B1", 30],
  ["B2", 35],
  ["C1", 10],
] as const);
const capacity = weighted([
  [1, 50],
  [2, 25],
  [3, 15],
  [4, 10],
] as const);
const format = weighted([
  ["in-person", 75],
  ["hybrid", 15],
  ["online", 10],
] as const);
const occupationCount = weighted([
  [1, 70],
  [2, 20],
  [3, 10],
] as const);

export interface ListingFactory {
  next(): { kind: ListingKind; listing: Listing };
}

export function listingFactory(random: Random, people: Population, today: Date): ListingFactory {
  const newId = monotonicFactory(random);
  const iso = (offsetDays: number) => new Date(today.getTime() + offsetDays * DAY).toISOString().slice(0, 10);

  function occupations(): string[] {
    const first = people.occupation(random);
    const codes = new Set([first]);
    for (let i = 1; i < occupationCount(random); i++)
      codes.add(random() < 0.8 ? people.relatedOccupation(random, first) : people.occupation(random));
    return [...codes];
  }
  const languages = () => [
    ...new Set(Array.from({ length: intBetween(random, 0, 3) }, () => pick(random, LANGUAGES))),
  ];
  const common = (codes: string[]) => ({
    description: description(random),
    occupations: codes,
    languages: languages(),
    contact: contact(random),
    status: "published",
    ...optional("germanLevel", itemLevel(random)),
  });

  function placeInput() {
    const codes = occupations();
    const from = intBetween(random, -120, 180);
    return {
      ...common(codes),
      title: placeTitle(random, getOccupation(codes[0] ?? "")?.shortTitle ?? ""),
      location: { postalCode: people.postalCode(random) },
      capacity: capacity(random),
      availableFrom: iso(from),
      ...(random() < 0.6 ? { availableUntil: iso(from + intBetween(random, 90, 540)) } : {}),
      ...(random() < 0.5 ? { hoursPerWeek: intBetween(random, 20, 40) } : {}),
      kinds: [...new Set([pick(random, PLACE_KINDS), pick(random, PLACE_KINDS)])],
    };
  }

  function offerInput() {
    const codes = occupations();
    const postalCode = people.postalCode(random);
    const how = format(random);
    const rolling = random() < 0.35;
    const start = intBetween(random, -60, 300);
    const weeks = intBetween(random, 4, 52);
    return {
      ...common(codes),
      title: offerTitle(random, getOccupation(codes[0] ?? "")?.shortTitle ?? ""),
      provider: { name: providerName(random, postalCode), url: "https://example.org" },
      kind: pick(random, OFFER_KINDS),
      format: how,
      ...(how !== "online" || random() < 0.3 ? { location: { postalCode } } : {}),
      ...(rolling && random() < 0.5 ? {} : { start: iso(start), end: iso(start + weeks * 7) }),
      rolling,
      fullTime: random() < 0.5,
      durationWeeks: weeks,
      funding: [pick(random, FUNDING)],
      ...(random() < 0.5 ? { costEur: intBetween(random, 0, 60) * 100 } : {}),
    };
  }

  /** The create handler's nextState: parsed fields, resolved location, version 1. */
  function stored(kind: ListingKind, body: Record<string, unknown>): Listing {
    const schema = kind === "place" ? mentoringPlaceInput : qualificationOfferInput;
    const { status, ...fields } = z.parse(schema, body) as Record<string, unknown> & { status: string };
    const { location } = resolveReferences(fields as { occupations: string[] });
    const createdMs = today.getTime() - intBetween(random, 1, 365) * DAY;
    const createdAt = new Date(createdMs).toISOString();
    const id = newId(createdMs);
    const initial = kind === "place" ? { acceptedCount: 0 } : {};
    const orgOf = (k: ListingKind) =>
      k === "place" ? `employer-${intBetween(random, 1, 6000)}` : `provider-${intBetween(random, 1, 1500)}`;
    return {
      id,
      org: orgOf(kind),
      createdAt,
      ...initial,
      ...fields,
      location,
      status,
      version: 1,
      updatedAt: createdAt,
    } as Listing;
  }

  /** Seats taken by accepted referrals: each acceptance bumps version and updatedAt (referral-store). */
  function withTakenSeats(listing: Listing): Listing {
    const seats = (listing as { capacity: number }).capacity;
    const taken = random() < 0.15 ? seats : random() < 0.7 ? 0 : intBetween(random, 0, seats - 1);
    if (taken === 0) return listing;
    const updatedAt = new Date(Date.parse(listing.createdAt) + taken * DAY).toISOString();
    return { ...listing, acceptedCount: taken, version: listing.version + taken, updatedAt } as Listing;
  }

  return {
    next() {
      if (random() < 0.6) return { kind: "offer", listing: stored("offer", offerInput()) };
      return { kind: "place", listing: withTakenSeats(stored("place", placeInput())) };
    },
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);
