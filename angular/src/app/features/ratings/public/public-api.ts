import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../../../proxy/api';
import { getPublicRatingWindow } from '../../../proxy/fn/public-ratings/get-public-rating-window';
import { submitPublicRating } from '../../../proxy/fn/public-ratings/submit-public-rating';
import { getRatingDisclosure } from '../../../proxy/fn/rating-disclosure/get-rating-disclosure';
import { listDisclosureHalls } from '../../../proxy/fn/rating-disclosure/list-disclosure-halls';
import { openPublicFollowUp } from '../../../proxy/fn/rating-follow-up/open-public-follow-up';
import { recordPublicFollowUp } from '../../../proxy/fn/rating-follow-up/record-public-follow-up';
import type { DisclosureDto, PublicFollowUpDto, PublicHallDto, PublicRatingInput, PublicRatingResultDto, PublicWindowDto } from '../../../proxy/models';

/*
 * The anonymous endpoints the citizens' pages call (no sign-in), through the generated client. One page-sized service so
 * the pages read as what they ask, not as request plumbing.
 */

export type {
  DisclosedBadRatingDto, DisclosureCountsDto, DisclosureDto, PublicFollowUpDto, PublicHallDto, PublicMatterDto, PublicRatingInput, PublicRatingResultDto, PublicTagDto, PublicWindowDto,
} from '../../../proxy/models';

@Injectable({ providedIn: 'root' })
export class PublicRatingsApi {
  private readonly http = inject(HttpClient);
  private readonly api = inject(Api);

  /** GetPublicRatingWindow */
  window(windowId: string): Promise<PublicWindowDto> {
    return this.api.invoke(getPublicRatingWindow, { windowId });
  }

  /**
   * SubmitPublicRating, with the page's browser id in X-Rating-Client (the per-browser limit): the generated function
   * takes no headers, so the request is made here with its path and types.
   */
  submit(input: PublicRatingInput, browser: string): Promise<PublicRatingResultDto> {
    return firstValueFrom(this.http.post<PublicRatingResultDto>(submitPublicRating.PATH, input, { headers: { 'X-Rating-Client': browser } }));
  }

  /** ListDisclosureHalls */
  halls(): Promise<PublicHallDto[]> {
    return this.api.invoke(listDisclosureHalls);
  }

  /** GetRatingDisclosure */
  disclosure(hallId: string, year: number, month: number): Promise<DisclosureDto> {
    return this.api.invoke(getRatingDisclosure, { HallId: hallId, Year: year, Month: month });
  }

  /** OpenPublicFollowUp: the token goes in the body, so it is in no request line or access log. */
  followUp(token: string): Promise<PublicFollowUpDto> {
    return this.api.invoke(openPublicFollowUp, { body: { token } });
  }

  /** RecordPublicFollowUp: answers the page as it now is. */
  leaveFollowUp(token: string, level: number, comment: string | null): Promise<PublicFollowUpDto> {
    return this.api.invoke(recordPublicFollowUp, { body: { token, level, comment } });
  }
}
