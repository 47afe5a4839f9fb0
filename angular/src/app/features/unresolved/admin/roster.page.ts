import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Permissions } from '../../../core/permissions.generated';
import { Problem, toProblem } from '../../../core/problem';
import { StaffListItemDto } from '../../../proxy/models';
import { beijingToday } from '../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { StaffPickerComponent } from '../../../shared/staff-picker.component';
import { hallsInScope } from '../../supervision/inspections/scope-halls';
import { GuideDutyDto, RosterMonthDto, UnresolvedAdminApi } from './admin.api';
import { daysOfMonth, shiftMonth } from './roster-rules';

/**
 * 巡导员排班: the hall guide on duty for each day of a month (当日大厅巡导员, the first responsible for that day's
 * cases). A day without a guide sends its cases to the hall managers.
 */
@Component({
  selector: 'app-unresolved-roster-page',
  imports: [TranslatePipe, ProblemAlertComponent, StaffPickerComponent, MatButtonModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'unresolved.roster.title' | translate }}</h1>
    <p class="intro">{{ 'unresolved.roster.intro' | translate }}</p>
    <div class="filters">
      @if (halls().length > 1) {
        <mat-form-field>
          <mat-label>{{ 'unresolved.roster.hall' | translate }}</mat-label>
          <mat-select [value]="hallId()" (selectionChange)="hallChoice.set($event.value)">
            @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
      }
      <button mat-icon-button (click)="move(-1)" [attr.aria-label]="'unresolved.roster.previous' | translate"><mat-icon>chevron_left</mat-icon></button>
      <strong data-testid="roster-month">{{ period().year }}-{{ pad(period().month) }}</strong>
      <button mat-icon-button (click)="move(1)" [attr.aria-label]="'unresolved.roster.next' | translate"><mat-icon>chevron_right</mat-icon></button>
    </div>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <table class="roster" data-testid="roster-table">
      <thead><tr><th scope="col">{{ 'unresolved.roster.date' | translate }}</th><th scope="col">{{ 'unresolved.roster.guide' | translate }}</th><th scope="col"><span class="visually-hidden">{{ 'common.actions' | translate }}</span></th></tr></thead>
      <tbody>
        @for (d of days(); track d.date) {
          <tr [class.weekend]="off(d.date)" [class.today]="d.date === today" data-testid="roster-day" [attr.data-date]="d.date">
            <td>{{ d.date }} {{ 'unresolved.roster.weekdays.' + d.weekday | translate }}@if (off(d.date)) { · {{ 'unresolved.roster.dayOff' | translate }} }</td>
            <td>
              @if (editing() === d.date) {
                <app-staff-picker [label]="'unresolved.roster.pick' | translate" testId="roster-picker" (picked)="set(d.date, $event)" />
              } @else {
                {{ duty(d.date)?.staffName ?? '—' }}
              }
            </td>
            <td>
              @if (!mayManage) {
              } @else if (editing() === d.date) {
                <button mat-button (click)="editing.set(null)">{{ 'common.cancel' | translate }}</button>
              } @else {
                <button mat-button (click)="editing.set(d.date)" [attr.data-testid]="'roster-edit-' + d.date">{{ 'common.edit' | translate }}</button>
                @if (duty(d.date)) { <button mat-button (click)="clear(d.date)">{{ 'unresolved.roster.clear' | translate }}</button> }
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    h1 { font-size: 22px; } .intro { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .filters { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; } .filters mat-form-field { width: 220px; }
    .roster { border-collapse: collapse; width: 100%; max-width: 760px; }
    .roster th, .roster td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e0e0e0; }
    .weekend { background: #fafafa; color: rgba(0, 0, 0, 0.6); } .today { font-weight: 600; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `,
})
export class UnresolvedRosterPage {
  private readonly api = inject(UnresolvedAdminApi);
  private readonly auth = inject(AuthService);
  private readonly org = inject(OrganizationTreeService);
  protected readonly mayManage = this.auth.has(Permissions.Unresolved.Roster.Manage);
  protected readonly today = beijingToday();
  protected readonly halls = computed(() => hallsInScope(this.auth.user()?.scope, this.org.tree()));
  protected readonly hallChoice = signal('');
  protected readonly hallId = computed(() => this.hallChoice() || this.halls()[0]?.id || '');
  protected readonly period = signal({ year: Number(this.today.slice(0, 4)), month: Number(this.today.slice(5, 7)) });
  protected readonly days = computed(() => daysOfMonth(this.period().year, this.period().month));
  protected readonly roster = signal<RosterMonthDto | null>(null);
  private readonly working = computed(() => new Set(this.roster()?.workingDays ?? []));
  protected readonly editing = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    void this.org.load();
    effect(() => {
      const hall = this.hallId(), { year, month } = this.period();
      if (hall) void this.load(hall, year, month);
    });
  }

  protected pad(n: number): string {
    return String(n).padStart(2, '0');
  }

  protected duty(date: string): GuideDutyDto | undefined {
    return this.roster()?.days.find((d) => d.date === date);
  }

  /** A day off on the work calendar (weekends, holidays; not the 调休 Saturdays that are worked). */
  protected off(date: string): boolean {
    return !!this.roster() && !this.working().has(date);
  }

  protected move(by: number): void {
    this.period.set(shiftMonth(this.period().year, this.period().month, by));
  }

  protected async set(date: string, staff: StaffListItemDto): Promise<void> {
    await this.save(date, staff.id);
  }

  protected async clear(date: string): Promise<void> {
    await this.save(date, null);
  }

  private async save(date: string, staffId: string | null): Promise<void> {
    this.problem.set(null);
    try {
      const { year, month } = this.period();
      this.roster.set(await this.api.saveRoster(this.hallId(), year, month, [{ date, staffId }]));
      this.editing.set(null);
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  private async load(hall: string, year: number, month: number): Promise<void> {
    this.loading.set(true);
    try {
      this.roster.set(await this.api.roster(hall, year, month));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
