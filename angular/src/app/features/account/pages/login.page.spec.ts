import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { LoginPage } from './login.page';
import { provideTestTranslations } from '../../../testing/translations';

/** Lets the page's promise chain (HTTP → signal → router) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LoginPage', () => {
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        ...provideTestTranslations('zh-Hans'),
      ],
    });
    await firstValueFrom(TestBed.inject(TranslateService).use('zh-Hans'));
    backend = TestBed.inject(HttpTestingController);
  });

  async function render() {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('Should_show_required_messages_without_calling_the_server', async () => {
    const { fixture, el } = await render();
    el.querySelector<HTMLButtonElement>('[data-testid=login-submit]')!.click();
    await fixture.whenStable();
    expect(el.querySelectorAll('mat-error')).toHaveLength(2);
    expect(el.textContent).toContain('必填');
    backend.expectNone('/api/account/login');
  });

  it('Should_show_the_servers_message_when_the_sign_in_is_refused', async () => {
    const { fixture, el } = await render();
    const input = (id: string, value: string) => {
      const i = el.querySelector<HTMLInputElement>(`[data-testid=${id}]`)!;
      i.value = value;
      i.dispatchEvent(new Event('input'));
    };
    input('login-user', 'S0004');
    input('login-password', 'wrong');
    el.querySelector<HTMLButtonElement>('[data-testid=login-submit]')!.click();
    backend.expectOne('/api/account/antiforgery').flush(null);
    await settle();
    const req = backend.expectOne('/api/account/login');
    expect(req.request.body).toEqual({ userName: 'S0004', password: 'wrong' });
    req.flush({ title: '用户名或密码不正确。', status: 401, code: 'Identity:00001' }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=problem]')?.textContent).toContain('用户名或密码不正确。');
  });

  it('Should_go_to_the_return_url_after_signing_in', async () => {
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const { fixture, el } = await render();
    fixture.componentRef.setInput('returnUrl', '/organization/tree');
    for (const [id, v] of [['login-user', 'admin'], ['login-password', 'Demo@2026']]) {
      const i = el.querySelector<HTMLInputElement>(`[data-testid=${id}]`)!;
      i.value = v;
      i.dispatchEvent(new Event('input'));
    }
    el.querySelector<HTMLButtonElement>('[data-testid=login-submit]')!.click();
    backend.expectOne('/api/account/antiforgery').flush(null);
    await settle();
    backend.expectOne('/api/account/login').flush({
      userId: 'u', userName: 'admin', displayName: '系统管理员', staffId: null, roles: ['Admin'], permissions: ['Organization.Staff'],
      scope: { kind: 'All', staffId: null, unitIds: [], hallIds: [] }, mustChangePassword: false,
    });
    await settle();
    expect(navigate).toHaveBeenCalledWith('/organization/tree');
  });
});
