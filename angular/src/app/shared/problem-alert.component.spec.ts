import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { ProblemAlertComponent } from './problem-alert.component';

describe('ProblemAlertComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslateService({ lang: 'zh-Hans' })] }));

  it('Should_show_the_server_title_field_messages_and_bad_rows', async () => {
    const fixture = TestBed.createComponent(ProblemAlertComponent);
    fixture.componentRef.setInput('problem', {
      status: 422, title: '导入文件有 1 处错误', errors: { name: ['姓名必填'] },
      rows: [{ sheet: '人员', row: 7, column: '工号', message: '工号重复' }],
    });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[role=alert]')?.textContent).toContain('导入文件有 1 处错误');
    expect(el.textContent).toContain('姓名必填');
    expect(el.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(el.querySelector('tbody tr')?.textContent).toContain('工号重复');
  });

  it('Should_render_nothing_without_a_problem', async () => {
    const fixture = TestBed.createComponent(ProblemAlertComponent);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role=alert]')).toBeNull();
  });
});
