import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import type { CaseCategory, DeadlineKind } from '../cases/cases.api';

/** Cases of one unit (null: not stationed in the hall) by category. */
export interface UnitCategoryCount {
  unitId?: string | null;
  unitName?: string | null;
  category?: CaseCategory | null;
  count: number;
}

/** One step's deadlines in the period: how many fell due and how many were met on time. */
export interface StepOnTime {
  kind: DeadlineKind;
  due: number;
  onTime: number;
}

export interface UnresolvedStatistics {
  total: number;
  notAccepted: number;
  unsatisfiedFollowUps: number;
  byUnitAndCategory: UnitCategoryCount[];
  steps: StepOnTime[];
}

/** 办不成事 statistics of a hall and period at /api/unresolved/statistics. */
@Injectable({ providedIn: 'root' })
export class UnresolvedStatisticsApi {
  private readonly http = inject(HttpClient);
  private readonly root = `${inject(ApiConfiguration).rootUrl}/api/unresolved`;

  get(hallId: string, from: string, to: string): Promise<UnresolvedStatistics> {
    const params = new HttpParams().set('HallId', hallId).set('From', from).set('To', to);
    return firstValueFrom(this.http.get<UnresolvedStatistics>(`${this.root}/statistics`, { params }));
  }
}
