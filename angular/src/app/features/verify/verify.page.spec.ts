import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { VerifyPage } from './verify.page';
import { provideTestTranslations } from '../../testing/translations';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('VerifyPage', () => {
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]), provideHttpClient(), provideHttpClientTesting(),
        ...provideTestTranslations('zh-Hans'),
      ],
    });
    await firstValueFrom(TestBed.inject(TranslateService).use('zh-Hans'));
    backend = TestBed.inject(HttpTestingController);
  });

  /** A skill contest's award certificate: none has the code unless a test says so. */
  const NO_AWARD = { genuine: false, contestTitle: null, tier: null, holderMasked: null, issuedOn: null };

  async function open(code: string, award: object = NO_AWARD) {
    const fixture = TestBed.createComponent(VerifyPage);
    fixture.componentRef.setInput('code', code);
    await fixture.whenStable();
    const upper = code.toUpperCase();
    const req = backend.expectOne(`/api/public/certificates/${upper}`);
    const doc = backend.expectOne(`/api/public/documents/${upper}`);
    backend.expectOne(`/api/public/contests/certificates/${upper}`).flush(award);
    return { fixture, el: fixture.nativeElement as HTMLElement, req, doc };
  }

  async function settled(fixture: { whenStable(): Promise<unknown> }) {
    await settle();
    await fixture.whenStable();
  }

  it('Should_show_a_genuine_certificate_with_the_masked_holder', async () => {
    const { fixture, el, req, doc } = await open('abcd-efgh-2345');
    expect(el.querySelector<HTMLInputElement>('[data-testid=verify-code]')?.value).toBe('ABCD-EFGH-2345');
    req.flush({ genuine: true, status: 'Valid', title: '岗前培训合格证', holderMasked: '刘*', issuedOn: '2026-11-30', expiresOn: '2029-11-29' });
    doc.flush({ found: false });
    await settled(fixture);
    expect(el.querySelector('[data-testid=verify-result]')?.getAttribute('data-kind')).toBe('certificate');
    expect(el.querySelector('[data-testid=verify-result]')?.getAttribute('data-status')).toBe('Valid');
    expect(el.querySelector('[data-testid=verify-status]')?.textContent).toContain('真实有效');
    expect(el.querySelector('[data-testid=verify-holder]')?.textContent).toBe('刘*');
    expect(el.textContent).toContain('2029-11-29');
  });

  it('Should_show_a_skill_contest_award_certificate_with_its_contest_and_tier', async () => {
    const award = { genuine: true, contestTitle: '窗口技能大赛', tier: 'First', holderMasked: '刘*', issuedOn: '2026-12-04' };
    const { fixture, el, req, doc } = await open('ABCD-EFGH-2345', award);
    req.flush({ genuine: false, status: null, title: null, holderMasked: null, issuedOn: null, expiresOn: null });
    doc.flush({ found: false });
    await settled(fixture);
    expect(el.querySelector('[data-testid=verify-result]')?.getAttribute('data-kind')).toBe('contest-award');
    expect(el.querySelector('[data-testid=verify-result]')?.getAttribute('data-status')).toBe('Valid');
    expect(el.querySelector('[data-testid=verify-contest]')?.textContent).toBe('窗口技能大赛');
    expect(el.querySelector('[data-testid=verify-holder]')?.textContent).toBe('刘*');
  });

  it('Should_show_a_revoked_certificate_as_revoked', async () => {
    const { fixture, el, req, doc } = await open('ABCD-EFGH-2345');
    req.flush({ genuine: true, status: 'Revoked', title: '岗前培训合格证', holderMasked: '刘*', issuedOn: '2026-11-30', expiresOn: null });
    doc.flush({ found: false });
    await settled(fixture);
    expect(el.querySelector('[data-testid=verify-status]')?.textContent).toContain('已吊销');
    expect(el.textContent).toContain('长期有效');
  });

  it('Should_ask_to_wait_when_the_server_refuses_too_many_queries', async () => {
    const { fixture, el, req, doc } = await open('ABCD-EFGH-2345');
    req.flush({ title: 'Too Many Requests', status: 429, code: 'Common:TooManyRequests' }, { status: 429, statusText: 'Too Many Requests' });
    doc.flush({ found: false });
    await settled(fixture);
    expect(el.querySelector('[data-testid=problem]')?.textContent).toContain('查询过于频繁，请稍后再试');
    expect(el.querySelector('[data-testid=verify-result]')).toBeNull();
  });
  it('Should_say_not_found_when_neither_a_certificate_nor_a_document_has_the_code', async () => {
    const { fixture, el, req, doc } = await open('ZZZZ-2222-ZZZZ');
    req.flush({ genuine: false, status: null, title: null, holderMasked: null, issuedOn: null, expiresOn: null });
    // An older server without the document API answers 404: that is "not found" too, not an error.
    doc.flush({ title: 'Not Found', status: 404 }, { status: 404, statusText: 'Not Found' });
    await settled(fixture);
    expect(el.querySelector('[data-testid=verify-result]')?.getAttribute('data-status')).toBe('NotFound');
    expect(el.querySelector('[data-testid=problem]')).toBeNull();
  });

  it('Should_show_a_published_document_with_its_number_and_hash', async () => {
    const { fixture, el, req, doc } = await open('BCDE-FGHJ-2345');
    req.flush({ genuine: false, status: null, title: null, holderMasked: null, issuedOn: null, expiresOn: null });
    doc.flush(DOCUMENT);
    await settled(fixture);
    const result = el.querySelector('[data-testid=verify-result]')!;
    expect(result.getAttribute('data-kind')).toBe('document');
    expect(result.getAttribute('data-status')).toBe('Published');
    expect(el.querySelector('[data-testid=verify-status]')?.textContent).toContain('真实有效');
    expect(el.querySelector('[data-testid=verify-number]')?.textContent).toBe('〔2026〕第1期');
    expect(el.querySelector('[data-testid=verify-kind]')?.textContent).toBe('培训完成情况通报');
    expect(el.querySelector('[data-testid=verify-sha256]')?.textContent?.replace(/\s/g, '')).toBe(HELLO_SHA256);
    expect(el.textContent).toContain('不会上传');
    expect(el.querySelector('[data-testid=verify-withdrawn]')).toBeNull();
  });

  it('Should_show_a_withdrawn_document_with_its_reason_even_when_the_certificate_query_failed', async () => {
    const { fixture, el, req, doc } = await open('BCDE-FGHJ-2345');
    req.flush({ title: 'Server Error', status: 500 }, { status: 500, statusText: 'Server Error' });
    doc.flush({ ...DOCUMENT, state: 'Withdrawn', withdrawReason: '数据有误，更正后重发' });
    await settled(fixture);
    expect(el.querySelector('[data-testid=verify-result]')?.getAttribute('data-status')).toBe('Withdrawn');
    expect(el.querySelector('[data-testid=verify-status]')?.textContent).toContain('已撤回');
    expect(el.querySelector('[data-testid=verify-withdraw-reason]')?.textContent).toBe('数据有误，更正后重发');
    expect(el.querySelector('[data-testid=problem]')).toBeNull();
  });

  it('Should_check_a_picked_file_against_the_registered_hash', async () => {
    const { fixture, el, req, doc } = await open('BCDE-FGHJ-2345');
    req.flush({ genuine: false, status: null, title: null, holderMasked: null, issuedOn: null, expiresOn: null });
    doc.flush(DOCUMENT);
    await settled(fixture);

    await pick(fixture, el, new File(['hello'], '通报.pdf', { type: 'application/pdf' }));
    let outcome = el.querySelector('[data-testid=verify-file-result]')!;
    expect(outcome.getAttribute('data-match')).toBe('true');
    expect(outcome.textContent).toContain('一致');
    expect(outcome.textContent).toContain('通报.pdf');

    await pick(fixture, el, new File(['hello!'], '改过的.pdf', { type: 'application/pdf' }));
    outcome = el.querySelector('[data-testid=verify-file-result]')!;
    expect(outcome.getAttribute('data-match')).toBe('false');
    expect(outcome.textContent).toContain('不一致');
  });

  async function pick(fixture: { whenStable(): Promise<unknown> }, el: HTMLElement, file: File) {
    const input = el.querySelector<HTMLInputElement>('[data-testid=verify-file]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    // Hashing reads the file in chunks with a turn of the event loop between them.
    for (let i = 0; i < 10 && !el.querySelector('[data-testid=verify-file-result]')?.textContent?.includes(file.name); i++) await settled(fixture);
  }
});

/** SHA-256 of the five bytes "hello". */
const HELLO_SHA256 = '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';
const DOCUMENT = {
  found: true, kindNameZhHans: '培训完成情况通报', kindNameEn: 'Training completion bulletin', title: '关于2026年11月培训完成情况的通报',
  numberText: '〔2026〕第1期', issuingBody: '示范市政务服务中心', issuedOn: '2026-12-02', sha256: HELLO_SHA256.toUpperCase(), state: 'Published',
  withdrawReason: null, withdrawnAt: null,
};
