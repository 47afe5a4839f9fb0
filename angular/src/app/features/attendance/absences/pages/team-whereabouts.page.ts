import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { listPeopleOutNow } from '../../../../proxy/fn/whereabouts/list-people-out-now';
import { listWhereaboutsNotes } from '../../../../proxy/fn/whereabouts/list-whereabouts-notes';
import { WhereaboutsNoteDto } from '../../../../proxy/models';
import { formatBeijing } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';

/** The lead's view of 去向留言: who is out now in their units, and today's notes. */
@Component({
  selector: 'app-team-whereabouts-page',
  imports: [TranslatePipe, ProblemAlertComponent, MatButtonModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, MatSortModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'attendance.absences.notes.team' | translate }}</h1>
      <button mat-icon-button (click)="refresh()" aria-label="refresh"><mat-icon>refresh</mat-icon></button>
    </div>
    <h2>{{ 'attendance.absences.notes.outNow' | translate }}</h2>
    <app-problem-alert [problem]="problem()" />
    <ul class="out" data-testid="people-out">
      @for (n of outNow(); track n.id) {
        <li [class.overdue]="n.isOverdue">
          <strong>{{ n.staffName }}</strong> {{ n.windowCode }} · {{ n.destination }} ·
          {{ 'attendance.absences.notes.since' | translate: { time: time(n.leftAt).slice(11) } }} ·
          {{ 'attendance.absences.notes.expected' | translate: { time: time(n.expectedBackAt).slice(11) } }}
          @if (n.isOverdue) { · {{ 'attendance.absences.notes.overdue' | translate }} }
        </li>
      } @empty { <li class="muted">{{ 'attendance.absences.notes.nobodyOut' | translate }}</li> }
    </ul>
    <h2>{{ 'attendance.absences.notes.today' | translate }}</h2>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="notes-table">
        <ng-container matColumnDef="person"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.notes.person' | translate }}</th>
          <td mat-cell *matCellDef="let n">{{ n.staffName }} <span class="muted">{{ n.staffNumber }}</span></td></ng-container>
        <ng-container matColumnDef="window"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.notes.window' | translate }}</th>
          <td mat-cell *matCellDef="let n">{{ n.windowCode }}</td></ng-container>
        <ng-container matColumnDef="destination"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.notes.destination' | translate }}</th>
          <td mat-cell *matCellDef="let n">{{ n.destination }}</td></ng-container>
        <ng-container matColumnDef="leftAt"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.absences.notes.leftAt' | translate }}</th>
          <td mat-cell *matCellDef="let n">{{ time(n.leftAt).slice(11) }}</td></ng-container>
        <ng-container matColumnDef="expectedBackAt"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.absences.notes.backAt' | translate }}</th>
          <td mat-cell *matCellDef="let n">{{ time(n.expectedBackAt).slice(11) }}</td></ng-container>
        <ng-container matColumnDef="returnedAt"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.absences.notes.returned' | translate }}</th>
          <td mat-cell *matCellDef="let n">{{ n.returnedAt ? time(n.returnedAt).slice(11) : ('attendance.absences.notes.stillOut' | translate) }}</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'attendance.absences.notes.none' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; } h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 20px; }
    .out { padding-left: 18px; line-height: 2; } .overdue { color: #b3261e; } .muted { color: rgba(0, 0, 0, .6); font-size: 12px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
  `,
})
export class TeamWhereaboutsPage implements OnInit {
  private readonly api = inject(Api);
  protected readonly columns = ['person', 'window', 'destination', 'leftAt', 'expectedBackAt', 'returnedAt'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly outNow = signal<WhereaboutsNoteDto[]>([]);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly table = new ServerTable<WhereaboutsNoteDto>({ sort: 'leftAt desc', size: 20 }, [], (s) =>
    this.api.invoke(listWhereaboutsNotes, { SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort }));

  async ngOnInit(): Promise<void> {
    await this.loadOut();
  }

  protected time(at: string): string {
    return formatBeijing(at);
  }

  async refresh(): Promise<void> {
    this.table.reload();
    await this.loadOut();
  }

  private async loadOut(): Promise<void> {
    try {
      this.outNow.set(await this.api.invoke(listPeopleOutNow));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }
}
