import { HttpClient, HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Permissions } from '../../../core/permissions.generated';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listAttendanceDevices } from '../../../proxy/fn/attendance-devices/list-attendance-devices';
import { downloadPunchImportLines } from '../../../proxy/fn/punch-imports/download-punch-import-lines';
import { getPunchImport } from '../../../proxy/fn/punch-imports/get-punch-import';
import { listPunchImportLines } from '../../../proxy/fn/punch-imports/list-punch-import-lines';
import { listPunchImports } from '../../../proxy/fn/punch-imports/list-punch-imports';
import { uploadPunchFile$FormData } from '../../../proxy/fn/punch-imports/upload-punch-file-form-data';
import { DeviceDto, PagedResultOfPunchImportLineDto, PunchImportDto } from '../../../proxy/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ServerTable } from '../../../shared/server-table';
import { PAGE_SIZES } from '../../../shared/url-state';
import { isFinished, pollDelay, progressPercent, uploadForm } from './punch-import.logic';

const DEFAULTS = { sort: 'createdAt desc', size: 10 };
const LINES_PAGE = 20;

/**
 * 打卡文件导入: pick the device (or let the file name say it), upload, watch the job's progress and counts, read and
 * download the lines that were not stored; the history of the caller's halls below.
 */
@Component({
  selector: 'app-punch-import-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, MatCardModule, MatFormFieldModule, MatSelectModule,
    MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, MatSortModule, MatPaginatorModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'attendance.punchFiles.title' | translate }}</h1>
      @if (auth.has(Permissions.Attendance.Devices.Manage)) {
        <a mat-stroked-button routerLink="/attendance/punch-mappings"><mat-icon>view_column</mat-icon>{{ 'attendance.punchFiles.mappings' | translate }}</a>
      }
    </div>
    <p>{{ 'attendance.punchFiles.intro' | translate }}</p>
    <mat-card appearance="outlined">
      <mat-card-content>
        <div class="upload">
          <mat-form-field>
            <mat-label>{{ 'attendance.punchFiles.device' | translate }}</mat-label>
            <mat-select [formControl]="device" data-testid="punch-device">
              <mat-option [value]="null">{{ 'attendance.punchFiles.deviceFromFile' | translate }}</mat-option>
              @for (d of devices(); track d.id) { <mat-option [value]="d.id">{{ d.serialNumber }} · {{ d.name }}（{{ d.hallName }}）</mat-option> }
            </mat-select>
          </mat-form-field>
          <label class="file">
            <span class="visually-hidden">{{ 'import.choose' | translate }}</span>
            <input type="file" accept=".dat,.txt,.csv,.xlsx" (change)="pick($event)" data-testid="punch-file" />
          </label>
          <button mat-flat-button (click)="upload()" [disabled]="!file() || uploading()" data-testid="punch-upload">
            <mat-icon>upload</mat-icon>{{ 'import.upload' | translate }}
          </button>
        </div>
        @if (uploading()) {
          <mat-progress-bar mode="determinate" [value]="uploadProgress()" [attr.aria-label]="'import.progress' | translate" />
        }
        <app-problem-alert [problem]="problem()" />
      </mat-card-content>
    </mat-card>

    @if (current(); as c) {
      <mat-card appearance="outlined" data-testid="punch-result">
        <mat-card-header>
          <mat-card-title>{{ c.fileName }} · {{ c.deviceSerial }}</mat-card-title>
          <mat-card-subtitle>{{ 'attendance.punchFiles.status.' + c.status | translate }}</mat-card-subtitle>
        </mat-card-header>
        <mat-card-content>
          <mat-progress-bar [mode]="percent() === null ? 'indeterminate' : 'determinate'" [value]="percent() ?? 0"
                            [attr.aria-label]="'attendance.punchFiles.progress' | translate" data-testid="punch-progress" />
          <p role="status" class="counts">
            {{ 'attendance.punchFiles.counts' | translate: { read: c.linesRead, total: c.totalLines ?? '…', new: c.newCount,
               duplicate: c.duplicateCount, bad: c.badCount, unknown: c.unknownUserCount } }}
            @if (c.flaggedCount) { {{ 'attendance.punchFiles.flagged' | translate: { count: c.flaggedCount } }} }
          </p>
          @if (c.failure) { <p class="warn" role="alert">{{ c.failure }}</p> }
          @if (lines(); as l) {
            @if (l.totalCount) {
              <div class="head">
                <h2>{{ 'attendance.punchFiles.lines' | translate: { count: l.totalCount } }}</h2>
                <span>
                  <a mat-stroked-button [href]="downloadUrl(c.id, 'csv')" download><mat-icon>download</mat-icon>.csv</a>
                  <a mat-stroked-button [href]="downloadUrl(c.id, 'xlsx')" download><mat-icon>download</mat-icon>.xlsx</a>
                </span>
              </div>
              <table mat-table [dataSource]="l.items" data-testid="punch-lines">
                <ng-container matColumnDef="lineNumber"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.punchFiles.line' | translate }}</th><td mat-cell *matCellDef="let x">{{ x.lineNumber }}</td></ng-container>
                <ng-container matColumnDef="message"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.punchFiles.reason' | translate }}</th><td mat-cell *matCellDef="let x">{{ x.message }}</td></ng-container>
                <ng-container matColumnDef="text"><th mat-header-cell *matHeaderCellDef class="wide">{{ 'attendance.punchFiles.text' | translate }}</th><td mat-cell *matCellDef="let x" class="wide"><code>{{ x.text }}</code></td></ng-container>
                <tr mat-header-row *matHeaderRowDef="lineColumns"></tr>
                <tr mat-row *matRowDef="let row; columns: lineColumns"></tr>
              </table>
              <mat-paginator [length]="l.totalCount" [pageIndex]="linesPage()" [pageSize]="linesSize" (page)="pageLines($event)" showFirstLastButtons />
            } @else if (finished()) {
              <p>{{ 'attendance.punchFiles.noBadLines' | translate }}</p>
            }
          }
        </mat-card-content>
      </mat-card>
    }

    <h2>{{ 'attendance.punchFiles.history' | translate }}</h2>
    <app-problem-alert [problem]="history.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="history.page()?.items ?? []" matSort [matSortActive]="history.sortField()" [matSortDirection]="history.sortDir()"
             (matSortChange)="history.sort($event)" matSortDisableClear data-testid="punch-history">
        <ng-container matColumnDef="createdAt"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.punchFiles.when' | translate }}</th><td mat-cell *matCellDef="let i">{{ when(i.createdAt) }}</td></ng-container>
        <ng-container matColumnDef="createdByName"><th mat-header-cell *matHeaderCellDef class="wide">{{ 'attendance.punchFiles.who' | translate }}</th><td mat-cell *matCellDef="let i" class="wide">{{ i.createdByName }}</td></ng-container>
        <ng-container matColumnDef="fileName"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.punchFiles.file' | translate }}</th><td mat-cell *matCellDef="let i"><a href="" (click)="$event.preventDefault(); show(i)">{{ i.fileName }}</a></td></ng-container>
        <ng-container matColumnDef="deviceSerial"><th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'attendance.punchFiles.device' | translate }}</th><td mat-cell *matCellDef="let i" class="wide">{{ i.deviceSerial }}</td></ng-container>
        <ng-container matColumnDef="status"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.punchFiles.state' | translate }}</th><td mat-cell *matCellDef="let i">{{ 'attendance.punchFiles.status.' + i.status | translate }}</td></ng-container>
        <ng-container matColumnDef="counts"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.punchFiles.newDuplicateBad' | translate }}</th><td mat-cell *matCellDef="let i">{{ i.newCount }} / {{ i.duplicateCount }} / {{ i.badCount }}</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="historyColumns"></tr>
        <tr mat-row *matRowDef="let row; columns: historyColumns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="historyColumns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="history.page()?.totalCount ?? 0" [pageIndex]="history.state().page" [pageSize]="history.state().size" [pageSizeOptions]="pageSizes"
                   (page)="history.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
    h1 { font-size: 22px; } h2 { font-size: 18px; }
    mat-card { margin-bottom: 16px; }
    .upload { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
    .upload mat-form-field { min-width: 280px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .counts { margin-top: 8px; } .warn { color: #8a4b00; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    code { white-space: pre; }
    @media (max-width: 599px) { .wide { display: none; } .upload mat-form-field { width: 100%; } }
  `,
})
export class PunchImportPage {
  protected readonly Permissions = Permissions;
  protected readonly auth = inject(AuthService);
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly historyColumns = ['createdAt', 'createdByName', 'fileName', 'deviceSerial', 'status', 'counts'];
  protected readonly lineColumns = ['lineNumber', 'message', 'text'];
  protected readonly linesSize = LINES_PAGE;
  protected readonly device = new FormControl<string | null>(null);
  protected readonly devices = signal<DeviceDto[]>([]);
  protected readonly file = signal<File | null>(null);
  protected readonly uploading = signal(false);
  protected readonly uploadProgress = signal(0);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly current = signal<PunchImportDto | null>(null);
  protected readonly lines = signal<PagedResultOfPunchImportLineDto | null>(null);
  protected readonly linesPage = signal(0);
  protected readonly percent = computed(() => progressPercent(this.current()));
  protected readonly finished = computed(() => isFinished(this.current()));
  protected readonly history = new ServerTable<PunchImportDto>(DEFAULTS, [], (s) =>
    this.api.invoke(listPunchImports, { SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort }));
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    void this.api.invoke(listAttendanceDevices, { Kind: 'Clock', IsActive: true, MaxResultCount: 1000, Sorting: 'serialNumber asc' })
      .then((page) => this.devices.set(page.items))
      .catch((e) => this.problem.set(toProblem(e)));
    this.destroyRef.onDestroy(() => clearTimeout(this.timer));
  }

  protected when(utc: string): string {
    return formatBeijing(utc);
  }

  pick(e: Event): void {
    this.file.set((e.target as HTMLInputElement).files?.[0] ?? null);
    this.problem.set(null);
  }

  upload(): void {
    const file = this.file();
    if (!file) return;
    this.uploading.set(true);
    this.uploadProgress.set(0);
    this.problem.set(null);
    this.http.post<PunchImportDto>(uploadPunchFile$FormData.PATH, uploadForm(file, this.device.value), { reportProgress: true, observe: 'events' })
      .subscribe({
        next: (e) => {
          if (e.type === HttpEventType.UploadProgress && e.total) this.uploadProgress.set(Math.round((100 * e.loaded) / e.total));
          if (e.type === HttpEventType.Response && e.body) this.show(e.body);
        },
        error: (err) => { this.problem.set(toProblem(err)); this.uploading.set(false); },
        complete: () => this.uploading.set(false),
      });
  }

  /** Shows an import and follows it until its job is done; then its listed lines. */
  show(i: PunchImportDto): void {
    clearTimeout(this.timer);
    this.current.set(i);
    this.lines.set(null);
    this.linesPage.set(0);
    this.follow(0);
  }

  private follow(attempt: number): void {
    const c = this.current();
    if (!c) return;
    if (isFinished(c)) {
      void this.loadLines();
      this.history.reload();
      return;
    }
    this.timer = setTimeout(() => {
      void this.api.invoke(getPunchImport, { id: c.id })
        .then((next) => { if (this.current()?.id === next.id) { this.current.set(next); this.follow(attempt + 1); } })
        .catch((e) => this.problem.set(toProblem(e)));
    }, pollDelay(attempt));
  }

  pageLines(e: PageEvent): void {
    this.linesPage.set(e.pageIndex);
    void this.loadLines();
  }

  private async loadLines(): Promise<void> {
    const c = this.current();
    if (!c) return;
    try {
      this.lines.set(await this.api.invoke(listPunchImportLines, { id: c.id, SkipCount: this.linesPage() * LINES_PAGE, MaxResultCount: LINES_PAGE }));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  protected downloadUrl(id: string, format: 'csv' | 'xlsx'): string {
    return `${downloadPunchImportLines.PATH.replace('{id}', id)}?format=${format}`;
  }
}
