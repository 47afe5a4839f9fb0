import { Injectable, inject } from '@angular/core';
import { Api } from '../../../proxy/api';
import { createSupervisionCatalogueItem } from '../../../proxy/fn/supervision-catalogue/create-supervision-catalogue-item';
import { listSupervisionCatalogue } from '../../../proxy/fn/supervision-catalogue/list-supervision-catalogue';
import { listSupervisionCatalogueVersions } from '../../../proxy/fn/supervision-catalogue/list-supervision-catalogue-versions';
import { restoreSupervisionCatalogueItem } from '../../../proxy/fn/supervision-catalogue/restore-supervision-catalogue-item';
import { retireSupervisionCatalogueItem } from '../../../proxy/fn/supervision-catalogue/retire-supervision-catalogue-item';
import { reviseSupervisionCatalogueItem } from '../../../proxy/fn/supervision-catalogue/revise-supervision-catalogue-item';
import type { CatalogueCategory, CatalogueItemDto, CatalogueKind } from '../../../proxy/models';

/** The supervision catalogue at /api/supervision/catalogue on the generated client, with the lists and limits the pages use. */
export type { CatalogueCategory, CatalogueItemDto, CatalogueKind };

export const VIOLATION_CATEGORIES: CatalogueCategory[] = ['WorkDiscipline', 'AppearanceEtiquette', 'ServiceAttitude', 'Integrity', 'BusinessNorms'];
export const COMMENDATION_CATEGORIES: CatalogueCategory[] = ['Banner', 'ThankYouLetter', 'GoodDeed'];
export const CATEGORIES: CatalogueCategory[] = [...VIOLATION_CATEGORIES, ...COMMENDATION_CATEGORIES];
export const KINDS: CatalogueKind[] = ['Violation', 'Commendation'];

/** As the server decides it (CatalogueItem.KindOf): the three commendation categories, the rest violations. */
export function kindOf(category: CatalogueCategory): CatalogueKind {
  return COMMENDATION_CATEGORIES.includes(category) ? 'Commendation' : 'Violation';
}

/** SupervisionConsts: code pattern and lengths, the points' range. */
export const CODE_PATTERN = /^[A-Z][A-Z0-9-]*$/;
export const MAX_CODE_LENGTH = 32;
export const MAX_NAME_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;
export const MAX_POINTS = 100;

/** What a new item or a revision says; a revision also sends the version it revises (409 when stale). */
export interface CatalogueItemInput {
  category: CatalogueCategory;
  nameZh: string;
  nameEn: string;
  description: string | null;
  personPoints: number;
  unitPoints: number;
  sortOrder: number;
}

@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly api = inject(Api);

  /** The current items, sorted by category then sort order; retired ones on request. */
  list(q: { kind?: CatalogueKind; category?: CatalogueCategory; includeRetired?: boolean } = {}): Promise<CatalogueItemDto[]> {
    return this.api.invoke(listSupervisionCatalogue, { Kind: q.kind, Category: q.category, IncludeRetired: q.includeRetired || undefined });
  }

  versions(code: string): Promise<CatalogueItemDto[]> {
    return this.api.invoke(listSupervisionCatalogueVersions, { code });
  }

  create(code: string, input: CatalogueItemInput): Promise<CatalogueItemDto> {
    return this.api.invoke(createSupervisionCatalogueItem, { body: { code, ...input } });
  }

  revise(code: string, version: number, input: CatalogueItemInput): Promise<CatalogueItemDto> {
    return this.api.invoke(reviseSupervisionCatalogueItem, { code, body: { version, ...input } });
  }

  retire(code: string, retire: boolean): Promise<CatalogueItemDto> {
    return this.api.invoke(retire ? retireSupervisionCatalogueItem : restoreSupervisionCatalogueItem, { code });
  }
}
