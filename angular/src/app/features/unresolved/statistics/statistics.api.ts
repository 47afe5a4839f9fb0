import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import type { CaseCategory, DeadlineKind, NotAcceptedReason } from '../cases/cases.api';

export interface CategoryCaseCountDto {
  category: CaseCategory | null;
  count: number;
}

/** One unit's cases by category (no unit: matters not stationed in the hall or with an unclear authority). */
export interface UnitCategoryCountsDto {
  unitId: string | null;
  unitName: string | null;
  total: number;
  byCategory: CategoryCaseCountDto[];
}

/** The deadlines of one kind: fell due, met on time, late, not due yet; rate = onTime / due (null when none fell due). */
export interface DeadlineRateDto {
  kind: DeadlineKind;
  due: number;
  onTime: number;
  late: number;
  open: number;
  rate: number | null;
}

export interface UnresolvedStatisticsDto {
  from: string;
  to: string;
  cases: number;
  closed: number;
  open: number;
  byUnit: UnitCategoryCountsDto[];
  onTime: DeadlineRateDto[];
  followUps: { total: number; unsatisfied: number };
  notAccepted: { reason: NotAcceptedReason; count: number }[];
}

/** 办不成事 statistics of a hall and period at /api/unresolved/statistics. */
@Injectable({ providedIn: 'root' })
export class UnresolvedStatisticsApi {
  private readonly http = inject(HttpClient);
  private readonly root = `${inject(ApiConfiguration).rootUrl}/api/unresolved`;

  get(hallId: string, from: string, to: string): Promise<UnresolvedStatisticsDto> {
    const params = new HttpParams().set('HallId', hallId).set('From', from).set('To', to);
    return firstValueFrom(this.http.get<UnresolvedStatisticsDto>(`${this.root}/statistics`, { params }));
  }
}
