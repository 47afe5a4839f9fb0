import type { ListRatings$Params } from '../../../proxy/fn/ratings/list-ratings';
import type { RatingChannel, RatingLevel } from '../../../proxy/models';

/** The ratings' types this feature shares, from the generated client. */
export type {
  Attribution, CaseState, DashboardDto, GroupCountsDto, MaskedRaterDto, RaterKind, RatingChannel, RatingDto, RatingLevel,
} from '../../../proxy/models';

export const LEVELS: RatingLevel[] = ['VerySatisfied', 'Satisfied', 'Basic', 'Dissatisfied', 'VeryDissatisfied'];
export const CHANNELS: RatingChannel[] = ['Pad', 'QrCode'];

/** RatingListInput (ListRatings and ListMyRatings take the same). */
export type RatingListParams = ListRatings$Params;
