import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialogComponent, ConfirmDialogData } from '../../../shared/confirm-dialog.component';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ActionRunner } from '../action-runner';
import { AwardDto, AwardTier, AwardsDto, BoardApi } from '../board/board.api';
import { formatScore } from '../board/board-rules';
import { AWARD_TIERS, ContestDto } from '../contests.api';
import { ConsoleContest } from './console-contest';
import { AWARD_REASON_MIN } from './contest-form-rules';

/**
 * The awards from the final ranking (organisers): rank, number, names, final score, tier; a tier changed before
 * publishing needs a reason (kept and shown); publishing sends the certificates, credit hours and the results bulletin.
 */
@Component({
  selector: 'app-awards-panel',
  imports: [DatePipe, ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatIconModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar">
      <button mat-stroked-button (click)="compute()" [disabled]="actions.busy() || awards()?.published" data-testid="awards-compute"><mat-icon>calculate</mat-icon>{{ 'contests.awards.compute' | translate }}</button>
      @if (awards(); as a) {
        @if (a.published) { <span data-testid="awards-published">{{ 'contests.awards.published' | translate: { at: (a.publishedAt | date: 'yyyy-MM-dd HH:mm') } }}</span> }
        @else if (a.awards.length) { <button mat-flat-button (click)="publish()" [disabled]="actions.busy()" data-testid="contest-publish"><mat-icon>campaign</mat-icon>{{ 'contests.awards.publish' | translate }}</button> }
      }
    </div>
    <app-problem-alert [problem]="actions.problem()" />
    @if (awards(); as a) {
      <p class="sub" data-testid="awards-rounding">{{ a.roundingRule }}</p>
      <div class="table-wrap">
        <table data-testid="awards-table">
          <thead><tr>
            <th scope="col">{{ 'contests.board.rank' | translate }}</th><th scope="col">{{ 'contests.board.number' | translate }}</th>
            <th scope="col">{{ 'contests.board.names' | translate }}</th><th scope="col">{{ 'contests.board.total' | translate }}</th>
            <th scope="col">{{ 'contests.awards.tier' | translate }}</th>
          </tr></thead>
          <tbody>
            @for (w of a.awards; track w.id) {
              <tr data-testid="award-row" [attr.data-draw]="w.drawNumber">
                <td>{{ w.rank }}</td><td>{{ w.drawNumber }}</td>
                <td>@for (m of w.members; track m.staffId) { {{ m.name }}{{ $last ? '' : '、' }} }</td>
                <td>{{ score(w.finalScore) }}</td>
                <td>
                  @if (editing() === w.entryId) {
                    <mat-form-field class="tier">
                      <mat-label>{{ 'contests.awards.tier' | translate }}</mat-label>
                      <mat-select [formControl]="tier" data-testid="award-tier">
                        <mat-option [value]="null">{{ 'contests.awards.noAward' | translate }}</mat-option>
                        @for (t of tiers; track t) { <mat-option [value]="t">{{ 'contests.tiers.' + t | translate }}</mat-option> }
                      </mat-select>
                    </mat-form-field>
                    <mat-form-field class="reason">
                      <mat-label>{{ 'contests.awards.reason' | translate }}</mat-label>
                      <input matInput [formControl]="reason" data-testid="award-reason" />
                      <mat-hint>{{ 'contests.judging.reasonHint' | translate: { n: reasonMin } }}</mat-hint>
                      @if (reason.invalid && reason.dirty) { <mat-error>{{ 'contests.judging.reasonHint' | translate: { n: reasonMin } }}</mat-error> }
                    </mat-form-field>
                    <button mat-flat-button (click)="save(w)" [disabled]="actions.busy() || reason.invalid" data-testid="award-save">{{ 'common.save' | translate }}</button>
                    <button mat-button (click)="editing.set(null)">{{ 'common.cancel' | translate }}</button>
                  } @else {
                    <span data-testid="award-tier-text">{{ w.tier ? ('contests.tiers.' + w.tier | translate) : '—' }}</span>
                    @if (w.editReason) { <div class="sub">{{ 'contests.awards.changed' | translate: { from: w.computedTier ? ('contests.tiers.' + w.computedTier | translate) : '—', reason: w.editReason } }}</div> }
                    @if (!a.published) { <button mat-button (click)="edit(w)" data-testid="award-edit">{{ 'contests.awards.edit' | translate }}</button> }
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .bar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin-bottom: 8px; }
    .table-wrap { overflow-x: auto; } table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid rgba(0, 0, 0, 0.12); vertical-align: top; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); } .tier { width: 140px; } .reason { width: 240px; }
  `,
})
export class AwardsPanelComponent implements OnInit {
  readonly contest = input.required<ContestDto>();
  private readonly api = inject(BoardApi);
  private readonly console = inject(ConsoleContest);
  private readonly dialog = inject(MatDialog);
  protected readonly actions = new ActionRunner();
  protected readonly tiers = AWARD_TIERS;
  protected readonly reasonMin = AWARD_REASON_MIN;
  protected readonly awards = signal<AwardsDto | null>(null);
  protected readonly editing = signal<string | null>(null);
  protected readonly tier = new FormControl<AwardTier | null>(null);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(AWARD_REASON_MIN)] });

  async ngOnInit(): Promise<void> {
    this.awards.set(await this.actions.run(() => this.api.awards(this.contest().id)));
    this.actions.problem.set(null); // none computed yet is not a problem worth showing
  }

  protected score(v: number): string {
    return formatScore(v);
  }

  protected async compute(): Promise<void> {
    const a = await this.actions.run(() => this.api.computeAwards(this.contest().id));
    if (a) this.awards.set(a);
  }

  protected edit(w: AwardDto): void {
    this.tier.setValue(w.tier ?? null);
    this.reason.reset('');
    this.editing.set(w.entryId);
  }

  protected async save(w: AwardDto): Promise<void> {
    const a = await this.actions.run(() => this.api.setAward(this.contest().id, w.entryId, this.tier.value, this.reason.value.trim()));
    if (!a) return;
    this.awards.set(a);
    this.editing.set(null);
  }

  protected async publish(): Promise<void> {
    const data: ConfirmDialogData = { title: 'contests.awards.publish', message: 'contests.awards.publishConfirm', params: { title: this.contest().title }, confirm: 'contests.awards.publish' };
    if (!(await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed()))) return;
    const a = await this.actions.run(() => this.api.publish(this.contest().id));
    if (!a) return;
    this.awards.set(a);
    await this.actions.run(() => this.console.reload());
  }
}
