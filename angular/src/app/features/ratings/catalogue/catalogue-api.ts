import { importRatingMatters } from '../../../proxy/fn/rating-matters/import-rating-matters';

/** An import's URL for the chosen hall (matters and surveys are imported into one hall: HallImportInput). */
export function importUrl(path: string, hallId: string): string {
  return `${path}?${new URLSearchParams({ HallId: hallId })}`;
}

/** The matters' import for a hall. */
export const mattersImportUrl = (hallId: string) => importUrl(importRatingMatters.PATH, hallId);

/** The two-month survey periods (1 = January and February … 6 = November and December) and the period of a month. */
export const PERIODS = [1, 2, 3, 4, 5, 6];
export function periodOf(month: number): number {
  return Math.floor((month + 1) / 2);
}
