import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { provideTestTranslations } from '../../../testing/translations';
import { RatePage } from './rate.page';

const WINDOW_ID = '0b7e6c9a-1d2f-4a3b-9c8d-7e6f5a4b3c2d';
const WINDOW = {
  windowId: WINDOW_ID, hallName: '深圳市行政服务中心', unitName: '综合受理窗口', windowCode: 'A01', windowName: '综合一号窗',
  matters: [{ code: 'M001', name: '营业执照变更登记' }], tags: [{ code: 'attitude', nameZh: '态度', nameEn: 'Attitude' }],
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('RatePage', () => {
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), ...provideTestTranslations('zh-Hans')] });
    await firstValueFrom(TestBed.inject(TranslateService).use('zh-Hans'));
    backend = TestBed.inject(HttpTestingController);
  });

  async function open() {
    const fixture = TestBed.createComponent(RatePage);
    fixture.componentRef.setInput('windowId', WINDOW_ID);
    await fixture.whenStable();
    backend.expectOne(`/api/public/ratings/windows/${WINDOW_ID}`).flush(WINDOW);
    await settle();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const click = async (id: string) => { el.querySelector<HTMLElement>(`[data-testid=${id}]`)!.click(); await fixture.whenStable(); };
    const type = async (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`[data-testid=${id}]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    return { fixture, el, click, type };
  }

  it('Should_send_the_same_submission_id_when_a_lost_answer_is_retried', async () => {
    const { fixture, el, click, type } = await open();
    expect(el.querySelector('[data-testid=rate-window]')?.textContent).toContain('综合一号窗');
    await click('rate-level-4');
    await type('rate-case-number', ' SZX-2026-0001 ');
    await click('rate-submit');
    const first = backend.expectOne('/api/public/ratings');
    expect(first.request.body).toMatchObject({ windowId: WINDOW_ID, caseNumber: 'SZX-2026-0001', level: 4, raterKind: 'Anonymous' });
    const browser = first.request.headers.get('X-Rating-Client');
    expect(browser).toMatch(/^[0-9a-f-]{36}$/);
    first.error(new ProgressEvent('error'), { status: 0 });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=rate-error]')?.textContent).toContain('网络连接失败');

    await click('rate-submit');
    const retry = backend.expectOne('/api/public/ratings');
    expect(retry.request.body.submissionId).toBe(first.request.body.submissionId);
    expect(retry.request.headers.get('X-Rating-Client')).toBe(browser);
    retry.flush({ stored: true, duplicate: false, opensCase: true });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=rate-thanks]')?.textContent).toContain('尽快核实处理');

    await click('rate-again');
    await click('rate-level-1');
    await type('rate-case-number', 'SZX-2026-0002');
    await click('rate-submit');
    const next = backend.expectOne('/api/public/ratings');
    expect(next.request.body.submissionId).not.toBe(first.request.body.submissionId);
  });

  it('Should_say_a_case_was_already_rated_and_send_nothing_while_the_form_is_incomplete', async () => {
    const { fixture, el, click, type } = await open();
    await click('rate-submit');
    backend.expectNone('/api/public/ratings');
    expect(el.textContent).toContain('请选择满意程度');

    await click('rate-level-2');
    await type('rate-case-number', 'SZX-2026-0001');
    await click('rate-submit');
    backend.expectOne('/api/public/ratings').flush({ title: '该办件已评价', code: 'Ratings:00004' }, { status: 400, statusText: 'Bad Request' });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=rate-error]')?.textContent).toContain('一件事项只能评价一次');
  });
});
