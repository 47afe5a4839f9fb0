import type { OrganizationTreeDto } from '../../../proxy/models';

/** A place a ratings page can be narrowed to: a hall as a whole, or one of its units (key "hall:<id>" / "unit:<id>"). */
export interface RatingPlace {
  key: string;
  hall?: string;
  unit?: string;
  label: string;
}

/** Each hall followed by its units; a unit names its hall when there are several halls. */
export function ratingPlaces(tree: OrganizationTreeDto | null): RatingPlace[] {
  const halls = tree?.halls ?? [];
  return halls.flatMap((h) => [
    { key: `hall:${h.hall.id}`, hall: h.hall.id, label: h.hall.name },
    ...h.units.map((u) => ({ key: `unit:${u.unit.id}`, unit: u.unit.id, label: halls.length > 1 ? `${u.unit.name}（${h.hall.name}）` : u.unit.name })),
  ]);
}

/** The URL's hall / unit as the place select's key. */
export function placeKey(hall: string, unit: string): string {
  return unit ? `unit:${unit}` : hall ? `hall:${hall}` : '';
}

/** A place select's key back to the URL's hall and unit (both cleared for the whole scope). */
export function placeQuery(key: string): { hall: string | null; unit: string | null } {
  if (key.startsWith('unit:')) return { hall: null, unit: key.slice(5) };
  if (key.startsWith('hall:')) return { hall: key.slice(5), unit: null };
  return { hall: null, unit: null };
}
