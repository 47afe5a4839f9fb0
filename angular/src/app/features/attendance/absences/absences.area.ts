import type { AttendanceArea } from '../attendance.area';

export const ABSENCES_AREA: AttendanceArea = {
  routes: [],
  items: [],
  zh: { attendance: { absences: {} } },
  en: { attendance: { absences: {} } },
};
