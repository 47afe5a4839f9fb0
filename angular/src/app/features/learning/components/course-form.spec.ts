import { FormControl } from '@angular/forms';
import { OrganizationTreeDto, ScopeDto } from '../../../proxy/models';
import { fromCourse, lessonBody, numberRange, toSaveCourse, unitsInScope } from './course-form';

describe('course-form', () => {
  it('Should_accept_credit_hours_from_0_to_200', () => {
    const valid = (v: unknown) => new FormControl(v, numberRange(0, 200)).valid;
    expect([valid(0), valid('2.5'), valid(200), valid(200.5), valid(-1), valid('x'), valid('')]).toEqual([true, true, true, false, false, false, false]);
  });

  it('Should_treat_a_body_without_text_as_empty', () => {
    const valid = (v: string) => new FormControl(v, lessonBody).valid;
    expect([valid('<p><br></p>'), valid('&nbsp;'), valid('<p>首问负责</p>')]).toEqual([false, false, true]);
  });

  it('Should_send_the_audience_and_read_it_back', () => {
    const body = toSaveCourse({
      code: ' C1 ', title: ' 规范 ', kind: 'PreJob', description: ' ', creditHours: '1.5', isRequired: true, isPublished: false, issuesCertificate: true,
      unitIds: ['u'], windowTypes: ['Comprehensive'], staffKinds: [],
    });
    expect(body).toEqual({
      code: 'C1', title: '规范', kind: 'PreJob', description: null, creditHours: 1.5, isRequired: true, isPublished: false,
      issuesCertificate: false, // the pre-job certificate has its own rule
      audience: { unitIds: ['u'], windowTypes: ['Comprehensive'], staffKinds: [] },
    });
    const back = fromCourse({ ...body, id: 'c', description: null, audience: body.audience!, lessons: [], enrolledCount: 0, issuesCertificate: false, ownerHallId: null });
    expect([back.description, back.unitIds]).toEqual(['', ['u']]);
  });

  it('Should_offer_only_the_units_within_the_scope', () => {
    const tree = { halls: [
      { hall: { id: 'h1', name: '市中心' }, units: [{ unit: { id: 'u1', name: '公安' } }, { unit: { id: 'u2', name: '税务' } }] },
      { hall: { id: 'h2', name: '分中心' }, units: [{ unit: { id: 'u3', name: '社保' } }] },
    ] } as unknown as OrganizationTreeDto;
    const scope = (kind: ScopeDto['kind'], hallIds: string[] = [], unitIds: string[] = []): ScopeDto => ({ kind, hallIds, unitIds, staffId: null });
    expect(unitsInScope(tree, scope('All')).map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
    expect(unitsInScope(tree, scope('Halls', ['h2'])).map((u) => u.label)).toEqual(['社保（分中心）']);
    expect(unitsInScope(tree, scope('Units', [], ['u2'])).map((u) => u.id)).toEqual(['u2']);
    expect(unitsInScope(tree, scope('Own'))).toEqual([]);
  });
});
