import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { CourseDto, CourseKind, OrganizationTreeDto, SaveCourseInput, ScopeDto, StaffKind, WindowType } from '../../../proxy/models';

export const COURSE_KINDS: CourseKind[] = ['PreJob', 'Routine', 'Professional', 'MultiPost'];
export const WINDOW_TYPES: WindowType[] = ['Comprehensive', 'Department', 'GreenChannel', 'Unresolved', 'Tidal'];
export const STAFF_KINDS: StaffKind[] = ['Own', 'Dispatched', 'Contract'];
export const COURSE_LIMITS = { code: 32, title: 128, description: 2000, creditHours: 200, lessonMinutes: 600 };

/** A number from min to max, decimals allowed (credit hours 0–200, in hundredths on the server). */
export function numberRange(min: number, max: number): ValidatorFn {
  return (c: AbstractControl): ValidationErrors | null => {
    const v = c.value;
    if (v === null || v === '' || v === undefined) return Validators.required(c);
    const n = Number(v);
    return Number.isFinite(n) && n >= min && n <= max ? null : { range: { min, max } };
  };
}

export interface CourseFormValue {
  code: string;
  title: string;
  kind: CourseKind;
  description: string;
  creditHours: number | string;
  isRequired: boolean;
  isPublished: boolean;
  /** A course other than the pre-job one may award its own certificate on completion. */
  issuesCertificate: boolean;
  unitIds: string[];
  windowTypes: string[];
  staffKinds: string[];
}

export function toSaveCourse(v: CourseFormValue): SaveCourseInput {
  return {
    code: v.code.trim(), title: v.title.trim(), kind: v.kind, description: v.description.trim() || null, creditHours: Number(v.creditHours),
    isRequired: v.isRequired, isPublished: v.isPublished, issuesCertificate: v.kind !== 'PreJob' && v.issuesCertificate, audience: { unitIds: v.unitIds, windowTypes: v.windowTypes, staffKinds: v.staffKinds },
  };
}

export function fromCourse(c: CourseDto): CourseFormValue {
  return {
    code: c.code, title: c.title, kind: c.kind, description: c.description ?? '', creditHours: c.creditHours, isRequired: c.isRequired,
    isPublished: c.isPublished, issuesCertificate: c.issuesCertificate, unitIds: c.audience.unitIds, windowTypes: c.audience.windowTypes, staffKinds: c.audience.staffKinds,
  };
}

/** A lesson body is empty when it holds no text (an editor leaves "<br>" or "<p></p>" behind). */
export const lessonBody: ValidatorFn = (c: AbstractControl): ValidationErrors | null =>
  String(c.value ?? '').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim() ? null : { required: true };

/** The units a manager may enrol as a whole: all, those of their halls, or the units they lead. */
export function unitsInScope(tree: OrganizationTreeDto | null, scope: ScopeDto | undefined): { id: string; label: string }[] {
  if (!tree || !scope) return [];
  return tree.halls.flatMap((h) => h.units
    .filter((u) => scope.kind === 'All' || (scope.kind === 'Halls' && scope.hallIds.includes(h.hall.id)) || (scope.kind === 'Units' && scope.unitIds.includes(u.unit.id)))
    .map((u) => ({ id: u.unit.id, label: `${u.unit.name}（${h.hall.name}）` })));
}
