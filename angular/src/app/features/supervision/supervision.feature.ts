import { Feature, mergeTranslations } from '../../core/feature';
import { SUPERVISION_EN } from './i18n/supervision.en';
import { SUPERVISION_ZH } from './i18n/supervision.zh-hans';
import { CATALOGUE_AREA } from './catalogue/catalogue.area';
import { FINDINGS_AREA } from './findings/findings.area';
import { INSPECTIONS_AREA } from './inspections/inspections.area';
import { LEDGER_AREA } from './ledger/ledger.area';
import { STATISTICS_AREA } from './statistics/statistics.area';
import type { SupervisionArea } from './supervision.area';

/** In menu order: what inspectors record, what units answer (findings, ledger), then statistics and the catalogue. */
const AREAS: SupervisionArea[] = [
  INSPECTIONS_AREA,
  FINDINGS_AREA,
  LEDGER_AREA,
  STATISTICS_AREA,
  CATALOGUE_AREA,
];

/** 督查 (Supervision): its routes, menu entries and texts, joined from its areas. Listed once in features/features.ts. */
export const SUPERVISION_FEATURE: Feature = {
  routes: [{ path: 'supervision', children: AREAS.flatMap((a) => a.routes) }],
  navigation: [{ label: 'nav.groups.supervision', items: AREAS.flatMap((a) => a.items) }],
  translations: {
    'zh-Hans': mergeTranslations(SUPERVISION_ZH, ...AREAS.map((a) => a.zh)),
    en: mergeTranslations(SUPERVISION_EN, ...AREAS.map((a) => a.en)),
  },
};
