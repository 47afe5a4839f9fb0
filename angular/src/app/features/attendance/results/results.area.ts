import type { AttendanceArea } from '../attendance.area';

export const RESULTS_AREA: AttendanceArea = {
  routes: [],
  items: [],
  zh: { attendance: { results: {} } },
  en: { attendance: { results: {} } },
};
