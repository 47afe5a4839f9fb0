import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { formatBeijing } from '../../../../shared/beijing-time';
import { raterText } from '../rater';
import { RatingDto } from '../ratings-api';

/**
 * Ratings as a table, the same on the ratings list and My ratings: level (bad in red), channel, case, window, matter,
 * who served (待认定 with an attribute button for a lead), tags, the masked rater, the case's step (a link to the case)
 * and the 已剔除 badge. Sorting is the server's (the page passes its state in and gets the change out).
 */
@Component({
  selector: 'app-ratings-table',
  imports: [RouterLink, TranslatePipe, MatButtonModule, MatIconModule, MatSortModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-wrap">
      <table mat-table [dataSource]="rows()" matSort [matSortActive]="sortField()" [matSortDirection]="sortDir()" (matSortChange)="sortChange.emit($event)"
             matSortDisableClear data-testid="ratings-table">
        <ng-container matColumnDef="ratedAt"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.dashboard.list.ratedAt' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ when(r.ratedAt) }}</td></ng-container>
        <ng-container matColumnDef="level"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.dashboard.list.level' | translate }}</th>
          <td mat-cell *matCellDef="let r"><span class="chip" [class.bad]="r.isBad" [attr.data-level]="r.level" data-testid="rating-level">{{ 'ratings.levels.' + r.level | translate }}</span>
            @if (r.excluded) { <span class="chip excluded" data-testid="rating-excluded">{{ 'ratings.excluded' | translate }}</span> }</td></ng-container>
        <ng-container matColumnDef="channel"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.dashboard.list.channel' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ 'ratings.channels.' + r.channel | translate }}</td></ng-container>
        <ng-container matColumnDef="caseNumber"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.dashboard.list.caseNumber' | translate }}</th>
          <td mat-cell *matCellDef="let r" data-testid="rating-case-number">{{ r.caseNumber }}</td></ng-container>
        <ng-container matColumnDef="window"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.dashboard.list.window' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.windowName }} <span class="muted">{{ r.windowCode }} · {{ r.unitName }}</span></td></ng-container>
        <ng-container matColumnDef="matter"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.dashboard.list.matter' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.matterName ?? '—' }}</td></ng-container>
        <ng-container matColumnDef="staff"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.dashboard.list.staff' | translate }}</th>
          <td mat-cell *matCellDef="let r">
            @if (r.staffId) { {{ r.staffName }} <span class="muted">{{ r.staffNumber }}</span> }
            @else if (r.attribution === 'Ambiguous') {
              <span class="chip pending">{{ 'ratings.dashboard.list.toAttribute' | translate }}</span>
              @if (canAttribute()) { <button mat-button type="button" (click)="attribute.emit(r)" data-testid="rating-attribute">{{ 'ratings.dashboard.list.attribute' | translate }}</button> }
            } @else { <span class="muted">{{ 'ratings.dashboard.list.nobody' | translate }}</span> }
          </td></ng-container>
        <ng-container matColumnDef="tags"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.dashboard.list.tags' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.tags.join('、') }}@if (r.comment) { <div class="comment">{{ r.comment }}</div> }</td></ng-container>
        <ng-container matColumnDef="rater"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.dashboard.list.rater' | translate }}</th>
          <td mat-cell *matCellDef="let r" data-testid="rating-rater">
            @if (rater(r); as t) { @if ('key' in t) { <span class="muted">{{ t.key | translate }}</span> } @else { {{ t.text }} } }
            @else { <span class="muted">{{ 'ratings.dashboard.list.anonymous' | translate }}</span> }
          </td></ng-container>
        <ng-container matColumnDef="case"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.dashboard.list.case' | translate }}</th>
          <td mat-cell *matCellDef="let r">
            @if (r.caseId) {
              @if (canOpenCases) { <a [routerLink]="['/ratings/cases', r.caseId]" data-testid="rating-case-link">{{ 'ratings.caseStates.' + r.caseState | translate }}</a> }
              @else { <span data-testid="rating-case-state">{{ 'ratings.caseStates.' + r.caseState | translate }}</span> }
            }
            @if (appealable() && r.isBad && !r.excluded) {
              <button mat-button type="button" (click)="appeal.emit(r)" data-testid="rating-appeal"><mat-icon>gavel</mat-icon>{{ 'ratings.dashboard.my.appeal' | translate }}</button>
            }
          </td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns()"></tr>
        <tr mat-row *matRowDef="let row; columns: columns()" [class.excluded-row]="row.excluded"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns().length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
  `,
  styles: `
    .table-wrap { overflow-x: auto; } table { width: 100%; } .muted { color: #666; font-size: 12px; } .empty { padding: 16px; text-align: center; }
    .chip { display: inline-block; padding: 2px 8px; border-radius: 12px; font-size: 12px; background: #e8f5e9; color: #1b5e20; white-space: nowrap; }
    .chip.bad { background: #fdecea; color: #b3261e; font-weight: 500; } .chip.excluded { background: #eceff1; color: #37474f; margin-left: 4px; }
    .chip.pending { background: #fff4e5; color: #7a4100; } .comment { font-size: 12px; color: #444; max-width: 280px; }
    .excluded-row td { color: #777; }
  `,
})
export class RatingsTableComponent {
  /** The case page is the handlers' (leads, managers): staff see their case's step, not a link they may not open. */
  protected readonly canOpenCases = inject(AuthService).has(Permissions.Ratings.Cases.Default);
  readonly rows = input.required<RatingDto[]>();
  readonly columns = input.required<string[]>();
  readonly sortField = input('ratedAt');
  readonly sortDir = input<'asc' | 'desc'>('desc');
  readonly canAttribute = input(false);
  /** My ratings: a bad rating not excluded offers 申诉. */
  readonly appealable = input(false);
  readonly sortChange = output<Sort>();
  readonly attribute = output<RatingDto>();
  readonly appeal = output<RatingDto>();
  protected readonly when = formatBeijing;
  protected readonly rater = (r: RatingDto) => raterText(r.rater);
}
