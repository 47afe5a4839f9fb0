import { CurrentUserDto } from '../proxy/models';

export interface NavItem {
  path: string;
  label: string;
  icon: string;
  permission?: string;
  /** Shown only when the user's scope is of these kinds. */
  scopes?: string[];
  /** Shown only to users linked to a staff record (an administrator account without one has no learning of its own). */
  staffOnly?: boolean;
}

export interface NavGroup {
  /** A heading; the first group (home) has none. */
  label?: string;
  items: NavItem[];
}

export const NAVIGATION: NavGroup[] = [
  { items: [{ path: '/home', label: 'nav.home', icon: 'home', permission: 'Platform.Home' }] },
  {
    label: 'nav.groups.organization',
    items: [
      { path: '/organization/tree', label: 'nav.tree', icon: 'account_tree', permission: 'Organization.Structure' },
      { path: '/organization/staff', label: 'nav.staff', icon: 'groups', permission: 'Organization.Staff', scopes: ['Units', 'Halls', 'All'] },
      { path: '/organization/me', label: 'nav.myRecord', icon: 'badge', permission: 'Organization.Staff', scopes: ['Own'] },
      { path: '/organization/import', label: 'nav.import', icon: 'upload_file', permission: 'Organization.Staff.Import' },
      { path: '/organization/calendar', label: 'nav.calendar', icon: 'calendar_month', permission: 'Organization.Calendar' },
    ],
  },
  {
    label: 'nav.groups.myLearning',
    items: [
      { path: '/my-learning/courses', label: 'nav.myCourses', icon: 'school', permission: 'Learning.MyLearning', staffOnly: true },
      { path: '/my-learning/exams', label: 'nav.myExams', icon: 'quiz', permission: 'Learning.MyLearning', staffOnly: true },
      { path: '/my-learning/certificates', label: 'nav.myCertificates', icon: 'workspace_premium', permission: 'Learning.MyLearning', staffOnly: true },
    ],
  },
  {
    label: 'nav.groups.learning',
    items: [
      { path: '/learning/courses', label: 'nav.courses', icon: 'menu_book', permission: 'Learning.Courses.Manage' },
      { path: '/learning/questions', label: 'nav.questions', icon: 'library_books', permission: 'Learning.Questions' },
      { path: '/learning/exams', label: 'nav.exams', icon: 'assignment', permission: 'Learning.Exams.Manage' },
      { path: '/learning/certificates', label: 'nav.certificates', icon: 'verified', permission: 'Learning.Certificates', scopes: ['Units', 'Halls', 'All'] },
      { path: '/learning/statistics', label: 'nav.learningStatistics', icon: 'bar_chart', permission: 'Learning.Exams.Results' },
    ],
  },
  {
    label: 'nav.groups.admin',
    items: [
      { path: '/admin/users', label: 'nav.users', icon: 'manage_accounts', permission: 'Identity.Users' },
      { path: '/admin/roles', label: 'nav.roles', icon: 'admin_panel_settings', permission: 'Identity.Roles' },
      { path: '/admin/device-keys', label: 'nav.deviceKeys', icon: 'key', permission: 'Identity.DeviceKeys' },
      { path: '/admin/settings', label: 'nav.settings', icon: 'tune', permission: 'Platform.Settings' },
    ],
  },
];

/** The navigation a user may see: items whose permission is granted (and whose scope fits), empty groups dropped. */
export function navigationFor(user: CurrentUserDto | null): NavGroup[] {
  if (!user) return [];
  const granted = new Set(user.permissions);
  return NAVIGATION.map((g) => ({
    label: g.label,
    items: g.items.filter((i) => (!i.permission || granted.has(i.permission)) && (!i.scopes || i.scopes.includes(user.scope.kind))
      && (!i.staffOnly || !!user.staffId)),
  })).filter((g) => g.items.length > 0);
}

/** Where a user lands after signing in: the home page of to-dos and figures (else, without its grant, the first page they may see). */
export function homeFor(user: CurrentUserDto | null): string {
  if (user?.permissions.includes('Platform.Home')) return '/home';
  const items = navigationFor(user).flatMap((g) => g.items);
  const preferred = ['/organization/me', '/organization/staff'].find((p) => items.some((i) => i.path === p));
  return preferred ?? items[0]?.path ?? '/notifications';
}
