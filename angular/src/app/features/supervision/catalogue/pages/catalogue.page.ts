import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { byCategory } from '../catalogue-rules';
import { CatalogueApi, CatalogueItemDto } from '../catalogue.api';
import { CatalogueItemDialogComponent, CatalogueItemDialogData } from '../components/catalogue-item-dialog.component';

/**
 * 督查事项目录: violations and commendations by category with their points for a person and for a window unit. A change
 * writes the item's next version (findings keep theirs): each item shows its version and, opened, its history. Items
 * no longer used are retired (kept for the record) and can be restored.
 */
@Component({
  selector: 'app-catalogue-page',
  imports: [TranslatePipe, ProblemAlertComponent, MatButtonModule, MatIconModule, MatProgressBarModule, MatSlideToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'supervision.catalogue.title' | translate }}</h1>
      @if (canManage) { <button mat-flat-button (click)="edit(null)" data-testid="catalogue-add"><mat-icon>add</mat-icon>{{ 'supervision.catalogue.add' | translate }}</button> }
    </div>
    <p class="intro">{{ 'supervision.catalogue.intro' | translate }}</p>
    <mat-slide-toggle [checked]="withRetired()" (change)="withRetired.set($event.checked); load()" data-testid="catalogue-retired">{{ 'supervision.catalogue.showRetired' | translate }}</mat-slide-toggle>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @for (g of groups(); track g.category) {
      <section>
        <h2>{{ 'supervision.kinds.' + g.items[0].kind | translate }} · {{ 'supervision.categories.' + g.category | translate }}</h2>
        <div class="table-wrap">
          <table class="items" data-testid="catalogue-table">
            <thead><tr>
              <th>{{ 'supervision.catalogue.code' | translate }}</th><th>{{ 'supervision.catalogue.name' | translate }}</th>
              <th class="num">{{ 'supervision.catalogue.personPoints' | translate }}</th><th class="num">{{ 'supervision.catalogue.unitPoints' | translate }}</th>
              <th>{{ 'supervision.catalogue.version' | translate }}</th><th>{{ 'common.actions' | translate }}</th>
            </tr></thead>
            <tbody>
              @for (i of g.items; track i.id) {
                <tr [class.retired]="i.isRetired" data-testid="catalogue-row">
                  <td>{{ i.code }}</td>
                  <td>{{ i.nameZh }} <span class="muted">{{ i.nameEn }}</span>
                    @if (i.description) { <div class="muted small">{{ i.description }}</div> }
                    @if (i.isRetired) { <div class="small retired-tag">{{ 'supervision.catalogue.retired' | translate }}</div> }</td>
                  <td class="num">{{ i.personPoints }}</td>
                  <td class="num">{{ i.unitPoints }}</td>
                  <td>
                    <button mat-button (click)="toggleVersions(i)" [attr.aria-expanded]="open() === i.code" data-testid="catalogue-versions">
                      {{ 'supervision.catalogue.versionN' | translate: { n: i.version } }}<mat-icon iconPositionEnd>{{ open() === i.code ? 'expand_less' : 'expand_more' }}</mat-icon></button>
                  </td>
                  <td>
                    @if (canManage) {
                      @if (!i.isRetired) { <button mat-button (click)="edit(i)" data-testid="catalogue-revise">{{ 'supervision.catalogue.revise' | translate }}</button> }
                      <button mat-button (click)="retire(i)" data-testid="catalogue-retire">{{ (i.isRetired ? 'supervision.catalogue.restore' : 'supervision.catalogue.retire') | translate }}</button>
                    }
                  </td>
                </tr>
                @if (open() === i.code) {
                  <tr class="versions"><td colspan="6">
                    <ol reversed data-testid="catalogue-version-list">
                      @for (v of versions(); track v.id) {
                        <li>{{ 'supervision.catalogue.versionN' | translate: { n: v.version } }} · {{ 'supervision.categories.' + v.category | translate }} · {{ v.nameZh }} / {{ v.nameEn }} ·
                          {{ 'supervision.catalogue.pointsPair' | translate: { person: v.personPoints, unit: v.unitPoints } }}
                          @if (v.isCurrent) { <b>（{{ 'supervision.catalogue.current' | translate }}）</b> }</li>
                      }
                    </ol>
                  </td></tr>
                }
              }
            </tbody>
          </table>
        </div>
      </section>
    } @empty {
      @if (!loading()) { <p class="muted">{{ 'common.empty' | translate }}</p> }
    }
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; } h1 { font-size: 22px; }
    h2 { font-size: 16px; margin: 20px 0 4px; }
    .intro { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .table-wrap { overflow-x: auto; }
    .items { width: 100%; border-collapse: collapse; }
    .items th, .items td { text-align: left; padding: 6px 8px; border-bottom: 1px solid rgba(0, 0, 0, 0.08); vertical-align: top; }
    .items th { font-weight: 500; color: rgba(0, 0, 0, 0.6); font-size: 13px; }
    .num { text-align: right !important; width: 80px; }
    .muted { color: rgba(0, 0, 0, 0.6); } .small { font-size: 12px; }
    .retired td { color: #888; } .retired-tag { color: #b71c1c; }
    .versions td { background: #fafafa; } .versions ol { margin: 0; }
  `,
})
export class CataloguePage {
  private readonly api = inject(CatalogueApi);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly canManage = inject(AuthService).has(Permissions.Supervision.Catalogue.Manage);
  protected readonly items = signal<CatalogueItemDto[]>([]);
  protected readonly groups = computed(() => byCategory(this.items()));
  protected readonly withRetired = signal(false);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly open = signal<string | null>(null);
  protected readonly versions = signal<CatalogueItemDto[]>([]);

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.items.set(await this.api.list({ includeRetired: this.withRetired() }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }

  protected edit(item: CatalogueItemDto | null): void {
    const data: CatalogueItemDialogData = { item, items: this.items() };
    this.dialog.open(CatalogueItemDialogComponent, { data, width: '640px', maxWidth: '96vw', autoFocus: 'first-tabbable' }).afterClosed()
      .subscribe(async (saved?: CatalogueItemDto) => {
        if (!saved) return;
        const key = item ? 'supervision.catalogue.revised' : 'common.saved';
        this.snack.open(this.translate.instant(key, { code: saved.code, n: saved.version }), undefined, { duration: 3000 });
        this.open.set(null);
        await this.load();
      });
  }

  protected async retire(i: CatalogueItemDto): Promise<void> {
    this.problem.set(null);
    try {
      await this.api.retire(i.code, !i.isRetired);
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  protected async toggleVersions(i: CatalogueItemDto): Promise<void> {
    if (this.open() === i.code) {
      this.open.set(null);
      return;
    }
    this.versions.set([]);
    this.open.set(i.code);
    try {
      this.versions.set(await this.api.versions(i.code));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }
}
