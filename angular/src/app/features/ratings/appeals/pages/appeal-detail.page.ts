import { ChangeDetectionStrategy, Component, inject, input, resource, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { Problem, toProblem } from '../../../../core/problem';
import { formatBeijing } from '../../../../shared/beijing-time';
import { ConfirmDialogComponent, ConfirmDialogData } from '../../../../shared/confirm-dialog.component';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { fileSizeText } from '../../../learning/lesson-files';
import { REASON_MIN_LENGTH } from '../../cases/cases.api';
import { LevelChipComponent } from '../../cases/components/case-state-chip.component';
import { AppealsApi } from '../appeals.api';
import { AppealStateChipComponent } from '../components/appeal-state-chip.component';
import { evidenceLine } from '../evidence-rules';

/** One appeal: the rating, the statement, the evidence to download and, for a hall manager, approve or reject with a reason. */
@Component({
  selector: 'app-appeal-detail-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, MatButtonModule, MatIconModule, MatFormFieldModule, MatInputModule, MatProgressBarModule,
    ProblemAlertComponent, AppealStateChipComponent, LevelChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/ratings/appeals"><mat-icon>arrow_back</mat-icon>{{ 'ratings.appeals.back' | translate }}</a>
    @if (appeal.isLoading()) { <mat-progress-bar mode="indeterminate" /> }
    @if (appeal.error(); as e) { <app-problem-alert [problem]="problemOf(e)" /> }
    @if (appeal.value(); as a) {
      <header>
        <h1>{{ 'ratings.appeals.detailTitle' | translate: { number: a.caseNumber } }}</h1>
        <app-appeal-state-chip [state]="a.state" />
      </header>
      <div class="grid">
        <section>
          <h2>{{ 'ratings.appeals.rating' | translate }}</h2>
          <dl>
            <dt>{{ 'ratings.appeals.level' | translate }}</dt><dd><app-level-chip [level]="a.level" /></dd>
            <dt>{{ 'ratings.appeals.unit' | translate }}</dt><dd>{{ a.unitName }}</dd>
            <dt>{{ 'ratings.appeals.staff' | translate }}</dt><dd>{{ a.staffName ? a.staffName + ' (' + a.staffNumber + ')' : '—' }}</dd>
            <dt>{{ 'ratings.appeals.ratedOn' | translate }}</dt><dd>{{ a.ratingDate }}</dd>
            <dt>{{ 'ratings.appeals.comment' | translate }}</dt><dd>{{ a.comment || '—' }}</dd>
          </dl>
        </section>
        <section>
          <h2>{{ 'ratings.appeals.request.heading' | translate }}</h2>
          <dl>
            <dt>{{ 'ratings.appeals.reason' | translate }}</dt><dd>{{ 'ratings.appeals.reasons.' + a.reason | translate }}</dd>
            <dt>{{ 'ratings.appeals.requestedAt' | translate }}</dt><dd>{{ time(a.requestedAt) }} · {{ a.requestedByName }}</dd>
          </dl>
          <p class="statement" data-testid="appeal-statement-text">{{ a.statement }}</p>
          <h3>{{ 'ratings.appeals.evidence' | translate }}</h3>
          <ul class="files" data-testid="appeal-evidence">
            @for (f of a.evidence; track f.fileId) {
              <li>
                <span class="kind">{{ kind(f.fileName) }}</span>
                <a [href]="api.evidenceUrl(a.id, f.fileId)" download data-testid="evidence-link"><mat-icon aria-hidden="true" inline>download</mat-icon>{{ f.fileName }}</a>
                <small>{{ size(f.size) }}</small>
              </li>
            } @empty {
              <li class="none">{{ 'ratings.appeals.noEvidence' | translate }}</li>
            }
          </ul>
        </section>
      </div>
      @if (a.state !== 'Pending') {
        <section class="decision" data-testid="appeal-decision">
          <h2>{{ 'ratings.appeals.decision' | translate }}</h2>
          <p>{{ (a.state === 'Approved' ? 'ratings.appeals.approvedText' : 'ratings.appeals.rejectedText') | translate: { name: a.decidedByName, at: time(a.decidedAt) } }}</p>
          <p class="statement">{{ a.decisionReason }}</p>
        </section>
      } @else if (canDecide) {
        <section class="decision" data-testid="appeal-decide">
          <h2>{{ 'ratings.appeals.decide' | translate }}</h2>
          <mat-form-field class="reason">
            <mat-label>{{ 'ratings.appeals.decisionReason' | translate }}</mat-label>
            <textarea matInput [formControl]="reason" rows="3" maxlength="2000" data-testid="decision-reason"></textarea>
            <mat-hint>{{ 'ratings.appeals.decisionHint' | translate: { n: minLength } }}</mat-hint>
            @if (reason.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (reason.hasError('minlength')) { <mat-error>{{ 'validation.minLength' | translate: { n: minLength } }}</mat-error> }
          </mat-form-field>
          <app-problem-alert [problem]="problem()" />
          <div class="buttons">
            <button mat-flat-button (click)="decide(true)" [disabled]="busy()" data-testid="appeal-approve"><mat-icon>check</mat-icon>{{ 'ratings.appeals.approve' | translate }}</button>
            <button mat-stroked-button (click)="decide(false)" [disabled]="busy()" data-testid="appeal-reject"><mat-icon>close</mat-icon>{{ 'ratings.appeals.reject' | translate }}</button>
          </div>
        </section>
      } @else {
        <p>{{ 'ratings.appeals.waiting' | translate }}</p>
      }
    }
  `,
  styles: `
    header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    h1 { font-size: 22px; margin: 8px 8px 8px 0; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    h3 { font-size: 14px; margin: 12px 0 4px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; margin: 8px 0 16px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
    dt { color: rgba(0, 0, 0, 0.6); }
    dd { margin: 0; }
    .statement { white-space: pre-wrap; }
    .files { list-style: none; padding: 0; margin: 0; }
    .files li { display: flex; align-items: center; gap: 8px; }
    .kind { font-size: 12px; padding: 0 6px; border-radius: 4px; background: #eceff1; }
    .none { color: rgba(0, 0, 0, 0.6); }
    .decision { border: 1px solid rgba(0, 0, 0, 0.12); border-radius: 8px; padding: 12px 16px; max-width: 720px; }
    .reason { width: 100%; }
    .buttons { display: flex; gap: 8px; flex-wrap: wrap; }
  `,
})
export class AppealDetailPage {
  protected readonly api = inject(AppealsApi);
  private readonly dialog = inject(MatDialog);
  readonly id = input.required<string>();
  protected readonly canDecide = inject(AuthService).has(Permissions.Ratings.Appeals.Decide);
  protected readonly appeal = resource({ params: () => ({ id: this.id() }), loader: ({ params }) => this.api.get(params.id) });
  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, (c) => ([...(c.value as string).trim()].length >= REASON_MIN_LENGTH ? null : { minlength: true })],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly time = formatBeijing;
  protected readonly size = fileSizeText;
  protected readonly problemOf = toProblem;

  constructor() {
    // Validate as one types.
    this.reason.valueChanges.subscribe(() => this.reason.markAsTouched());
  }

  protected kind(fileName: string): string {
    return evidenceLine({ name: fileName, size: 1 }).kind;
  }

  async decide(approve: boolean): Promise<void> {
    const a = this.appeal.value();
    this.reason.markAsTouched();
    this.reason.updateValueAndValidity();
    if (!a || this.reason.invalid) return;
    if (approve) {
      const data: ConfirmDialogData = { title: 'ratings.appeals.approve', message: 'ratings.appeals.approveConfirm', params: { number: a.caseNumber }, confirm: 'ratings.appeals.approve' };
      if (!(await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed()))) return;
    }
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.appeal.set(await this.api.decide(a.id, a.version, approve, this.reason.value.trim()));
    } catch (e) {
      this.problem.set(toProblem(e));
      if (toProblem(e).status === 409) this.appeal.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
