import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { createAttendanceShift } from '../../../../proxy/fn/attendance-shifts/create-attendance-shift';
import { deleteAttendanceShift } from '../../../../proxy/fn/attendance-shifts/delete-attendance-shift';
import { listAttendanceShifts } from '../../../../proxy/fn/attendance-shifts/list-attendance-shifts';
import { getAttendanceTimetable } from '../../../../proxy/fn/attendance-timetables/get-attendance-timetable';
import { saveAttendanceTimetable } from '../../../../proxy/fn/attendance-timetables/save-attendance-timetable';
import { listHalls } from '../../../../proxy/fn/organization/list-halls';
import { listWindows } from '../../../../proxy/fn/organization/list-windows';
import { HallDto, PagedResultOfShiftDto, ShiftKind, WindowDto } from '../../../../proxy/models';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { SessionRow, fromDtos, sessionsProblem, toDtos } from '../sessions';

/**
 * 作息时间: a hall's summer and winter sessions and the dates the seasons start, and its shifts (错时, 延时, 节假日预约)
 * for windows by date range. Editing needs Attendance.Timetables.Manage; the sessions are checked as one types.
 */
@Component({
  selector: 'app-timetables-page',
  imports: [FormsModule, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatSelectModule, MatTableModule, MatPaginatorModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'attendance.results.timetables' | translate }}</h1>
    <mat-form-field>
      <mat-label>{{ 'attendance.results.hall' | translate }}</mat-label>
      <mat-select [value]="hallId()" (selectionChange)="hallId.set($event.value)" data-testid="timetable-hall">
        @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
      </mat-select>
    </mat-form-field>
    <app-problem-alert [problem]="problem()" />
    @if (hallId()) {
      <section>
        <h2>{{ 'attendance.results.seasons' | translate }}</h2>
        <div class="row">
          <mat-form-field><mat-label>{{ 'attendance.results.summerFrom' | translate }}</mat-label>
            <input matInput type="text" [(ngModel)]="summerFrom" pattern="\\d{2}-\\d{2}" placeholder="05-01" [disabled]="!canManage()" /></mat-form-field>
          <mat-form-field><mat-label>{{ 'attendance.results.winterFrom' | translate }}</mat-label>
            <input matInput type="text" [(ngModel)]="winterFrom" pattern="\\d{2}-\\d{2}" placeholder="10-01" [disabled]="!canManage()" /></mat-form-field>
        </div>
        @for (season of seasons; track season) {
          <h3>{{ 'attendance.results.' + season | translate }}</h3>
          @for (row of rows()[season]; track $index) {
            <div class="row">
              <mat-form-field><mat-label>{{ 'attendance.results.sessionName' | translate }}</mat-label>
                <input matInput [ngModel]="row.name" (ngModelChange)="edit(season, $index, 'name', $event)" maxlength="16" [disabled]="!canManage()" /></mat-form-field>
              <mat-form-field><mat-label>{{ 'attendance.results.start' | translate }}</mat-label>
                <input matInput type="time" [ngModel]="row.start" (ngModelChange)="edit(season, $index, 'start', $event)" [disabled]="!canManage()" /></mat-form-field>
              <mat-form-field><mat-label>{{ 'attendance.results.end' | translate }}</mat-label>
                <input matInput type="time" [ngModel]="row.end" (ngModelChange)="edit(season, $index, 'end', $event)" [disabled]="!canManage()" /></mat-form-field>
              @if (canManage()) {
                <button mat-icon-button (click)="remove(season, $index)" [attr.aria-label]="'attendance.results.delete' | translate"><mat-icon>delete</mat-icon></button>
              }
            </div>
          }
          @if (problemOf(season); as p) { <p class="error" role="alert">{{ p.key | translate: p.args }}</p> }
          @if (canManage()) { <button mat-stroked-button (click)="add(season)"><mat-icon>add</mat-icon>{{ 'attendance.results.addSession' | translate }}</button> }
        }
        @if (canManage()) {
          <p><button mat-flat-button (click)="save()" [disabled]="!valid() || busy()" data-testid="timetable-save">{{ 'common.save' | translate }}</button>
            @if (saved()) { <span role="status"> {{ 'attendance.results.saved' | translate }}</span> }</p>
        }
      </section>
      <section>
        <h2>{{ 'attendance.results.shifts' | translate }}</h2>
        @if (canManage()) {
          <div class="row">
            <mat-form-field><mat-label>{{ 'attendance.results.kind' | translate }}</mat-label>
              <mat-select [(ngModel)]="shiftKind">@for (k of kinds; track k) { <mat-option [value]="k">{{ 'attendance.results.kinds.' + k | translate }}</mat-option> }</mat-select></mat-form-field>
            <mat-form-field><mat-label>{{ 'attendance.results.window' | translate }}</mat-label>
              <mat-select [(ngModel)]="shiftWindow">@for (w of windows(); track w.id) { <mat-option [value]="w.id">{{ w.code }} {{ w.name }}</mat-option> }</mat-select></mat-form-field>
            <mat-form-field><mat-label>{{ 'attendance.results.from' | translate }}</mat-label><input matInput type="date" [(ngModel)]="shiftFrom" /></mat-form-field>
            <mat-form-field><mat-label>{{ 'attendance.results.to' | translate }}</mat-label><input matInput type="date" [(ngModel)]="shiftTo" /></mat-form-field>
            <mat-form-field><mat-label>{{ 'attendance.results.start' | translate }}</mat-label><input matInput type="time" [(ngModel)]="shiftStart" /></mat-form-field>
            <mat-form-field><mat-label>{{ 'attendance.results.end' | translate }}</mat-label><input matInput type="time" [(ngModel)]="shiftEnd" /></mat-form-field>
            <button mat-flat-button (click)="addShift()" [disabled]="!shiftValid() || busy()">{{ 'attendance.results.addShift' | translate }}</button>
          </div>
          @if (shiftFrom && shiftTo && shiftTo < shiftFrom) { <p class="error" role="alert">{{ 'attendance.results.errors.dates' | translate }}</p> }
        }
        <div class="table-wrap">
          <table mat-table [dataSource]="shifts()?.items ?? []">
            <ng-container matColumnDef="kind"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.results.kind' | translate }}</th>
              <td mat-cell *matCellDef="let s">{{ 'attendance.results.kinds.' + s.kind | translate }}</td></ng-container>
            <ng-container matColumnDef="who"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.results.window' | translate }}</th>
              <td mat-cell *matCellDef="let s">{{ s.windowName ?? s.staffName }}</td></ng-container>
            <ng-container matColumnDef="dates"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.results.dates' | translate }}</th>
              <td mat-cell *matCellDef="let s">{{ s.fromDate }} – {{ s.toDate }}</td></ng-container>
            <ng-container matColumnDef="sessions"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.results.sessions' | translate }}</th>
              <td mat-cell *matCellDef="let s">@for (t of s.sessions; track $index) { <span>{{ t.name }} {{ t.start.slice(0, 5) }}–{{ t.end.slice(0, 5) }} </span> }</td></ng-container>
            <ng-container matColumnDef="actions"><th mat-header-cell *matHeaderCellDef></th>
              <td mat-cell *matCellDef="let s">@if (canManage()) {
                <button mat-icon-button (click)="removeShift(s.id)" [attr.aria-label]="'attendance.results.delete' | translate"><mat-icon>delete</mat-icon></button> }</td></ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
            <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
          </table>
        </div>
        <mat-paginator [length]="shifts()?.totalCount ?? 0" [pageIndex]="page()" [pageSize]="10" (page)="paginate($event)" />
      </section>
    }
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 18px; } h3 { font-size: 16px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; } .row mat-form-field { width: 150px; }
    .error { color: #b00020; } .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
  `,
})
export class TimetablesPage {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  protected readonly seasons = ['summer', 'winter'] as const;
  protected readonly kinds: ShiftKind[] = ['Staggered', 'Extended', 'Appointment'];
  protected readonly columns = ['kind', 'who', 'dates', 'sessions', 'actions'];
  protected readonly canManage = computed(() => this.auth.has(Permissions.Attendance.Timetables.Manage));
  protected readonly halls = signal<HallDto[]>([]);
  protected readonly hallId = signal<string | null>(null);
  protected readonly windows = signal<WindowDto[]>([]);
  protected readonly rows = signal<Record<'summer' | 'winter', SessionRow[]>>({ summer: [], winter: [] });
  protected readonly shifts = signal<PagedResultOfShiftDto | null>(null);
  protected readonly page = signal(0);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected summerFrom = '05-01';
  protected winterFrom = '10-01';
  protected shiftKind: ShiftKind = 'Staggered';
  protected shiftWindow = '';
  protected shiftFrom = '';
  protected shiftTo = '';
  protected shiftStart = '';
  protected shiftEnd = '';
  protected readonly valid = computed(() => this.seasons.every((s) => sessionsProblem(this.rows()[s]) === null));

  constructor() {
    void this.loadHalls();
    effect(() => {
      const hall = this.hallId();
      if (hall) untracked(() => void this.loadHall(hall));
    });
  }

  problemOf(season: 'summer' | 'winter') {
    return sessionsProblem(this.rows()[season]);
  }

  edit(season: 'summer' | 'winter', index: number, field: keyof SessionRow, value: string): void {
    this.rows.update((r) => ({ ...r, [season]: r[season].map((row, i) => (i === index ? { ...row, [field]: value } : row)) }));
    this.saved.set(false);
  }

  add(season: 'summer' | 'winter'): void {
    this.rows.update((r) => ({ ...r, [season]: [...r[season], { name: '', start: '', end: '' }] }));
  }

  remove(season: 'summer' | 'winter', index: number): void {
    this.rows.update((r) => ({ ...r, [season]: r[season].filter((_, i) => i !== index) }));
  }

  shiftValid(): boolean {
    return !!this.shiftWindow && !!this.shiftFrom && !!this.shiftTo && this.shiftTo >= this.shiftFrom
      && sessionsProblem([{ name: 'x', start: this.shiftStart, end: this.shiftEnd }]) === null;
  }

  async save(): Promise<void> {
    const hallId = this.hallId();
    const [sm, sd] = this.summerFrom.split('-').map(Number);
    const [wm, wd] = this.winterFrom.split('-').map(Number);
    if (!hallId) return;
    await this.run(async () => {
      await this.api.invoke(saveAttendanceTimetable, { hallId, body: {
        summerStartMonth: sm, summerStartDay: sd, winterStartMonth: wm, winterStartDay: wd,
        summerSessions: toDtos(this.rows().summer), winterSessions: toDtos(this.rows().winter),
      } });
      this.saved.set(true);
    });
  }

  async addShift(): Promise<void> {
    const hallId = this.hallId();
    if (!hallId) return;
    const name = this.shiftKind === 'Extended' ? '延时' : this.shiftKind === 'Staggered' ? '错时' : '预约';
    await this.run(async () => {
      await this.api.invoke(createAttendanceShift, { body: {
        hallId, kind: this.shiftKind, windowId: this.shiftWindow, fromDate: this.shiftFrom, toDate: this.shiftTo,
        sessions: toDtos([{ name, start: this.shiftStart, end: this.shiftEnd }]), staffId: null, note: null,
      } });
      await this.loadShifts(hallId);
    });
  }

  async removeShift(id: string): Promise<void> {
    const hallId = this.hallId();
    if (!hallId) return;
    await this.run(async () => {
      await this.api.invoke(deleteAttendanceShift, { id });
      await this.loadShifts(hallId);
    });
  }

  paginate(e: PageEvent): void {
    this.page.set(e.pageIndex);
    const hallId = this.hallId();
    if (hallId) void this.run(() => this.loadShifts(hallId));
  }

  private async loadHalls(): Promise<void> {
    await this.run(async () => {
      const halls = await this.api.invoke(listHalls, {});
      this.halls.set(halls);
      if (halls.length > 0) this.hallId.set(halls[0].id);
    });
  }

  private async loadHall(hallId: string): Promise<void> {
    this.page.set(0);
    await this.run(async () => {
      const t = await this.api.invoke(getAttendanceTimetable, { hallId });
      this.summerFrom = `${String(t.summerStartMonth).padStart(2, '0')}-${String(t.summerStartDay).padStart(2, '0')}`;
      this.winterFrom = `${String(t.winterStartMonth).padStart(2, '0')}-${String(t.winterStartDay).padStart(2, '0')}`;
      this.rows.set({ summer: fromDtos(t.summerSessions), winter: fromDtos(t.winterSessions) });
      this.windows.set(await this.api.invoke(listWindows, { hallId }));
      await this.loadShifts(hallId);
    });
  }

  private async loadShifts(hallId: string): Promise<void> {
    this.shifts.set(await this.api.invoke(listAttendanceShifts, { HallId: hallId, SkipCount: this.page() * 10, MaxResultCount: 10 }));
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await action();
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
