import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../../../core/i18n/language.service';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { getTeamBoard } from '../../../../proxy/fn/attendance-board/get-team-board';
import { listBoardPlaces } from '../../../../proxy/fn/attendance-board/list-board-places';
import { AttendanceHallDto, BoardNoteDto, BoardOutDto, BoardPersonDto, TeamBoardDto } from '../../../../proxy/models';
import { beijingToday, formatBeijing } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { BOARD_MAX_DAYS_BACK, MarkLabel, boardDayFromQuery, boardDayValidator, earliestBoardDay, isBoardDay, leaveHalves, markLabels } from '../board-day';
import { hhmm } from '../calendar';
import { PlaceChoice, placeChoices, placeFromQuery } from '../places';

/** How often the board asks again (who is at which window changes by the minute). */
export const BOARD_REFRESH_MS = 60_000;

/**
 * 在岗看板: for a unit (a lead) or a whole hall (a manager, a clerk), now — each window with A and B and whether either
 * is present (windows with neither are highlighted, in words too), its last pause or resume, who is out and why, and
 * the day's marks (迟到 N 分钟, 缺勤, 请假 …). Refreshes itself every 60 s and says when it last did. A past day
 * (?date=yyyy-mm-dd, up to 400 days back) shows that day as it ended, without refreshing: who came in, who was on
 * leave (which halves), the day's whereabouts notes and marks.
 */
@Component({
  selector: 'app-team-board-page',
  imports: [
    TranslatePipe, NgTemplateOutlet, ReactiveFormsModule, ProblemAlertComponent, MatButtonModule, MatCardModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatProgressBarModule, MatSelectModule, MatTableModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'attendance.board.team.title' | translate }}</h1>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'attendance.board.team.place' | translate }}</mat-label>
        <mat-select [value]="place()?.key" (selectionChange)="choose($event.value)" data-testid="board-place">
          @for (c of choices(); track c.key) { <mat-option [value]="c.key">{{ c.hall && c.unitId === null ? ('attendance.board.team.wholeHall' | translate: { hall: c.label }) : c.label }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="date">
        <mat-label>{{ 'attendance.board.team.date' | translate }}</mat-label>
        <input matInput type="date" [formControl]="dateControl" [max]="today" [min]="earliest" data-testid="board-date" />
        @if (dateControl.hasError('boardDay')) { <mat-error>{{ 'attendance.board.team.invalidDate' | translate: { days: maxDaysBack } }}</mat-error> }
      </mat-form-field>
      @if (!live()) { <button mat-stroked-button (click)="pickDay(today)" data-testid="board-today"><mat-icon>today</mat-icon>{{ 'attendance.board.team.today' | translate }}</button> }
      <button mat-stroked-button (click)="load()" [disabled]="loading()" data-testid="board-refresh"><mat-icon>refresh</mat-icon>{{ 'attendance.board.team.refresh' | translate }}</button>
    </div>
    @if (board(); as b) {
      <p class="muted" role="status" data-testid="board-updated">
        @if (b.isToday) { {{ 'attendance.board.team.updated' | translate: { time: updated() } }} }
        @else { {{ 'attendance.board.team.asEnded' | translate: { date: b.date } }} }
      </p>
    }
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (board(); as b) {
      <section class="counts" [attr.aria-label]="'attendance.board.team.title' | translate">
        <div class="count"><span>{{ b.counts.people }}</span>{{ 'attendance.board.team.people' | translate }}</div>
        <div class="count ok"><span>{{ b.counts.present }}</span>{{ (b.isToday ? 'attendance.board.team.present' : 'attendance.board.team.presentDay') | translate }}</div>
        <div class="count"><span>{{ b.counts.out }}</span>{{ (b.isToday ? 'attendance.board.team.out' : 'attendance.board.team.outDay') | translate }}</div>
        <div class="count warn"><span>{{ b.counts.late }}</span>{{ 'attendance.board.team.late' | translate }}</div>
        <div class="count bad"><span>{{ b.counts.absent }}</span>{{ 'attendance.board.team.absent' | translate }}</div>
        <div class="count" [class.bad]="b.counts.uncoveredWindows > 0" data-testid="board-uncovered"><span>{{ b.counts.uncoveredWindows }}/{{ b.counts.windows }}</span>{{ 'attendance.board.team.uncovered' | translate }}</div>
      </section>

      <section class="windows" data-testid="board-windows">
        @for (w of b.windows; track w.id) {
          <mat-card appearance="outlined" [class.uncovered]="w.uncovered" [attr.data-testid]="'window-' + w.code">
            <mat-card-header>
              <mat-card-title>{{ w.code }} {{ w.name }}</mat-card-title>
              @if (!b.unitId || b.isToday) {
                <mat-card-subtitle>
                  @if (!b.unitId) { {{ w.unitName }}@if (b.isToday) { · } }
                  @if (b.isToday) {
                    @if (w.postStatus === 'Pause') { <span class="paused"><mat-icon inline aria-hidden="true">pause_circle</mat-icon>{{ 'attendance.board.team.paused' | translate: { time: hhmm(w.postStatusAt) } }}</span> }
                    @else if (w.postStatus === 'Resume') { <span>{{ 'attendance.board.team.serving' | translate: { time: hhmm(w.postStatusAt) } }}</span> }
                    @else { <span>{{ 'attendance.board.team.noStatus' | translate }}</span> }
                  }
                </mat-card-subtitle>
              }
            </mat-card-header>
            <mat-card-content>
              @if (w.uncovered) { <p class="alert" data-testid="uncovered-badge"><mat-icon inline aria-hidden="true">warning</mat-icon>{{ 'attendance.board.team.uncoveredBadge' | translate }}</p> }
              <p><strong>{{ 'attendance.board.team.holders' | translate }}</strong>：
                @for (id of w.holderIds; track id) { <span class="who" [class.in]="person(id)?.present">{{ name(id) }}（{{ presence(id) | translate }}）</span> }
                @empty { {{ 'attendance.board.team.noHolder' | translate }} }
              </p>
              <p><strong>{{ 'attendance.board.team.backups' | translate }}</strong>：
                @for (id of w.backupIds; track id) { <span class="who" [class.in]="person(id)?.present">{{ name(id) }}（{{ presence(id) | translate }}）</span> }
                @empty { {{ 'attendance.board.team.noBackup' | translate }} }
              </p>
              @if (w.coveredBy; as c) { <p class="covered">{{ 'attendance.board.team.coveredBy' | translate: { name: name(c) } }}</p> }
            </mat-card-content>
          </mat-card>
        }
      </section>

      <div class="lists">
        <mat-card appearance="outlined">
          <mat-card-header><mat-card-title>{{ (b.isToday ? 'attendance.board.team.whoIsOut' : 'attendance.board.team.whoWasOut') | translate }}</mat-card-title></mat-card-header>
          <mat-card-content>
            <ul data-testid="board-out">
              @if (b.isToday) {
                @for (p of outNow(); track p.staffId) { <li><strong>{{ p.name }}</strong> — {{ outText(p.out!) }}</li> }
                @empty { <li class="muted">{{ 'attendance.board.team.nobodyOut' | translate }}</li> }
              } @else {
                @for (p of awayThatDay(); track p.staffId) {
                  <li><strong>{{ p.name }}</strong> —
                    @if (p.out) { <span class="reason">{{ outText(p.out) }}</span> }
                    @for (n of p.notes; track $index) { <span class="reason">{{ noteText(n) }}</span> }
                  </li>
                } @empty { <li class="muted">{{ 'attendance.board.team.nobodyOutDay' | translate }}</li> }
              }
            </ul>
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined">
          <mat-card-header><mat-card-title>{{ b.isToday ? ('attendance.board.team.marks' | translate) : ('attendance.board.team.marksOn' | translate: { date: b.date }) }}</mat-card-title></mat-card-header>
          <mat-card-content>
            <ul data-testid="board-marks">
              @for (p of marked(); track p.staffId) {
                <li><strong>{{ p.name }}</strong> — <ng-container *ngTemplateOutlet="marks; context: { $implicit: p }" /></li>
              } @empty { <li class="muted">{{ (b.isToday ? 'attendance.board.team.noMarks' : 'attendance.board.team.noMarksDay') | translate }}</li> }
            </ul>
          </mat-card-content>
        </mat-card>
      </div>

      <h2>{{ 'attendance.board.team.everyone' | translate }}</h2>
      <div class="table-wrap">
        <table mat-table [dataSource]="b.people" data-testid="board-people">
          <ng-container matColumnDef="staffNumber"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.board.team.staffNumber' | translate }}</th><td mat-cell *matCellDef="let p">{{ p.staffNumber }}</td></ng-container>
          <ng-container matColumnDef="name"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.board.team.name' | translate }}</th><td mat-cell *matCellDef="let p">{{ p.name }}</td></ng-container>
          <ng-container matColumnDef="window"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.board.team.window' | translate }}</th><td mat-cell *matCellDef="let p">{{ windowCode(p.windowId) }}</td></ng-container>
          <ng-container matColumnDef="firstPunch"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.board.team.firstPunch' | translate }}</th><td mat-cell *matCellDef="let p">{{ hhmm(p.firstPunch) || ('attendance.board.team.noPunch' | translate) }}</td></ng-container>
          <ng-container matColumnDef="state"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.board.team.state' | translate }}</th>
            <td mat-cell *matCellDef="let p" [class.in]="p.present">{{ p.out ? outText(p.out) : (presence(p.staffId) | translate) }}</td></ng-container>
          <ng-container matColumnDef="marks"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.board.team.marksColumn' | translate }}</th>
            <td mat-cell *matCellDef="let p" [attr.data-testid]="'person-marks-' + p.staffNumber"><ng-container *ngTemplateOutlet="marks; context: { $implicit: p }" /></td></ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" [attr.data-testid]="'person-' + row.staffNumber"></tr>
        </table>
      </div>
    }
    <ng-template #marks let-p>
      @for (m of labels(p); track $index) {
        <span [class]="'status status-' + m.status">@if (m.session) { <span class="session">{{ m.session }}</span> }{{ m.key | translate: m.params }}</span>
      }
    </ng-template>
  `,
  styles: `
    .head { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; } h1 { font-size: 22px; margin-right: auto; } .head mat-form-field { width: 260px; }
    .muted { color: rgba(0, 0, 0, .6); }
    .counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: 8px; margin: 8px 0 16px; }
    .count { border: 1px solid #ddd; border-radius: 8px; padding: 8px 12px; } .count span { display: block; font-size: 24px; font-weight: 500; }
    .count.ok span { color: #1b5e20; } .count.warn span { color: #6b4700; } .count.bad span { color: #8c1d18; }
    .windows { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 8px; }
    mat-card.uncovered { border: 2px solid #b3261e; background: #fff6f5; }
    .alert { color: #8c1d18; font-weight: 500; } .paused { color: #6b4700; } .covered { color: #0b3d91; }
    .who { margin-right: 8px; color: #8c1d18; white-space: nowrap; } .who.in, td.in { color: #1b5e20; }
    .lists { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-top: 16px; } .lists ul { padding-left: 18px; line-height: 1.8; }
    .status-Late, .status-EarlyLeave { color: #6b4700; } .status-Absent, .status-OffPost, .status-OutWithoutLeave { color: #8c1d18; } .status-OnLeave, .status-OfficialBusiness { color: #0b3d91; }
    .status { margin-right: 8px; white-space: nowrap; } .session { margin-right: 2px; color: rgba(0, 0, 0, .6); } .reason { margin-right: 8px; }
    .head mat-form-field.date { width: 170px; }
    h2 { font-size: 18px; margin-top: 16px; } .table-wrap { overflow-x: auto; } table { width: 100%; }
    @media (max-width: 599px) { .lists { grid-template-columns: 1fr; } .head mat-form-field { width: 100%; } }
  `,
})
export class TeamBoardPage implements OnInit {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly translate = inject(TranslateService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly hhmm = hhmm;
  protected readonly columns = ['staffNumber', 'name', 'window', 'firstPunch', 'state', 'marks'];
  protected readonly maxDaysBack = BOARD_MAX_DAYS_BACK;
  protected readonly today = beijingToday();
  protected readonly earliest = earliestBoardDay(this.today);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly board = signal<TeamBoardDto | null>(null);
  private readonly halls = signal<AttendanceHallDto[]>([]);
  protected readonly choices = computed(() => placeChoices(this.halls()));
  protected readonly place = signal<PlaceChoice | null>(null);
  /** The past day shown, or null for today: the live board, which the server dates itself (and so rolls over at midnight). */
  protected readonly day = signal<string | null>(null);
  protected readonly live = computed(() => this.day() === null);
  protected readonly dateControl = new FormControl<string | null>(this.today, { validators: boardDayValidator(() => beijingToday()) });
  private readonly people = computed(() => new Map((this.board()?.people ?? []).map((p) => [p.staffId, p])));
  protected readonly outNow = computed(() => (this.board()?.people ?? []).filter((p) => p.out));
  protected readonly awayThatDay = computed(() => (this.board()?.people ?? []).filter((p) => p.out || p.notes.length));
  protected readonly marked = computed(() => (this.board()?.people ?? []).filter((p) => p.marks.length));
  protected readonly updated = computed(() => formatBeijing(this.board()?.generatedAt).slice(11));
  /** Answers to older requests are dropped: a quick change of day or place must not be overwritten by a slow answer. */
  private requests = 0;

  async ngOnInit(): Promise<void> {
    const q = this.route.snapshot.queryParamMap;
    this.day.set(boardDayFromQuery(q.get('date'), this.today));
    // A link with today's date, a later one or one too far back opens the live board, and the URL drops the date.
    if (q.has('date') && this.day() === null) this.navigate({ date: null });
    this.dateControl.setValue(this.day() ?? this.today, { emitEvent: false });
    this.dateControl.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((value) => {
      if (this.dateControl.valid && value) void this.pickDay(value);
    });
    try {
      this.halls.set((await this.api.invoke(listBoardPlaces)).halls);
    } catch (e) {
      this.problem.set(toProblem(e));
      return;
    }
    this.place.set(placeFromQuery(this.choices(), q.get('unitId'), q.get('hallId')));
    await this.load();
    // Only today's board changes by the minute; a past day is as it ended.
    const timer = setInterval(() => {
      if (this.live()) void this.load();
    }, BOARD_REFRESH_MS);
    this.destroyRef.onDestroy(() => clearInterval(timer));
  }

  async choose(key: string): Promise<void> {
    const c = this.choices().find((x) => x.key === key) ?? null;
    this.place.set(c);
    this.navigate({ unitId: c?.unitId ?? null, hallId: c?.unitId ? null : (c?.hallId ?? null) });
    await this.load();
  }

  /** Shows a day (today means the live board), with the day in the URL (?date=) so the link opens it again. */
  async pickDay(value: string): Promise<void> {
    if (!isBoardDay(value, beijingToday())) return;
    const day = value === beijingToday() ? null : value;
    if (this.dateControl.value !== value) this.dateControl.setValue(value, { emitEvent: false });
    if (day === this.day()) return;
    this.day.set(day);
    this.navigate({ date: day });
    await this.load();
  }

  async load(): Promise<void> {
    const c = this.place();
    if (!c) return;
    const request = ++this.requests;
    const day = this.day();
    this.loading.set(true);
    this.problem.set(null);
    try {
      const board = await this.api.invoke(getTeamBoard, { ...(c.unitId ? { UnitId: c.unitId } : { HallId: c.hallId }), ...(day ? { Date: day } : {}) });
      if (request === this.requests) this.board.set(board);
    } catch (e) {
      if (request === this.requests) this.problem.set(toProblem(e));
    } finally {
      if (request === this.requests) this.loading.set(false);
    }
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected labels(p: BoardPersonDto): MarkLabel[] {
    return markLabels(p.marks);
  }

  protected person(id: string): BoardPersonDto | undefined {
    return this.people().get(id);
  }

  protected name(id: string): string {
    return this.person(id)?.name ?? '—';
  }

  /** Today: present now or not; a past day: came in that day (and was not on leave) or not. */
  protected presence(id: string): string {
    const present = this.person(id)?.present;
    if (this.board()?.isToday === false) return present ? 'attendance.board.team.wasPresent' : 'attendance.board.team.wasNotPresent';
    return present ? 'attendance.board.team.isPresent' : 'attendance.board.team.notPresent';
  }

  protected windowCode(id: string | null): string {
    return this.board()?.windows.find((w) => w.id === id)?.code ?? '—';
  }

  protected outText(o: BoardOutDto): string {
    const type = this.lang() === 'en' ? o.leaveTypeEn : o.leaveTypeZh;
    const text = this.translate.instant(`attendance.board.team.outKind.${o.kind}`, { type: type ?? '', destination: o.destination ?? '' });
    const halves = leaveHalves(o);
    if (halves) return `${text}${this.translate.instant('attendance.board.team.halvesOf', { halves: this.translate.instant(halves) })}`;
    return o.kind === 'Whereabouts' ? `${text} ${hhmm(o.since)}–${hhmm(o.expectedBack)}` : text;
  }

  protected noteText(n: BoardNoteDto): string {
    const key = n.returnedAt ? 'attendance.board.team.note' : 'attendance.board.team.noteOpen';
    return this.translate.instant(key, { destination: n.destination, from: hhmm(n.leftAt), to: hhmm(n.returnedAt), back: hhmm(n.expectedBackAt) });
  }
}
