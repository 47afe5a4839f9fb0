/**
 * Pages of the absences area this area links to. Agreed paths under /attendance (the absences area owns the pages):
 * one's own leave requests and balances, and the phone-sized whereabouts note page.
 */
export const MY_LEAVE_LINK = '/attendance/leave';
export const WHEREABOUTS_LINK = '/attendance/whereabouts';
