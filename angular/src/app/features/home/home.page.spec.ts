import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { EN } from '../../core/i18n/en';
import { ZH_HANS } from '../../core/i18n/zh-hans';
import { translationsFor } from '../../core/feature';
import { APP_FEATURES } from '../features';
import { HomeItemDto } from '../../proxy/models';
import { HomePage, groupHomeItems } from './home.page';
import { provideTestTranslations } from '../../testing/translations';

/** Every key the server can send (Learning's LearningHomeItems); a module that adds items adds its keys here and to both languages. */
const SERVER_KEYS = [
  'learning.preJobMissing', 'learning.preJobLapsed', 'learning.preJobExpiring', 'learning.requiredCourses', 'learning.openExams',
  'learning.windowStaffWithoutPreJob', 'learning.certificatesExpiring', 'learning.newcomersWithoutPreJob', 'learning.preJobCoverage',
  'BulletinDraftsWaiting', 'BulletinsNew',
  'ratings.badRatingCasesDue', 'ratings.appealsToDecide', 'ratings.myNewBadRatings',
  'contests.openForEntry', 'contests.entriesToConfirm', 'contests.sheetsToScore',
];

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const item = (patch: Partial<HomeItemDto>): HomeItemDto => ({
  key: 'learning.requiredCourses', kind: 'Todo', count: 2, link: '/my-learning/courses', severity: 'Info', args: null, ...patch,
});

function lookup(root: object, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), root);
}

describe('HomePage', () => {
  beforeAll(() => {
    // jsdom has neither a canvas nor ResizeObserver; give ECharts what it needs to draw into nothing.
    globalThis.ResizeObserver ??= class { observe(): void {} unobserve(): void {} disconnect(): void {} } as unknown as typeof ResizeObserver;
    HTMLCanvasElement.prototype.getContext = (() => new Proxy({}, {
      get: (_t, p) => (p === 'measureText' ? () => ({ width: 10 }) : p === 'canvas' ? document.createElement('canvas') : () => undefined),
    })) as unknown as typeof HTMLCanvasElement.prototype.getContext;
  });

  it('Should_put_notices_and_to_dos_first_by_urgency_and_figures_apart', () => {
    const grouped = groupHomeItems([
      item({ key: 'a', severity: 'Info' }),
      item({ key: 'f', kind: 'Figure', count: 5 }),
      item({ key: 'b', severity: 'Warning' }),
      item({ key: 'c', kind: 'Notice', severity: 'Urgent', count: null }),
      item({ key: 'd', severity: 'Info' }),
    ]);
    expect(grouped.todo.map((i) => i.key)).toEqual(['c', 'b', 'a', 'd']);
    expect(grouped.figures.map((i) => i.key)).toEqual(['f']);
  });

  it('Should_show_the_urgent_pre_job_notice_first_linking_to_the_course_and_figures_with_a_chart', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]), provideHttpClient(), provideHttpClientTesting(),
        ...provideTestTranslations('zh-Hans'),
      ],
    });
    await firstValueFrom(TestBed.inject(TranslateService).use('zh-Hans'));
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/home').flush({
      items: [
        item({ key: 'learning.requiredCourses', count: 2 }),
        item({ key: 'learning.certificatesExpiring', count: 3, severity: 'Warning', link: '/learning/certificates?kind=PreJob&status=Valid&sort=expiresOn%20asc', args: { days: '30' } }),
        item({ key: 'learning.preJobCoverage', kind: 'Figure', count: 80, link: '/learning/certificates?kind=PreJob&status=Valid',
          args: { numerator: '80', denominator: '120', windowNumerator: '80', windowDenominator: '80' } }),
        item({ key: 'learning.preJobMissing', kind: 'Notice', count: null, severity: 'Urgent', link: '/my-learning/courses/c-1',
          args: { courseId: 'c-1', course: '窗口工作人员岗前培训' } }),
      ],
    });
    await settle();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    const todos = [...el.querySelectorAll('[data-testid=home-todo] [data-testid=home-item]')];
    expect(todos.map((t) => t.getAttribute('data-key'))).toEqual(['learning.preJobMissing', 'learning.certificatesExpiring', 'learning.requiredCourses']);
    expect(todos[0].textContent).toContain('尚未取得岗前培训合格证');
    expect(todos[0].textContent).toContain('岗前培训合格后方可上岗');
    expect(todos[0].textContent).toContain('课程：窗口工作人员岗前培训');
    expect(todos[0].querySelector('a')?.getAttribute('href')).toBe('/my-learning/courses/c-1');
    expect(todos[1].textContent).toContain('3 人的岗前培训合格证将在 30 天内到期');
    expect(todos[1].querySelector('a')?.getAttribute('href')).toBe('/learning/certificates?kind=PreJob&status=Valid&sort=expiresOn%20asc');
    expect(todos[2].textContent).toContain('2 门必修课程未学完');

    const figure = el.querySelector('[data-testid=home-figures] [data-testid=home-figure]')!;
    expect(figure.querySelector('[data-testid=home-figure-value]')?.textContent).toContain('66.7%');
    expect(figure.textContent).toContain('80 / 120 人持有有效合格证');
    expect(figure.querySelector('[data-testid=bar-chart]')).not.toBeNull();
    expect(figure.querySelector('a')?.getAttribute('href')).toBe('/learning/certificates?kind=PreJob&status=Valid');
  });

  it('Should_say_so_when_there_is_nothing_to_do', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]), provideHttpClient(), provideHttpClientTesting(),
        ...provideTestTranslations('en'),
      ],
    });
    await firstValueFrom(TestBed.inject(TranslateService).use('en'));
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/home').flush({ items: [] });
    await settle();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid=home-nothing]')?.textContent).toContain('Nothing to do right now.');
    expect(el.querySelector('[data-testid=home-figures]')).toBeNull();
  });

  it('Should_have_a_title_and_an_action_in_both_languages_for_every_key_the_server_sends', () => {
    for (const key of SERVER_KEYS) {
      for (const [lang, root] of [['zh-Hans', translationsFor('zh-Hans', ZH_HANS, APP_FEATURES)], ['en', translationsFor('en', EN, APP_FEATURES)]] as const) {
        expect(typeof lookup(root, `home.items.${key}.title`), `${lang} home.items.${key}.title`).toBe('string');
        expect(typeof lookup(root, `home.items.${key}.action`), `${lang} home.items.${key}.action`).toBe('string');
      }
    }
  });
});
