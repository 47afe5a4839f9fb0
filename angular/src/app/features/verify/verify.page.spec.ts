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

  async function open(code: string) {
    const fixture = TestBed.createComponent(VerifyPage);
    fixture.componentRef.setInput('code', code);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement, req: backend.expectOne(`/api/public/certificates/${code.toUpperCase()}`) };
  }

  it('Should_show_a_genuine_certificate_with_the_masked_holder', async () => {
    const { fixture, el, req } = await open('abcd-efgh-2345');
    expect(el.querySelector<HTMLInputElement>('[data-testid=verify-code]')?.value).toBe('ABCD-EFGH-2345');
    req.flush({ genuine: true, status: 'Valid', title: '岗前培训合格证', holderMasked: '刘*', issuedOn: '2026-11-30', expiresOn: '2029-11-29' });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=verify-result]')?.getAttribute('data-status')).toBe('Valid');
    expect(el.querySelector('[data-testid=verify-status]')?.textContent).toContain('真实有效');
    expect(el.querySelector('[data-testid=verify-holder]')?.textContent).toBe('刘*');
    expect(el.textContent).toContain('2029-11-29');
  });

  it('Should_show_a_revoked_certificate_as_revoked', async () => {
    const { fixture, el, req } = await open('ABCD-EFGH-2345');
    req.flush({ genuine: true, status: 'Revoked', title: '岗前培训合格证', holderMasked: '刘*', issuedOn: '2026-11-30', expiresOn: null });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=verify-status]')?.textContent).toContain('已吊销');
    expect(el.textContent).toContain('长期有效');
  });

  it('Should_ask_to_wait_when_the_server_refuses_too_many_queries', async () => {
    const { fixture, el, req } = await open('ABCD-EFGH-2345');
    req.flush({ title: 'Too Many Requests', status: 429, code: 'Common:TooManyRequests' }, { status: 429, statusText: 'Too Many Requests' });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=problem]')?.textContent).toContain('查询过于频繁，请稍后再试');
    expect(el.querySelector('[data-testid=verify-result]')).toBeNull();
  });
});
