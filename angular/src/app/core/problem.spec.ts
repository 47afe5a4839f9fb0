import { HttpErrorResponse } from '@angular/common/http';
import { fieldMessages, toProblem } from './problem';

describe('toProblem', () => {
  it('Should_read_an_rfc9457_problem_with_field_errors_and_rows', () => {
    const err = new HttpErrorResponse({
      status: 422,
      error: {
        type: '/errors/Common/Validation', title: '导入文件有错误', status: 422, code: 'Organization:00010', traceId: 't',
        errors: { code: ['“code” is required.'] },
        rows: [{ sheet: '人员', row: 3, column: '工号', code: 'X', message: '工号重复' }],
      },
    });
    const p = toProblem(err);
    expect(p.status).toBe(422);
    expect(p.title).toBe('导入文件有错误');
    expect(p.code).toBe('Organization:00010');
    expect(p.rows?.[0].row).toBe(3);
    expect(fieldMessages(p)).toEqual(['“code” is required.']);
  });

  it('Should_parse_a_problem_sent_as_text', () => {
    const err = new HttpErrorResponse({ status: 400, error: JSON.stringify({ title: 'Bad', status: 400 }) });
    expect(toProblem(err).title).toBe('Bad');
  });

  it('Should_leave_the_title_empty_for_a_network_failure_or_a_non_problem_body', () => {
    expect(toProblem(new HttpErrorResponse({ status: 0 }))).toEqual({ status: 0, title: '' });
    expect(toProblem(new HttpErrorResponse({ status: 502, error: '<html>' })).title).toBe('');
    expect(toProblem(new Error('x')).status).toBe(0);
  });
});
