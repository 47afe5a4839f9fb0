import type { AttendanceArea } from '../attendance.area';

export const INTAKE_AREA: AttendanceArea = {
  routes: [],
  items: [],
  zh: { attendance: { intake: {} } },
  en: { attendance: { intake: {} } },
};
