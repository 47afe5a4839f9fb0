import { HttpClient, provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from './i18n/language.service';
import { FORCED_PASSWORD_CHANGE, authErrorInterceptor, languageInterceptor } from './interceptors';

describe('HTTP interceptors', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslateService({ lang: 'zh-Hans' }),
        provideHttpClient(withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }), withInterceptors([languageInterceptor, authErrorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    vi.spyOn(router, 'navigate').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  it('Should_send_the_UI_language_as_Accept_Language', async () => {
    TestBed.inject(LanguageService).current.set('en');
    const done = firstValueFrom(http.get('/api/organization/tree'));
    const req = backend.expectOne('/api/organization/tree');
    expect(req.request.headers.get('Accept-Language')).toBe('en');
    req.flush({});
    await done;
  });

  it('Should_go_to_the_sign_in_page_on_401', async () => {
    const done = firstValueFrom(http.get('/api/organization/staff')).catch((e) => e);
    backend.expectOne('/api/organization/staff').flush({ title: 'x' }, { status: 401, statusText: 'Unauthorized' });
    expect((await done).status).toBe(401);
    expect(router.navigate).toHaveBeenCalledWith(['/login'], expect.anything());
  });

  it('Should_go_to_the_password_page_on_a_forced_password_change', async () => {
    const done = firstValueFrom(http.get('/api/organization/staff')).catch((e) => e);
    backend.expectOne('/api/organization/staff').flush({ code: FORCED_PASSWORD_CHANGE, title: 'x' }, { status: 403, statusText: 'Forbidden' });
    await done;
    expect(router.navigate).toHaveBeenCalledWith(['/change-password']);
  });

  it('Should_not_redirect_on_a_plain_403', async () => {
    const done = firstValueFrom(http.get('/api/identity/users')).catch((e) => e);
    backend.expectOne('/api/identity/users').flush({ code: 'Common:Forbidden', title: 'x' }, { status: 403, statusText: 'Forbidden' });
    await done;
    expect(router.navigate).not.toHaveBeenCalled();
  });
});
