import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ActionRunner } from '../action-runner';
import { ContestDto } from '../contests.api';
import { EntriesApi, EntryDto } from '../entries.api';

/** The contest's entries (organisers): people or team, unit, draw number, who nominated, confirmation, state; the .xlsx export. */
@Component({
  selector: 'app-entries-panel',
  imports: [DatePipe, TranslatePipe, ProblemAlertComponent, MatTableModule, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar">
      <span>{{ 'contests.entries.count' | translate: { n: entered() } }}</span>
      <a mat-stroked-button [href]="api.exportUrl(contest().id)" download data-testid="entries-export"><mat-icon>download</mat-icon>{{ 'contests.entries.export' | translate }}</a>
    </div>
    <app-problem-alert [problem]="actions.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="entries()" data-testid="entries-table">
        <ng-container matColumnDef="draw">
          <th mat-header-cell *matHeaderCellDef>{{ 'contests.board.number' | translate }}</th>
          <td mat-cell *matCellDef="let e">{{ e.drawNumber ?? '—' }}</td>
        </ng-container>
        <ng-container matColumnDef="who">
          <th mat-header-cell *matHeaderCellDef>{{ 'contests.entries.who' | translate }}</th>
          <td mat-cell *matCellDef="let e">@for (m of e.members; track m.staffId) { {{ m.staffNumber }} {{ m.name }}{{ $last ? '' : '、' }} }
            <div class="sub">{{ e.unitName ?? e.members[0]?.unitName }}</div></td>
        </ng-container>
        <ng-container matColumnDef="how">
          <th mat-header-cell *matHeaderCellDef>{{ 'contests.entries.how' | translate }}</th>
          <td mat-cell *matCellDef="let e">{{ e.nominatedByName ? ('contests.entries.nominatedBy' | translate: { name: e.nominatedByName }) : ('contests.entries.self' | translate) }}
            <div class="sub">{{ e.enteredAt | date: 'yyyy-MM-dd HH:mm' }}</div></td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef>{{ 'contests.entries.state' | translate }}</th>
          <td mat-cell *matCellDef="let e">{{ 'contests.entryStates.' + e.state | translate }}
            @if (e.state === 'Entered' && !e.confirmed) {
              <button mat-flat-button (click)="confirm(e)" [disabled]="actions.busy()" data-testid="entry-confirm">{{ 'contests.entries.confirm' | translate }}</button>
            }
            @if (e.withdrawnAt) { <div class="sub">{{ e.withdrawnAt | date: 'yyyy-MM-dd HH:mm' }}</div> }</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" data-testid="entry-row"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'contests.entries.none' | translate }}</td></tr>
      </table>
    </div>
  `,
  styles: `
    .bar { display: flex; gap: 12px; align-items: center; justify-content: space-between; flex-wrap: wrap; margin-bottom: 8px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); } .empty { padding: 16px; text-align: center; }
  `,
})
export class EntriesPanelComponent implements OnInit {
  readonly contest = input.required<ContestDto>();
  protected readonly api = inject(EntriesApi);
  protected readonly actions = new ActionRunner();
  protected readonly entries = signal<EntryDto[]>([]);
  protected readonly columns = ['draw', 'who', 'how', 'state'];

  protected entered(): number {
    return this.entries().filter((e) => e.state === 'Entered').length;
  }

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  private async load(): Promise<void> {
    const list = await this.actions.run(() => this.api.list(this.contest().id));
    if (list) this.entries.set([...list].sort((a, b) => (a.drawNumber ?? 1e9) - (b.drawNumber ?? 1e9) || a.enteredAt.localeCompare(b.enteredAt)));
  }

  protected async confirm(e: EntryDto): Promise<void> {
    if (await this.actions.run(() => this.api.confirm(this.contest().id, e.id))) await this.load();
  }
}
