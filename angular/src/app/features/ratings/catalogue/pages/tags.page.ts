import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { TagDialogComponent } from '../components/tag-dialog.component';
import { Api } from '../../../../proxy/api';
import { listRatingTags } from '../../../../proxy/fn/rating-tags/list-rating-tags';
import { updateRatingTag } from '../../../../proxy/fn/rating-tags/update-rating-tag';
import { IndicatorTagDto } from '../../../../proxy/models';

/** 评价指标: the indicator tags a rating can carry (态度, 效率 …): added, renamed, reordered and taken out of use, never deleted once used. */
@Component({
  selector: 'app-tags-page',
  imports: [TranslatePipe, ProblemAlertComponent, MatButtonModule, MatIconModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'ratings.catalogue.tags.title' | translate }}</h1>
      @if (canManage) { <button mat-flat-button (click)="edit(null)" data-testid="tag-add"><mat-icon>add</mat-icon>{{ 'ratings.catalogue.tags.add' | translate }}</button> }
    </div>
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="tags()" data-testid="tags-table">
        <ng-container matColumnDef="code"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.catalogue.code' | translate }}</th><td mat-cell *matCellDef="let t">{{ t.code }}</td></ng-container>
        <ng-container matColumnDef="name"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.catalogue.tags.nameZh' | translate }}</th>
          <td mat-cell *matCellDef="let t">{{ t.nameZh }} <span class="muted">{{ t.nameEn }}</span></td></ng-container>
        <ng-container matColumnDef="sortOrder"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.catalogue.tags.sortOrder' | translate }}</th><td mat-cell *matCellDef="let t">{{ t.sortOrder }}</td></ng-container>
        <ng-container matColumnDef="active"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.catalogue.active' | translate }}</th>
          <td mat-cell *matCellDef="let t">{{ (t.isActive ? 'common.yes' : 'common.no') | translate }}</td></ng-container>
        <ng-container matColumnDef="actions"><th mat-header-cell *matHeaderCellDef>{{ 'common.actions' | translate }}</th>
          <td mat-cell *matCellDef="let t">
            @if (canManage) {
              <button mat-button (click)="edit(t)" data-testid="tag-edit">{{ 'common.edit' | translate }}</button>
              <button mat-button (click)="toggle(t)" data-testid="tag-toggle">{{ (t.isActive ? 'ratings.catalogue.tags.deactivate' : 'ratings.catalogue.tags.activate') | translate }}</button>
            }
          </td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" [class.inactive]="!row.isActive"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; } h1 { font-size: 22px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .muted { color: #666; font-size: 12px; } .empty { padding: 16px; text-align: center; }
    .inactive td { color: #888; }
  `,
})
export class TagsPage implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly canManage = inject(AuthService).has(Permissions.Ratings.Catalogue.Manage);
  protected readonly columns = ['code', 'name', 'sortOrder', 'active', 'actions'];
  protected readonly tags = signal<IndicatorTagDto[]>([]);
  protected readonly problem = signal<Problem | null>(null);

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected edit(tag: IndicatorTagDto | null): void {
    this.dialog.open(TagDialogComponent, { data: tag, autoFocus: 'first-tabbable' }).afterClosed().subscribe(async (saved?: IndicatorTagDto) => {
      if (!saved) return;
      this.snack.open(this.translate.instant('common.saved'), undefined, { duration: 2000 });
      await this.load();
    });
  }

  protected async toggle(t: IndicatorTagDto): Promise<void> {
    this.problem.set(null);
    try {
      await this.api.invoke(updateRatingTag, { id: t.id, body: { code: t.code, nameZh: t.nameZh, nameEn: t.nameEn, sortOrder: t.sortOrder, isActive: !t.isActive } });
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  private async load(): Promise<void> {
    try {
      this.tags.set(await this.api.invoke(listRatingTags));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }
}
