import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatGridListModule } from '@angular/material/grid-list';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, from, map, of, switchMap, tap } from 'rxjs';
import { LanguageService } from '../../../../core/i18n/language.service';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { getMyAttendanceMonth } from '../../../../proxy/fn/attendance-board/get-my-attendance-month';
import { MyMonthDto } from '../../../../proxy/models';
import { beijingToday } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { CalendarDay, buildCalendar, hhmm, parseMonth, shiftMonth } from '../calendar';
import { MY_LEAVE_LINK, WHEREABOUTS_LINK } from '../links';

/**
 * 我的考勤: a month calendar (Monday first, 一 … 日) whose days carry a colour AND a text label for late, absent, leave
 * …; month navigation kept in the URL (?month=2026-10); the chosen day's sessions, punches and leave; links to one's
 * leave and the whereabouts note.
 */
@Component({
  selector: 'app-my-attendance-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatCardModule, MatGridListModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'attendance.board.my.title' | translate }}</h1>
      <div class="links">
        <a mat-stroked-button [routerLink]="leaveLink" data-testid="my-leave-link"><mat-icon>event_busy</mat-icon>{{ 'attendance.board.my.myLeave' | translate }}</a>
        <a mat-flat-button [routerLink]="whereaboutsLink" data-testid="whereabouts-link"><mat-icon>directions_walk</mat-icon>{{ 'attendance.board.my.whereabouts' | translate }}</a>
      </div>
    </div>
    <nav class="months" [attr.aria-label]="'attendance.board.my.calendar' | translate">
      <button mat-icon-button (click)="go(-1)" [attr.aria-label]="'attendance.board.my.previous' | translate" data-testid="month-previous"><mat-icon>chevron_left</mat-icon></button>
      <h2 data-testid="month-title">{{ 'attendance.board.my.month' | translate: current() }}</h2>
      <button mat-icon-button (click)="go(1)" [attr.aria-label]="'attendance.board.my.next' | translate" data-testid="month-next"><mat-icon>chevron_right</mat-icon></button>
      <button mat-button (click)="thisMonth()">{{ 'attendance.board.my.thisMonth' | translate }}</button>
    </nav>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (month(); as m) {
      <mat-grid-list cols="7" rowHeight="28px" class="weekdays" aria-hidden="true">
        @for (w of weekdays; track w) { <mat-grid-tile>{{ 'attendance.board.weekdays.' + w | translate }}</mat-grid-tile> }
      </mat-grid-list>
      <mat-grid-list cols="7" rowHeight="84px" gutterSize="4px" class="calendar" role="group" [attr.aria-label]="'attendance.board.my.calendar' | translate" data-testid="calendar">
        @for (cell of cells(); track $index) {
          <mat-grid-tile>
            @if (cell; as d) {
              <button type="button" class="day" [class]="'day tone-' + d.tone" [class.selected]="selected()?.date === d.date" [attr.aria-pressed]="selected()?.date === d.date"
                      [attr.aria-label]="dayLabel(d)" (click)="selectedDate.set(d.date)" [attr.data-testid]="'day-' + d.date">
                <span class="num">{{ d.day }}</span>
                <span class="marks">
                  @for (t of d.marks; track t) { <span class="mark" [class]="'mark tone-' + t">{{ 'attendance.board.tone.' + t | translate }}</span> }
                  @if (!d.marks.length && d.tone === 'rest') { <span class="mark rest">{{ 'attendance.board.tone.rest' | translate }}</span> }
                  @if (d.pendingLeave) { <span class="mark pending">{{ 'attendance.board.my.pending' | translate }}</span> }
                </span>
              </button>
            }
          </mat-grid-tile>
        }
      </mat-grid-list>

      <div class="below">
        <mat-card appearance="outlined" class="details" data-testid="day-details">
          @if (selected(); as d) {
            <mat-card-header><mat-card-title>{{ 'attendance.board.my.dayDetails' | translate: { date: d.date } }}</mat-card-title></mat-card-header>
            <mat-card-content>
              @if (d.source.sessions.length) {
                <ul class="sessions">
                  @for (s of d.source.sessions; track s.sessionIndex) {
                    <li>
                      <strong>{{ s.sessionName || (('attendance.board.my.session' | translate) + ' ' + (s.sessionIndex + 1)) }}</strong>
                      {{ 'attendance.board.my.expected' | translate }} {{ hhmm(s.expectedStart) }}–{{ hhmm(s.expectedEnd) }} ·
                      {{ 'attendance.board.my.actual' | translate }} {{ hhmm(s.in) || '—' }}–{{ hhmm(s.out) || '—' }} ·
                      <span [class]="'status status-' + s.status">{{ 'attendance.board.status.' + s.status | translate }}</span>
                      @if (s.lateMinutes) { · {{ 'attendance.board.my.lateMinutes' | translate: { count: s.lateMinutes } }} }
                      @if (s.earlyMinutes) { · {{ 'attendance.board.my.earlyMinutes' | translate: { count: s.earlyMinutes } }} }
                      @if (s.isCorrected) { · <em>{{ 'attendance.board.my.corrected' | translate }}</em> }
                    </li>
                  }
                </ul>
              } @else { <p class="muted">{{ 'attendance.board.my.noSessions' | translate }}</p> }
              <h3>{{ 'attendance.board.my.punches' | translate }}</h3>
              @if (d.source.punches.length) {
                <p class="punches">@for (p of d.source.punches; track $index) { <span>{{ hhmm(p) }}</span> }</p>
              } @else { <p class="muted">{{ 'attendance.board.my.noPunches' | translate }}</p> }
              @for (l of d.source.leave; track l.leaveRequestId) {
                <p class="leave">{{ 'attendance.board.my.leave' | translate }}：{{ lang() === 'en' ? l.typeNameEn : l.typeNameZh }}
                  （@if (l.morning) { <span>{{ 'attendance.board.my.morning' | translate }}</span> } @if (l.afternoon) { <span>{{ 'attendance.board.my.afternoon' | translate }}</span> }）
                  @if (l.status === 'Pending') { · {{ 'attendance.board.my.pending' | translate }} }</p>
              }
            </mat-card-content>
          } @else { <mat-card-content><p class="muted">{{ 'attendance.board.my.chooseDay' | translate }}</p></mat-card-content> }
        </mat-card>
        <mat-card appearance="outlined" class="summary" data-testid="month-summary">
          <mat-card-header><mat-card-title>{{ 'attendance.board.my.summary' | translate }}</mat-card-title></mat-card-header>
          <mat-card-content>
            <p>{{ 'attendance.board.my.workingDays' | translate: { count: m.summary.workingDays } }} · {{ 'attendance.board.my.sessions' | translate: { count: m.summary.sessions } }}</p>
            <ul>
              @for (c of m.summary.byStatus; track c.status) {
                <li><span [class]="'status status-' + c.status">{{ 'attendance.board.status.' + c.status | translate }}</span>：{{ c.count }}</li>
              }
            </ul>
          </mat-card-content>
        </mat-card>
      </div>
    }
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; flex-wrap: wrap; gap: 8px; } h1 { font-size: 22px; }
    .links { display: flex; gap: 8px; flex-wrap: wrap; }
    .months { display: flex; align-items: center; gap: 4px; } .months h2 { font-size: 18px; margin: 0 8px; min-width: 120px; text-align: center; }
    .weekdays { font-weight: 500; color: rgba(0, 0, 0, .7); }
    .day { width: 100%; height: 100%; border: 1px solid #ddd; border-radius: 6px; background: #fff; display: flex; flex-direction: column;
      align-items: flex-start; padding: 4px; cursor: pointer; font: inherit; text-align: left; overflow: hidden; }
    .day:focus-visible { outline: 3px solid #1565c0; }
    .num { font-weight: 500; } .marks { display: flex; flex-wrap: wrap; gap: 2px; margin-top: 2px; }
    .mark { font-size: 11px; line-height: 16px; padding: 0 4px; border-radius: 3px; background: #eee; color: #222; }
    .tone-absent, .mark.tone-absent, .mark.tone-outWithoutLeave, .mark.tone-offPost { background: #fde0dc; color: #8c1d18; }
    .tone-late, .mark.tone-late, .mark.tone-early { background: #fff1cc; color: #6b4700; }
    .mark.tone-leave, .mark.tone-officialBusiness { background: #dbe9ff; color: #0b3d91; }
    .mark.tone-present { background: #e3f3e5; color: #1b5e20; }
    .day.tone-rest { background: #f5f5f5; color: rgba(0, 0, 0, .55); } .mark.rest { background: transparent; }
    .day.tone-absent, .day.tone-outWithoutLeave, .day.tone-offPost { border-color: #e6a39c; } .day.tone-late, .day.tone-early { border-color: #e8c35a; }
    .day.tone-leave, .day.tone-officialBusiness { border-color: #8fb3ee; }
    .mark.pending { background: #ede7f6; color: #4527a0; }
    .day.selected { border: 2px solid #1565c0; box-shadow: 0 0 0 1px #1565c0; }
    .below { display: grid; grid-template-columns: 2fr 1fr; gap: 12px; margin-top: 12px; }
    .sessions { padding-left: 18px; line-height: 1.8; } .punches span { display: inline-block; margin-right: 12px; font-variant-numeric: tabular-nums; }
    .status-Late, .status-EarlyLeave { color: #6b4700; font-weight: 500; } .status-Absent, .status-OffPost, .status-OutWithoutLeave { color: #8c1d18; font-weight: 500; }
    .status-OnLeave, .status-OfficialBusiness { color: #0b3d91; } .muted { color: rgba(0, 0, 0, .6); } h3 { font-size: 14px; margin: 12px 0 4px; }
    @media (max-width: 599px) { .below { grid-template-columns: 1fr; } .mark { font-size: 10px; } }
  `,
})
export class MyAttendancePage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly translate = inject(TranslateService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly weekdays = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6'];
  protected readonly leaveLink = MY_LEAVE_LINK;
  protected readonly whereaboutsLink = WHEREABOUTS_LINK;
  protected readonly hhmm = hhmm;
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly selectedDate = signal<string | null>(null);

  protected readonly current = toSignal(this.route.queryParamMap.pipe(map((q) => parseMonth(q.get('month')) ?? thisMonth())), { requireSync: true });
  protected readonly month = toSignal(this.route.queryParamMap.pipe(
    map((q) => parseMonth(q.get('month')) ?? thisMonth()),
    tap(() => { this.loading.set(true); this.problem.set(null); this.selectedDate.set(null); }),
    switchMap((m) => from(this.api.invoke(getMyAttendanceMonth, { Year: m.year, Month: m.month })).pipe(
      catchError((e) => { this.problem.set(toProblem(e)); return of(null); }))),
    tap(() => this.loading.set(false)),
  ), { initialValue: null });

  protected readonly weeks = computed(() => { const m = this.month(); return m ? buildCalendar(m) : []; });
  protected readonly cells = computed(() => this.weeks().flat());
  protected readonly selected = computed(() => {
    const date = this.selectedDate() ?? (this.month() && beijingToday().startsWith(this.monthKey()) ? beijingToday() : null);
    return this.cells().find((c) => c?.date === date) ?? null;
  });

  go(delta: number): void {
    const m = this.current();
    void this.router.navigate([], { relativeTo: this.route, queryParams: { month: shiftMonth(m.year, m.month, delta) } });
  }

  thisMonth(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { month: null } });
  }

  /** The day for a screen reader: its date and every mark in words (the colours say nothing to it). */
  protected dayLabel(d: CalendarDay): string {
    this.lang();
    const marks = (d.marks.length ? d.marks : [d.tone]).map((t) => this.translate.instant(`attendance.board.tone.${t}`));
    if (d.pendingLeave) marks.push(this.translate.instant('attendance.board.my.pending'));
    return this.translate.instant('attendance.board.my.dayLabel', { date: d.date, marks: marks.join('、') });
  }

  private monthKey(): string {
    const m = this.current();
    return `${m.year}-${String(m.month).padStart(2, '0')}`;
  }
}

function thisMonth(): { year: number; month: number } {
  return parseMonth(beijingToday().slice(0, 7))!;
}
