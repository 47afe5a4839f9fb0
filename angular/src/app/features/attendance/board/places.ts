import { AttendanceHallDto } from '../../../proxy/models';

/** One choice of the board's or the report's place: a unit, or a hall as a whole. */
export interface PlaceChoice {
  key: string;
  hallId: string;
  unitId: string | null;
  label: string;
  /** The hall's name when the choice is a whole hall. */
  hall: string | null;
}

/** The caller's places in order: each hall (as a whole, where the scope covers it) followed by its units. */
export function placeChoices(halls: AttendanceHallDto[]): PlaceChoice[] {
  return halls.flatMap((h) => [
    ...(h.wholeHall ? [{ key: `hall:${h.id}`, hallId: h.id, unitId: null, label: h.name, hall: h.name }] : []),
    ...h.units.map((u) => ({ key: `unit:${u.id}`, hallId: h.id, unitId: u.id, label: halls.length > 1 ? `${u.name}（${h.name}）` : u.name, hall: null })),
  ]);
}

/** The choice the URL names (?unitId= or ?hallId=), else the first one (a lead's first unit, a manager's hall). */
export function placeFromQuery(choices: PlaceChoice[], unitId: string | null, hallId: string | null): PlaceChoice | null {
  return choices.find((c) => (unitId && c.unitId === unitId) || (!unitId && hallId && c.unitId === null && c.hallId === hallId)) ?? choices[0] ?? null;
}
