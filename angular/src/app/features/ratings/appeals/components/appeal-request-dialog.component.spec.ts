import { provideHttpClient } from '@angular/common/http';
import { HttpEventType } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { provideTestTranslations } from '../../../../testing/translations';
import { AppealRequestDialog } from './appeal-request-dialog.component';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AppealRequestDialog', () => {
  it('Should_list_the_evidence_with_kind_and_size_refuse_a_kind_the_server_does_not_take_and_send_it_all_as_multipart_with_progress', async () => {
    const closed: unknown[] = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(), provideHttpClientTesting(), ...provideTestTranslations('zh-Hans'),
        { provide: MAT_DIALOG_DATA, useValue: { ratingId: 'r1', caseNumber: 'SZX-2026-001' } },
        { provide: MatDialogRef, useValue: { close: (v: unknown) => closed.push(v) } },
      ],
    });
    await firstValueFrom(TestBed.inject(TranslateService).use('zh-Hans'));
    const fixture = TestBed.createComponent(AppealRequestDialog);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const dialog = fixture.componentInstance;
    const pick = (...files: File[]) => dialog.pick({ target: { files, value: 'x' } } as unknown as Event);

    pick(new File([new Uint8Array(2048)], '监控截图.png', { type: 'image/png' }), new File(['x'], '录音.m4a'));
    await fixture.whenStable();
    const list = el.querySelector('[data-testid=appeal-file-list]')!.textContent!;
    expect(list).toContain('PNG');
    expect(list).toContain('2 KB');
    expect(list).toContain('只接受 PDF、PNG、JPEG');
    const send = el.querySelector('[data-testid=appeal-send]') as HTMLButtonElement;
    expect(send.disabled).toBe(true);

    dialog.remove('录音.m4a');
    const statement = el.querySelector('[data-testid=appeal-statement]') as HTMLTextAreaElement;
    statement.value = '误评';
    statement.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el.textContent).toContain('至少 5 个字符');
    statement.value = '群众误按了评价器，当场已说明。';
    statement.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(send.disabled).toBe(false);
    send.click();

    const req = TestBed.inject(HttpTestingController).expectOne('/api/ratings/appeals');
    const body = req.request.body as FormData;
    expect([body.get('ratingId'), body.get('reason'), body.get('statement')]).toEqual(['r1', 'Mistaken', '群众误按了评价器，当场已说明。']);
    expect((body.getAll('files') as File[]).map((f) => f.name)).toEqual(['监控截图.png']);
    req.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 100 });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=appeal-progress]')).not.toBeNull();
    req.flush({ id: 'a1' });
    await settle();
    expect(closed).toEqual([{ id: 'a1' }]);
  });
});
