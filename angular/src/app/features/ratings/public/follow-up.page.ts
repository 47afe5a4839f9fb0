import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { formatBeijing } from '../../../shared/beijing-time';
import { FACES, publicErrorKey } from './rate-form';
import { PublicFollowUpDto, PublicRatingsApi } from './public-api';

/**
 * 回访评价 by the citizen: the link sent with the case's reply opens this page (no sign-in). It shows the reply and takes
 * one follow-up evaluation (a level and a comment) — a record of its own, not a second rating of the case.
 */
@Component({
  selector: 'app-follow-up-page',
  imports: [ReactiveFormsModule, TranslatePipe, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <h1>{{ 'ratings.public.followUp.title' | translate }}</h1>
      @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
      @if (item(); as c) {
        <section class="case" data-testid="follow-up-case">
          <div class="where">{{ c.hallName }} · {{ c.unitName }} · {{ c.windowName }}（{{ c.windowCode }}）</div>
          <div>{{ 'ratings.public.followUp.served' | translate: { date: c.date } }}</div>
          <h2>{{ 'ratings.public.followUp.reply' | translate }}</h2>
          <p class="reply" data-testid="follow-up-reply">{{ c.reply }}</p>
          <p class="muted">{{ when(c.repliedAt) }}</p>
        </section>

        @if (c.recorded) {
          <section class="thanks" role="status" data-testid="follow-up-thanks">
            <mat-icon aria-hidden="true">check_circle</mat-icon>
            <p>{{ (done() ? 'ratings.public.followUp.thanks' : 'ratings.public.followUp.recorded') | translate }}</p>
          </section>
        } @else {
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <fieldset class="levels">
              <legend>{{ 'ratings.public.followUp.level' | translate }}</legend>
              @for (f of faces; track f.value) {
                <button type="button" class="level" [class.chosen]="form.controls.level.value === f.value" [class.bad]="f.value >= 4"
                        [attr.aria-pressed]="form.controls.level.value === f.value" (click)="form.controls.level.setValue(f.value)"
                        [attr.data-testid]="'follow-up-level-' + f.value">
                  <mat-icon aria-hidden="true">{{ f.icon }}</mat-icon><span>{{ 'ratings.levels.' + f.level | translate }}</span>
                </button>
              }
            </fieldset>
            @if (tried() && form.controls.level.invalid) { <p class="error" role="alert">{{ 'ratings.public.rate.levelRequired' | translate }}</p> }
            <mat-form-field class="full">
              <mat-label>{{ 'ratings.public.rate.comment' | translate }}</mat-label>
              <textarea matInput formControlName="comment" rows="3" maxlength="500" data-testid="follow-up-comment"></textarea>
            </mat-form-field>
            @if (problem(); as p) { <div class="problem" role="alert" data-testid="follow-up-error">{{ problemText(p) | translate }}</div> }
            <button mat-flat-button type="submit" class="submit" [disabled]="busy()" data-testid="follow-up-submit">{{ 'ratings.public.followUp.submit' | translate }}</button>
          </form>
        }
      } @else if (problem(); as p) {
        <div class="problem" role="alert" data-testid="follow-up-error">{{ problemText(p) | translate }}</div>
      }
    </main>
  `,
  styles: `
    .page { max-width: 560px; margin: 0 auto; padding: 12px 16px 32px; box-sizing: border-box; } h1 { font-size: 20px; } h2 { font-size: 16px; margin: 12px 0 4px; }
    .case { padding: 12px; border: 1px solid #e0e0e0; border-radius: 8px; margin-bottom: 16px; line-height: 1.6; } .where { font-weight: 500; }
    .reply { white-space: pre-wrap; margin: 0; } .muted { color: #666; font-size: 12px; margin: 4px 0 0; }
    fieldset { border: 0; padding: 0; margin: 0 0 12px; } legend { font-size: 14px; color: #555; margin-bottom: 8px; }
    .levels { display: grid; grid-template-columns: repeat(5, 1fr); gap: 6px; } .levels legend { grid-column: 1 / -1; }
    .level { display: flex; flex-direction: column; align-items: center; gap: 4px; min-height: 84px; padding: 8px 2px; border: 2px solid #cfd8dc; border-radius: 12px;
      background: #fff; font: inherit; font-size: 13px; line-height: 1.2; cursor: pointer; color: #1b5e20; }
    .level mat-icon { font-size: 36px; width: 36px; height: 36px; } .level.bad { color: #b3261e; }
    .level.chosen { border-color: currentColor; background: #e8f5e9; } .level.bad.chosen { background: #fdecea; }
    .full { width: 100%; } .error { color: #b3261e; font-size: 13px; }
    .problem { padding: 12px; margin: 12px 0; border-radius: 6px; background: #fdecea; color: #611a15; }
    .submit { width: 100%; height: 48px; font-size: 17px; } .thanks { text-align: center; } .thanks mat-icon { font-size: 48px; width: 48px; height: 48px; color: #2e7d32; }
  `,
})
export class FollowUpPage implements OnInit {
  /**
   * The case's follow-up token from the link's fragment (/rate/follow-up#<token>): a fragment never reaches the server,
   * so no request line or access log holds it (the API takes it in the body for the same reason).
   */
  readonly token = signal(inject(ActivatedRoute).snapshot.fragment ?? '');
  private readonly api = inject(PublicRatingsApi);
  protected readonly faces = FACES;
  protected readonly when = formatBeijing;
  protected readonly item = signal<PublicFollowUpDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly tried = signal(false);
  protected readonly done = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    level: [null as number | null, Validators.required],
    comment: ['', Validators.maxLength(500)],
  });

  async ngOnInit(): Promise<void> {
    try {
      this.item.set(await this.api.followUp(this.token()));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }

  protected problemText(p: Problem): string {
    if (p.code === 'Ratings:00018' || (!this.item() && (p.status === 404 || p.status === 400))) return 'ratings.public.followUp.invalid';
    return publicErrorKey(p) ?? (p.title || 'errors.generic');
  }

  protected async submit(): Promise<void> {
    this.tried.set(true);
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const v = this.form.getRawValue();
      this.item.set(await this.api.leaveFollowUp(this.token(), v.level!, v.comment.trim() || null));
      this.done.set(true);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
