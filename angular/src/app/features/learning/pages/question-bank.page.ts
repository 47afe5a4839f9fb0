import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatListModule } from '@angular/material/list';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { AuthService } from '../../../core/auth.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { createQuestionCategory } from '../../../proxy/fn/question-bank/create-question-category';
import { exportQuestions } from '../../../proxy/fn/question-bank/export-questions';
import { listQuestionCategories } from '../../../proxy/fn/question-bank/list-question-categories';
import { listQuestions } from '../../../proxy/fn/question-bank/list-questions';
import { ContentOwnerChoicesDto, Difficulty, QuestionCategoryDto, QuestionDto, QuestionType } from '../../../proxy/models';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ServerTable } from '../../../shared/server-table';
import { PAGE_SIZES } from '../../../shared/url-state';
import { QuestionDialogComponent } from '../components/question-dialog.component';
import { QUESTION_TYPES } from '../components/question-form';
import { OwnerPickerComponent, loadOwnerChoices } from '../components/owner-picker.component';
import { Permissions } from '../../../core/permissions.generated';

const DEFAULTS = { sort: 'code asc', size: 20 };
const EXTRA = ['categoryId', 'type', 'difficulty', 'tag'];

@Component({
  selector: 'app-question-bank-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule,
    MatInputModule, MatSelectModule, MatButtonModule, MatIconModule, MatProgressBarModule, MatListModule, OwnerPickerComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'learning.question.bank' | translate }}</h1>
      <div class="buttons">
        @if (canImport) {
          <a mat-stroked-button [href]="exportUrl()" download data-testid="questions-export"><mat-icon>download</mat-icon>{{ 'learning.question.export' | translate }}</a>
          <a mat-stroked-button routerLink="import" data-testid="questions-import"><mat-icon>upload_file</mat-icon>{{ 'learning.question.import' | translate }}</a>
        }
        @if (canManage) {
          <button mat-flat-button (click)="edit()" [disabled]="!categories().length" data-testid="create-question"><mat-icon>add</mat-icon>{{ 'learning.question.create' | translate }}</button>
        }
      </div>
    </div>
    <div class="layout">
      <aside [attr.aria-label]="'learning.question.categories' | translate">
        <h2>{{ 'learning.question.categories' | translate }}</h2>
        <mat-nav-list dense data-testid="question-categories">
          <a mat-list-item [activated]="!table.state()['categoryId']" (click)="table.go({ categoryId: '', page: 0 })">{{ 'learning.question.allCategories' | translate }}</a>
          @for (c of categories(); track c.id) {
            <a mat-list-item [activated]="table.state()['categoryId'] === c.id" (click)="table.go({ categoryId: c.id, page: 0 })">
              <span matListItemTitle>{{ c.name }}</span><span matListItemLine>{{ 'learning.question.count' | translate: { count: c.questionCount } }} ·
                <span data-testid="category-owner">{{ c.ownerHallId ? (org.hallNames().get(c.ownerHallId) ?? '—') : ('learning.owner.city' | translate) }}</span></span>
            </a>
          }
        </mat-nav-list>
        @if (canManage) {
          <form class="new-category" [formGroup]="categoryForm" (ngSubmit)="addCategory()">
            <mat-form-field>
              <mat-label>{{ 'learning.question.newCategory' | translate }}</mat-label>
              <input matInput formControlName="name" data-testid="category-name" />
              @if (categoryName.hasError('maxlength')) { <mat-error>{{ 'learning.validation.maxLength' | translate: { n: 64 } }}</mat-error> }
            </mat-form-field>
            <app-owner-picker [control]="categoryOwner" [choices]="ownerChoices()" />
            <button mat-stroked-button type="submit" [disabled]="!categoryName.value.trim() || categoryName.invalid || categoryOwner.invalid" data-testid="category-add">
              {{ 'learning.question.addCategory' | translate }}</button>
          </form>
        }
      </aside>
      <section>
        <div class="filters" role="search">
          <mat-form-field class="grow">
            <mat-label>{{ 'learning.question.filter' | translate }}</mat-label>
            <input matInput [formControl]="filter" data-testid="question-filter" />
            <mat-icon matSuffix aria-hidden="true">search</mat-icon>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.question.type' | translate }}</mat-label>
            <mat-select [value]="table.state()['type']" (selectionChange)="table.go({ type: $event.value, page: 0 })" data-testid="question-type-filter">
              <mat-option value="">{{ 'common.all' | translate }}</mat-option>
              @for (t of types; track t) { <mat-option [value]="t">{{ 'enums.QuestionType.' + t | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.question.difficulty' | translate }}</mat-label>
            <mat-select [value]="table.state()['difficulty']" (selectionChange)="table.go({ difficulty: $event.value, page: 0 })">
              <mat-option value="">{{ 'common.all' | translate }}</mat-option>
              @for (d of difficulties; track d) { <mat-option [value]="d">{{ 'enums.Difficulty.' + d | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.question.tag' | translate }}</mat-label>
            <input matInput [formControl]="tag" />
          </mat-form-field>
        </div>
        @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
        <app-problem-alert [problem]="table.problem()" />
        <div class="table-wrap">
          <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
                 (matSortChange)="table.sort($event)" matSortDisableClear data-testid="question-table">
            <ng-container matColumnDef="code">
              <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'learning.question.code' | translate }}</th>
              <td mat-cell *matCellDef="let q">
                @if (canManage) { <button mat-button class="link" (click)="edit(q)">{{ q.code }}</button> } @else { {{ q.code }} }
              </td>
            </ng-container>
            <ng-container matColumnDef="stem">
              <th mat-header-cell *matHeaderCellDef>{{ 'learning.question.stem' | translate }}</th>
              <td mat-cell *matCellDef="let q" class="stem">{{ q.stem }}</td>
            </ng-container>
            <ng-container matColumnDef="categoryName">
              <th mat-header-cell *matHeaderCellDef class="wide">{{ 'learning.question.category' | translate }}</th>
              <td mat-cell *matCellDef="let q" class="wide">{{ q.categoryName }}</td>
            </ng-container>
            <ng-container matColumnDef="type">
              <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'learning.question.type' | translate }}</th>
              <td mat-cell *matCellDef="let q">{{ 'enums.QuestionType.' + q.type | translate }}</td>
            </ng-container>
            <ng-container matColumnDef="difficulty">
              <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'learning.question.difficulty' | translate }}</th>
              <td mat-cell *matCellDef="let q" class="wide">{{ 'enums.Difficulty.' + q.difficulty | translate }}</td>
            </ng-container>
            <ng-container matColumnDef="tags">
              <th mat-header-cell *matHeaderCellDef class="wide">{{ 'learning.question.tags' | translate }}</th>
              <td mat-cell *matCellDef="let q" class="wide">{{ q.tags.join('、') }}</td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
            <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
          </table>
        </div>
        <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                       (page)="table.paginate($event)" showFirstLastButtons />
      </section>
    </div>
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
    h1 { font-size: 22px; } h2 { font-size: 16px; margin: 8px 0; } .buttons { display: flex; gap: 8px; flex-wrap: wrap; }
    .layout { display: grid; grid-template-columns: 240px 1fr; gap: 16px; align-items: start; }
    aside { border: 1px solid rgba(0, 0, 0, .12); border-radius: 8px; padding: 8px; }
    .new-category { display: flex; flex-direction: column; gap: 4px; padding: 8px 4px 0; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; } .filters mat-form-field { width: 150px; } .filters .grow { flex: 1; min-width: 200px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .stem { max-width: 420px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; } .link { padding: 0; min-width: 0; }
    @media (max-width: 799px) { .layout { grid-template-columns: 1fr; } .wide { display: none; } .filters mat-form-field { width: 100%; } }
  `,
})
export class QuestionBankPage {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthService);
  protected readonly org = inject(OrganizationTreeService);
  protected readonly canManage = this.auth.has(Permissions.Learning.Questions.Manage);
  protected readonly canImport = this.auth.has(Permissions.Learning.Questions.Import);
  protected readonly columns = ['code', 'stem', 'categoryName', 'type', 'difficulty', 'tags'];
  protected readonly types = QUESTION_TYPES;
  protected readonly difficulties: Difficulty[] = ['Easy', 'Medium', 'Hard'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly categories = signal<QuestionCategoryDto[]>([]);
  protected readonly table = new ServerTable<QuestionDto>(DEFAULTS, EXTRA, (s) => this.api.invoke(listQuestions, {
    Filter: s.filter || undefined,
    CategoryId: (s['categoryId'] as string) || undefined,
    Type: (s['type'] as QuestionType) || undefined,
    Difficulty: (s['difficulty'] as Difficulty) || undefined,
    Tag: (s['tag'] as string) || undefined,
    SkipCount: s.page * s.size,
    MaxResultCount: s.size,
    Sorting: s.sort,
  }));
  protected readonly exportUrl = computed(() => {
    const id = this.table.state()['categoryId'];
    return id ? `${exportQuestions.PATH}?categoryId=${encodeURIComponent(id)}` : exportQuestions.PATH;
  });
  protected readonly filter = new FormControl(this.table.state().filter, { nonNullable: true });
  protected readonly tag = new FormControl(String(this.table.state()['tag']), { nonNullable: true });
  protected readonly categoryName = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(64)] });
  protected readonly categoryOwner = new FormControl('', { nonNullable: true });
  protected readonly categoryForm = new FormGroup({ name: this.categoryName, owner: this.categoryOwner });
  protected readonly ownerChoices = signal<ContentOwnerChoicesDto | null>(null);

  constructor() {
    void this.loadCategories();
    void this.org.load();
    if (this.canManage) void loadOwnerChoices(this.api, this.categoryOwner).then((c) => this.ownerChoices.set(c));
    this.filter.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((filter) =>
      this.table.go({ filter: filter.trim(), page: 0 }, true));
    this.tag.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((tag) =>
      this.table.go({ tag: tag.trim(), page: 0 }, true));
  }

  edit(question?: QuestionDto): void {
    this.dialog.open(QuestionDialogComponent, {
      data: { categories: this.categories(), question, categoryId: (this.table.state()['categoryId'] as string) || undefined },
      autoFocus: 'first-tabbable',
      maxWidth: '96vw',
    }).afterClosed().subscribe((saved?: QuestionDto) => {
      if (!saved) return;
      this.table.reload();
      void this.loadCategories();
    });
  }

  async addCategory(): Promise<void> {
    const name = this.categoryName.value.trim();
    if (!name || this.categoryName.invalid || this.categoryOwner.invalid) return;
    this.table.problem.set(null);
    try {
      const created = await this.api.invoke(createQuestionCategory, { body: { name, ownerHallId: this.categoryOwner.value || null } });
      this.categoryName.reset('');
      await this.loadCategories();
      this.table.go({ categoryId: created.id, page: 0 });
    } catch (e) {
      this.table.problem.set(toProblem(e));
    }
  }

  private async loadCategories(): Promise<void> {
    try {
      this.categories.set(await this.api.invoke(listQuestionCategories));
    } catch (e) {
      this.table.problem.set(toProblem(e));
    }
  }
}
