import { RatingDeviceKind } from '../../../proxy/models';

/** The devices that push to Ratings, in the order the pages offer them: a window's rating pad first. */
export const RATING_DEVICE_KINDS: RatingDeviceKind[] = ['RatingPad', 'CaseSystem'];
