import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../../core/problem';
import { beijingToday, formatBeijing } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { hallsInScope } from '../../../supervision/inspections/scope-halls';
import { CasesApi, ProblemListLineDto } from '../cases.api';
import { monthFromQuery, recentYears } from '../problem-list-rules';

/**
 * 问题清单表 of a hall and month (附件 2): every case received in the month and those still open from before (marked
 * 是), with the Excel and PDF downloads. The month and hall are in the URL.
 */
@Component({
  selector: 'app-unresolved-problem-list-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, MatSelectModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'unresolved.problemList.title' | translate }}</h1>
    <p class="intro">{{ 'unresolved.problemList.intro' | translate }}</p>
    <div class="filters">
      @if (halls().length > 1) {
        <mat-form-field>
          <mat-label>{{ 'unresolved.problemList.hall' | translate }}</mat-label>
          <mat-select [value]="hallId()" (selectionChange)="go({ hall: $event.value })" data-testid="problem-list-hall">
            @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>{{ 'unresolved.problemList.month' | translate }}</mat-label>
        <mat-select [value]="period().year * 100 + period().month" (selectionChange)="go({ month: toMonth($event.value) })" data-testid="problem-list-month">
          @for (m of months; track m.value) { <mat-option [value]="m.value">{{ m.label }}</mat-option> }
        </mat-select>
      </mat-form-field>
      @if (hallId()) {
        <a mat-stroked-button [href]="api.problemListUrl(hallId(), period().year, period().month, 'xlsx')" data-testid="problem-list-xlsx"><mat-icon>table_view</mat-icon>{{ 'unresolved.problemList.xlsx' | translate }}</a>
        <a mat-stroked-button [href]="api.problemListUrl(hallId(), period().year, period().month, 'pdf')" target="_blank" rel="noopener" data-testid="problem-list-pdf"><mat-icon>picture_as_pdf</mat-icon>{{ 'unresolved.problemList.pdf' | translate }}</a>
      }
    </div>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="rows()" data-testid="problem-list-table">
        <ng-container matColumnDef="seq"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.problemList.seq' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.serial }}</td></ng-container>
        <ng-container matColumnDef="received"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.problemList.receivedAt' | translate }}</th>
          <td mat-cell *matCellDef="let r"><a [routerLink]="['/unresolved/cases', r.caseId]">{{ r.number }}</a><div class="sub">{{ at(r.receivedAt) }}</div></td></ng-container>
        <ng-container matColumnDef="window"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.problemList.window' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.unitName ?? ('unresolved.cases.notInHall' | translate) }}@if (r.windowName) { <div class="sub">{{ r.windowName }}</div> }</td></ng-container>
        <ng-container matColumnDef="complainant"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.problemList.complainant' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.complainantName }}<div class="sub">{{ r.complainantContact }}</div></td></ng-container>
        <ng-container matColumnDef="channel"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.problemList.channel' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ 'unresolved.channels.' + r.channel | translate }}</td></ng-container>
        <ng-container matColumnDef="description"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.problemList.description' | translate }}</th>
          <td mat-cell *matCellDef="let r" class="text"><strong>{{ r.matter }}</strong>：{{ r.description }}</td></ng-container>
        <ng-container matColumnDef="handling"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.problemList.handling' | translate }}</th>
          <td mat-cell *matCellDef="let r" class="text">@if (r.inProgress) { <strong class="late">{{ 'unresolved.problemList.inProgress' | translate }}</strong> }{{ r.handling }}</td></ng-container>
        <ng-container matColumnDef="basis"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.problemList.basis' | translate }}</th>
          <td mat-cell *matCellDef="let r" class="text">{{ r.basis }}</td></ng-container>
        <ng-container matColumnDef="carried"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.problemList.carriedOver' | translate }}</th>
          <td mat-cell *matCellDef="let r" data-testid="problem-list-carried">{{ r.carriedOver ? ('unresolved.problemList.yes' | translate) : '' }}</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" data-testid="problem-list-row"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'unresolved.problemList.none' | translate }}</td></tr>
      </table>
    </div>
  `,
  styles: `
    h1 { font-size: 22px; } .intro { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; } .filters mat-form-field { width: 200px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .text { white-space: pre-wrap; max-width: 36ch; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); } .late { color: #b71c1c; margin-right: 4px; } .empty { padding: 16px; text-align: center; }
  `,
})
export class UnresolvedProblemListPage {
  protected readonly api = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private readonly org = inject(OrganizationTreeService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly query = signal(this.route.snapshot.queryParamMap);
  protected readonly at = formatBeijing;
  protected readonly columns = ['seq', 'received', 'window', 'complainant', 'channel', 'description', 'handling', 'basis', 'carried'];
  protected readonly halls = computed(() => hallsInScope(this.auth.user()?.scope, this.org.tree()));
  protected readonly hallId = computed(() => this.query().get('hall') || this.halls()[0]?.id || '');
  protected readonly period = computed(() => monthFromQuery(this.query().get('month'), beijingToday()));
  /** This month and the 23 before it, newest first. */
  protected readonly months = recentYears(beijingToday(), 3)
    .flatMap((y) => Array.from({ length: 12 }, (_, i) => ({ value: y * 100 + 12 - i, label: `${y}-${String(12 - i).padStart(2, '0')}` })))
    .filter((m) => m.value <= Number(beijingToday().slice(0, 7).replace('-', '')))
    .slice(0, 24);
  protected readonly rows = signal<ProblemListLineDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    void this.org.load();
    this.route.queryParamMap.subscribe((q) => this.query.set(q));
    effect(() => {
      const hall = this.hallId(), { year, month } = this.period();
      if (hall) void this.load(hall, year, month);
    });
  }

  protected toMonth(v: number): string {
    return `${Math.floor(v / 100)}-${String(v % 100).padStart(2, '0')}`;
  }

  protected go(change: { hall?: string; month?: string }): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }

  private async load(hall: string, year: number, month: number): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.rows.set((await this.api.problemList(hall, year, month)).lines);
    } catch (e) {
      this.problem.set(toProblem(e));
      this.rows.set([]);
    } finally {
      this.loading.set(false);
    }
  }
}
