import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CaseActionRequest, CasesApi } from './cases.api';

/** What the server answers with is not under test here: the requests are (path, method, query, body). */
const DETAIL = { case: { id: 'c1' } };

function setUp(): { api: CasesApi; http: HttpTestingController } {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { api: TestBed.inject(CasesApi), http: TestBed.inject(HttpTestingController) };
}

describe('CasesApi', () => {
  it('Should_list_with_the_servers_query_names_one_States_per_state_and_leave_empty_filters_out', async () => {
    const { api, http } = setUp();
    const page = api.list(
      { hallId: 'h1', states: ['Escalated', 'Answered'], category: 'Complex', unitId: '', from: '2026-11-01', overdueOnly: true, filter: '' },
      { skip: 20, take: 10, sorting: 'receivedAt desc' },
    );
    const req = http.expectOne((r) => r.url === '/api/unresolved/cases');
    expect(req.request.method).toBe('GET');
    const q = req.request.params;
    expect(q.keys().sort()).toEqual(['Category', 'From', 'HallId', 'MaxResultCount', 'OverdueOnly', 'SkipCount', 'Sorting', 'States']);
    expect(q.getAll('States')).toEqual(['Escalated', 'Answered']);
    expect([q.get('HallId'), q.get('Category'), q.get('From'), q.get('OverdueOnly')]).toEqual(['h1', 'Complex', '2026-11-01', 'true']);
    expect([q.get('SkipCount'), q.get('MaxResultCount'), q.get('Sorting')]).toEqual(['20', '10', 'receivedAt desc']);
    req.flush({ items: [], totalCount: 0 });
    expect(await page).toEqual({ items: [], totalCount: 0 });
    http.verify();
  });

  it('Should_post_each_action_to_its_own_path_with_its_input', async () => {
    const { api, http } = setUp();
    const requests: [CaseActionRequest, string][] = [
      [{ action: 'classify', body: { version: 3, category: 'General', note: null } }, 'classify'],
      [{ action: 'windowAnswer', body: { version: 3, answer: '已当场答复' } }, 'window-answer'],
      [{ action: 'conference', body: { version: 3, sections: ['政务服务科'], outcome: '会商结论' } }, 'conference'],
      [{ action: 'complaintCheck', body: { version: 3, staffId: null, note: null } }, 'complaint-check'],
      [{ action: 'transfer', body: { version: 3, receiverId: 'r1', note: '请核实' } }, 'transfer'],
      [{ action: 'firstReply', body: { version: 3, text: '已告知进度' } }, 'first-reply'],
      [{ action: 'followUp', body: { version: 3, satisfied: false, text: '群众不满意' } }, 'follow-up'],
      [{ action: 'escalationAnswer', body: { version: 3, outcome: 'NotResolvable', text: '政策不允许' } }, 'escalation-answer'],
      [{ action: 'close', body: { version: 3, outcome: 'Resolved', text: '已办结' } }, 'close'],
    ];
    for (const [request, path] of requests) {
      const done = api.act('c/1', request);
      const req = http.expectOne(`/api/unresolved/cases/c%2F1/${path}`);
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual(request.body);
      req.flush(DETAIL);
      expect(await done).toEqual(DETAIL);
    }
    http.verify();
  });

  it('Should_record_read_a_case_the_workbench_and_the_problem_list', async () => {
    const { api, http } = setUp();
    const input = {
      hallId: 'h1', complainantKind: 'Person' as const, complainantName: '张三', complainantContact: '13800000000', enterpriseName: null,
      channel: 'Window' as const, matter: '社保转移', unitId: null, windowId: null, description: '材料不全无法办理', notAcceptedReason: null,
      notAcceptedExplanation: null,
    };
    const recorded = api.record(input);
    const post = http.expectOne('/api/unresolved/cases');
    expect([post.request.method, post.request.body]).toEqual(['POST', input]);
    post.flush(DETAIL);
    await recorded;

    const read = api.get('c1');
    http.expectOne({ method: 'GET', url: '/api/unresolved/cases/c1' }).flush(DETAIL);
    await read;

    const bench = api.workbench('h1');
    const w = http.expectOne((r) => r.url === '/api/unresolved/workbench');
    expect(w.request.params.get('hallId')).toBe('h1');
    w.flush({});
    await bench;

    const list = api.problemList('h1', 2026, 11);
    const p = http.expectOne((r) => r.url === '/api/unresolved/problem-list');
    expect([p.request.params.get('HallId'), p.request.params.get('Year'), p.request.params.get('Month')]).toEqual(['h1', '2026', '11']);
    p.flush({ lines: [] });
    await list;
    http.verify();
  });

  it('Should_link_the_printed_forms_and_files_for_the_browser_to_open', () => {
    const { api } = setUp();
    expect(api.problemListUrl('h1', 2026, 11, 'xlsx')).toBe('/api/unresolved/problem-list/export?HallId=h1&Year=2026&Month=11');
    expect(api.problemListUrl('h1', 2026, 11, 'pdf')).toBe('/api/unresolved/problem-list/pdf?HallId=h1&Year=2026&Month=11');
    expect(api.registrationFormUrl('c1')).toBe('/api/unresolved/cases/c1/registration-form');
    expect(api.transferSlipUrl('c1', 't1')).toBe('/api/unresolved/cases/c1/transfers/t1/slip');
    expect(api.attachmentUrl('c1', 'f 1')).toBe('/api/unresolved/cases/c1/attachments/f%201');
  });
});
