import { Feature, mergeTranslations } from '../../core/feature';
import { ABSENCES_AREA } from './absences/absences.area';
import { BOARD_AREA } from './board/board.area';
import { INTAKE_AREA } from './intake/intake.area';
import { PUNCH_FILES_AREA } from './punch-files/punch-files.area';
import { ATTENDANCE_EN } from './i18n/attendance.en';
import { ATTENDANCE_ZH } from './i18n/attendance.zh-hans';
import { RESULTS_AREA } from './results/results.area';

const AREAS = [ABSENCES_AREA, BOARD_AREA, RESULTS_AREA, INTAKE_AREA, PUNCH_FILES_AREA];

/** 考勤 (Attendance): its routes, menu entries and texts, joined from its areas. Listed once in features/features.ts. */
export const ATTENDANCE_FEATURE: Feature = {
  routes: [{ path: 'attendance', children: AREAS.flatMap((a) => a.routes) }],
  navigation: [{ label: 'nav.groups.attendance', items: AREAS.flatMap((a) => a.items) }],
  translations: {
    'zh-Hans': mergeTranslations(ATTENDANCE_ZH, ...AREAS.map((a) => a.zh)),
    en: mergeTranslations(ATTENDANCE_EN, ...AREAS.map((a) => a.en)),
  },
};
