import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { provideTestTranslations } from '../../../testing/translations';
import type { ContestStaffDto } from '../../../proxy/models';
import type { ContestDto } from '../contests.api';
import { ContestConsolePage } from './console.page';

/** Lets the page's promise chains (HTTP → signal → view) run. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const JUDGE: ContestStaffDto = { staffId: 'j1', staffNumber: 'S0005', name: '赵六', role: 'Judge', unitName: '综合受理窗口' };

/** A draft contest with one judged round (valid as it stands, no judges of its own yet). */
function contest(patch: Partial<ContestDto>): ContestDto {
  return {
    id: 'c1', title: '窗口技能大赛', description: null, state: 'Draft', version: 1, ownerHallId: null, scopeHalls: [], entryMode: 'Individual',
    teamSize: 1, creditHours: 2, entryOpensAt: '2026-12-01T00:00:00Z', entryClosesAt: '2026-12-08T00:00:00Z', showNamesOnBoard: false,
    awardTiers: [], announcedAt: null, canManage: true, entryCount: 0, isOpenForEntry: false, mayWithdraw: false, myEntryId: null, myRoles: [],
    staff: [],
    rounds: [{
      id: 'r1', order: 1, kind: 'Practical', title: '窗口实操', weight: 100, examId: null, examTitle: null, state: 'Pending', openedAt: null,
      closedAt: null, criteria: [{ name: '服务规范', maxPoints: 50 }], judgeStaffIds: [],
    }],
    ...patch,
  } as ContestDto;
}

async function open() {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]), provideHttpClient(), provideHttpClientTesting(), ...provideTestTranslations('zh-Hans'),
      // A tab's content comes and goes at once, as when the tab's animation has run (jsdom runs none).
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  await firstValueFrom(TestBed.inject(TranslateService).use('zh-Hans'));
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(ContestConsolePage);
  fixture.componentRef.setInput('id', 'c1');
  fixture.detectChanges();
  await settle();
  http.expectOne('/api/contests/c1').flush(contest({}));
  await settle();
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const stable = async () => {
    await settle();
    await fixture.whenStable();
  };
  const tab = async (name: string) => {
    [...el.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent?.includes(name))!.click();
    await stable();
  };
  const click = async (testId: string) => {
    el.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)!.click();
    await stable();
  };
  return { http, el, tab, click, stable };
}

describe('ContestConsolePage', () => {
  it('Should_keep_what_the_people_tab_saved_when_the_organiser_moves_to_the_rounds_tab_before_the_answer_arrives', async () => {
    const { http, el, tab, click, stable } = await open();
    await tab('组织者与评委');
    await click('staff-save');
    const staff = http.expectOne('/api/contests/c1/staff');
    await tab('赛程与评分项');
    expect(el.querySelector('[data-testid=staff-save]'), 'the people tab is gone before its save is answered').toBeNull();

    staff.flush(contest({ version: 2, staff: [JUDGE] }));
    await stable();

    // The judge just saved is offered for the round …
    await click('round-judges-0');
    expect([...document.querySelectorAll('mat-option')].map((o) => o.textContent?.trim())).toEqual(['S0005 赵六']);
    // … and the rounds' save sends the version the people's save made, not the one it replaced.
    await click('rounds-save');
    expect(http.expectOne('/api/contests/c1/rounds').request.body.version).toBe(2);
  });
});
