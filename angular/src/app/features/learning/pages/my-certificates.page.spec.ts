import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CertificateDto } from '../../../proxy/models';
import { MyCertificatesPage } from './my-certificates.page';
import { provideTestTranslations } from '../../../testing/translations';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const certificate = (patch: Partial<CertificateDto>): CertificateDto => ({
  id: 'c1', staffId: 's1', holderName: '刘刚', kind: 'PreJob', title: '岗前培训合格证', source: 'Earned', code: 'ABCD-EFGH-2345',
  issuedOn: '2026-11-30', expiresOn: '2029-11-29', status: 'Valid', revokedAt: null, revokedReason: null, ...patch,
});

describe('MyCertificatesPage', () => {
  it('Should_list_my_certificates_with_status_revocation_reason_and_a_verification_link', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]), provideHttpClient(), provideHttpClientTesting(),
        ...provideTestTranslations('zh-Hans'),
      ],
    });
    await firstValueFrom(TestBed.inject(TranslateService).use('zh-Hans'));
    const fixture = TestBed.createComponent(MyCertificatesPage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/learning/my/certificates').flush([
      certificate({}),
      certificate({ id: 'c2', kind: 'Course', title: '窗口服务规范结业证', source: 'Imported', code: 'WXYZ-2345-6789', status: 'Revoked',
        revokedAt: '2026-12-01T02:00:00Z', revokedReason: '考试作弊' }),
    ]);
    await settle();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const cards = el.querySelectorAll('[data-testid=certificate]');
    expect(cards).toHaveLength(2);
    expect(cards[0].querySelector('[data-testid=certificate-status]')?.textContent).toContain('有效');
    expect(cards[1].getAttribute('data-status')).toBe('Revoked');
    expect(cards[1].textContent).toContain('吊销原因：考试作弊');
    expect(cards[1].textContent).toContain('导入');
    expect(cards[1].querySelector('a[href="/verify/WXYZ-2345-6789"]')).not.toBeNull();
  });
});
