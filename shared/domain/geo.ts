const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

export interface Point {
  lat: number;
  lon: number;
}

/** Great-circle distance (haversine) in km. */
export function distanceKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Degrees of latitude/longitude spanned by `km` around `lat`. */
export function degreesFor(km: number, lat: number): { dLat: number; dLon: number } {
  const dLat = km / 111.195;
  return { dLat, dLon: dLat / Math.max(0.01, Math.cos(rad(lat))) };
}
