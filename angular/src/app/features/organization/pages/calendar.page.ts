import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { getCalendarImportTemplate } from '../../../proxy/fn/work-calendar/get-calendar-import-template';
import { getCalendarYear } from '../../../proxy/fn/work-calendar/get-calendar-year';
import { importCalendar } from '../../../proxy/fn/work-calendar/import-calendar';
import { CalendarImportResultDto, CalendarYearDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { uploadFile } from '../../../shared/upload';
import { Permissions } from '../../../core/permissions.generated';

@Component({
  selector: 'app-calendar-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatIconModule, MatTableModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.calendar' | translate }}</h1>
    <nav class="years" [attr.aria-label]="'calendar.year' | translate">
      <a mat-icon-button [routerLink]="[]" [queryParams]="{ year: yearNumber() - 1 }" [attr.aria-label]="'calendar.previous' | translate"><mat-icon>chevron_left</mat-icon></a>
      <strong data-testid="calendar-year">{{ yearNumber() }}</strong>
      <a mat-icon-button [routerLink]="[]" [queryParams]="{ year: yearNumber() + 1 }" [attr.aria-label]="'calendar.next' | translate"><mat-icon>chevron_right</mat-icon></a>
    </nav>
    @if (data(); as d) {
      <p>{{ 'calendar.workingDays' | translate: { n: d.workingDays } }}</p>
      @if (d.hasSampleDays) { <p class="warn" role="note">{{ 'calendar.sample' | translate }}</p> }
    }
    @if (auth.has(Permissions.Organization.Calendar.Manage)) {
      <div class="actions">
        <a mat-stroked-button [href]="templateUrl" download><mat-icon>download</mat-icon>{{ 'import.template' | translate }}</a>
        <label><span class="visually-hidden">{{ 'import.choose' | translate }}</span>
          <input type="file" accept=".xlsx" (change)="pick($event)" data-testid="calendar-file" /></label>
        <button mat-flat-button (click)="upload()" [disabled]="!file() || busy()"><mat-icon>upload</mat-icon>{{ 'import.upload' | translate }}</button>
      </div>
    }
    @if (busy()) { <mat-progress-bar mode="determinate" [value]="progress()" [attr.aria-label]="'import.progress' | translate" /> }
    @if (imported(); as r) { <p role="status">{{ 'calendar.imported' | translate: r }}</p> }
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="data()?.days ?? []">
        <ng-container matColumnDef="date"><th mat-header-cell *matHeaderCellDef>{{ 'calendar.date' | translate }}</th><td mat-cell *matCellDef="let d">{{ d.date }}</td></ng-container>
        <ng-container matColumnDef="kind"><th mat-header-cell *matHeaderCellDef>{{ 'calendar.kind' | translate }}</th><td mat-cell *matCellDef="let d">{{ 'enums.CalendarDayKind.' + d.kind | translate }}</td></ng-container>
        <ng-container matColumnDef="name"><th mat-header-cell *matHeaderCellDef>{{ 'calendar.name' | translate }}</th><td mat-cell *matCellDef="let d">{{ d.name }}{{ d.isSample ? ' (' + ('calendar.sampleShort' | translate) + ')' : '' }}</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
  `,
  styles: `
    h1 { font-size: 22px; } .years { display: flex; align-items: center; gap: 8px; } .warn { color: #8a4b00; }
    .actions { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `,
})
export class CalendarPage {
  protected readonly Permissions = Permissions;
  readonly year = input<string>();
  protected readonly auth = inject(AuthService);
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  protected readonly templateUrl = getCalendarImportTemplate.PATH;
  protected readonly columns = ['date', 'kind', 'name'];
  protected readonly yearNumber = computed(() => {
    const y = Number.parseInt(this.year() ?? '', 10);
    return y >= 2000 && y <= 2100 ? y : new Date().getFullYear();
  });
  protected readonly data = signal<CalendarYearDto | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly progress = signal(0);
  protected readonly imported = signal<CalendarImportResultDto | null>(null);

  constructor() {
    effect(() => {
      const y = this.yearNumber();
      untracked(() => void this.load(y));
    });
  }

  pick(e: Event): void {
    this.file.set((e.target as HTMLInputElement).files?.[0] ?? null);
  }

  upload(): void {
    const file = this.file();
    if (!file) return;
    this.busy.set(true);
    this.problem.set(null);
    this.imported.set(null);
    uploadFile<CalendarImportResultDto>(this.http, importCalendar.PATH, file).subscribe({
      next: (e) => ('result' in e ? this.imported.set(e.result) : this.progress.set(e.progress)),
      error: (err) => { this.problem.set(toProblem(err)); this.busy.set(false); },
      complete: () => { this.busy.set(false); void this.load(this.yearNumber()); },
    });
  }

  private async load(year: number): Promise<void> {
    this.problem.set(null);
    try {
      this.data.set(await this.api.invoke(getCalendarYear, { year }));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }
}
