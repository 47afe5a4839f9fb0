import { Injectable, inject } from '@angular/core';
import { Api } from '../../../proxy/api';
import { getSupervisionStatistics } from '../../../proxy/fn/supervision-statistics/get-supervision-statistics';
import type { CatalogueCategory, SupervisionStatisticsDto } from '../../../proxy/models';

export type { SupervisionStatisticsDto, UnitFindingsDto } from '../../../proxy/models';

/** 督查统计 (/api/supervision/statistics) on the generated client. */
export type Category = CatalogueCategory;

/** The violations' categories and the commendations', in the catalogue's order. */
export const VIOLATION_CATEGORIES: Category[] = ['WorkDiscipline', 'AppearanceEtiquette', 'ServiceAttitude', 'Integrity', 'BusinessNorms'];
export const COMMENDATION_CATEGORIES: Category[] = ['Banner', 'ThankYouLetter', 'GoodDeed'];

/** The longest span the server answers (SupervisionStatisticsInput.MaxMonths). */
export const MAX_MONTHS = 24;

export interface StatisticsQuery {
  /** Any day of the first and of the last month (ISO days). */
  from: string;
  to: string;
  hallId?: string;
  unitId?: string;
}

@Injectable({ providedIn: 'root' })
export class StatisticsApi {
  private readonly api = inject(Api);

  get(q: StatisticsQuery): Promise<SupervisionStatisticsDto> {
    return this.api.invoke(getSupervisionStatistics, { From: q.from, To: q.to, HallId: q.hallId, UnitId: q.unitId });
  }
}
