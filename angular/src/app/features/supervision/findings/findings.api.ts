import { Injectable, inject } from '@angular/core';
import { Api } from '../../../proxy/api';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import { decideSupervisionFinding } from '../../../proxy/fn/supervision-findings/decide-supervision-finding';
import { disputeSupervisionFinding } from '../../../proxy/fn/supervision-findings/dispute-supervision-finding';
import { getSupervisionFinding } from '../../../proxy/fn/supervision-findings/get-supervision-finding';
import { getSupervisionFindingPhoto } from '../../../proxy/fn/supervision-findings/get-supervision-finding-photo';
import { listMySupervisionFindings } from '../../../proxy/fn/supervision-findings/list-my-supervision-findings';
import { listSupervisionFindings } from '../../../proxy/fn/supervision-findings/list-supervision-findings';
import type {
  CatalogueCategory, CatalogueKind, FindingDto, FindingPhotoDto, FindingState, FindingTarget, InspectionKind,
} from '../../../proxy/models';
import type { Page } from '../../../shared/server-table';

/** Findings at /api/supervision/findings (and one's own at /api/supervision/my/findings) on the generated client. */
export type { FindingDto, FindingPhotoDto, FindingState, FindingTarget, InspectionKind };

export const FINDING_STATES: FindingState[] = ['Recorded', 'Disputed', 'Upheld', 'Withdrawn'];
export const INSPECTION_KINDS: InspectionKind[] = ['Open', 'Covert', 'VideoPatrol', 'RandomCheck', 'SimulatedService', 'WalkThrough', 'ComplaintCheck'];

/**
 * The shortest dispute and decision reason: setting Supervision.ReasonMinLength, 5 by default. The form checks the
 * default as one types; a hall that set more gets the server's ReasonTooShort refusal, naming the length.
 */
export const REASON_MIN_LENGTH = 5;
export const MAX_REASON_LENGTH = 2000;

/** The list's filters (FindingListInput); empty ones are left out. */
export interface FindingFilters {
  hallId?: string;
  unitId?: string;
  windowId?: string;
  staffId?: string;
  inspectionId?: string;
  category?: CatalogueCategory;
  kind?: CatalogueKind;
  state?: FindingState;
  from?: string;
  to?: string;
}

export interface Paging {
  skip: number;
  take: number;
  sorting: string;
}

@Injectable({ providedIn: 'root' })
export class FindingsApi {
  private readonly api = inject(Api);
  private readonly root = inject(ApiConfiguration).rootUrl;

  list(f: FindingFilters, p: Paging): Promise<Page<FindingDto>> {
    return this.api.invoke(listSupervisionFindings, {
      HallId: f.hallId, UnitId: f.unitId, WindowId: f.windowId, StaffId: f.staffId, InspectionId: f.inspectionId, Category: f.category,
      Kind: f.kind, State: f.state, From: f.from, To: f.to, SkipCount: p.skip, MaxResultCount: p.take, Sorting: p.sorting,
    });
  }

  /** One's own findings and commendations (kind, state and dates filter them). */
  mine(f: Pick<FindingFilters, 'kind' | 'state' | 'from' | 'to'>, p: Paging): Promise<Page<FindingDto>> {
    return this.api.invoke(listMySupervisionFindings, {
      Kind: f.kind, State: f.state, From: f.from, To: f.to, SkipCount: p.skip, MaxResultCount: p.take, Sorting: p.sorting,
    });
  }

  get(id: string): Promise<FindingDto> {
    return this.api.invoke(getSupervisionFinding, { id });
  }

  dispute(id: string, version: number, reason: string): Promise<FindingDto> {
    return this.api.invoke(disputeSupervisionFinding, { id, body: { version, reason } });
  }

  decide(id: string, version: number, uphold: boolean, reason: string): Promise<FindingDto> {
    return this.api.invoke(decideSupervisionFinding, { id, body: { version, uphold, reason } });
  }

  /** Where a photo is shown (a plain URL for <img> and a new tab: the browser sends the session cookie). */
  photoUrl(id: string, fileId: string): string {
    return `${this.root}${getSupervisionFindingPhoto.PATH.replace('{id}', encodeURIComponent(id)).replace('{fileId}', encodeURIComponent(fileId))}`;
  }
}
