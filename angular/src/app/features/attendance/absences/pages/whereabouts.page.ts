import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { closeWhereaboutsNote } from '../../../../proxy/fn/whereabouts/close-whereabouts-note';
import { getMyWhereabouts } from '../../../../proxy/fn/whereabouts/get-my-whereabouts';
import { openWhereaboutsNote } from '../../../../proxy/fn/whereabouts/open-whereabouts-note';
import { MyWhereaboutsDto } from '../../../../proxy/models';
import { formatBeijing } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { backAfter } from '../leave-rules';

/**
 * 去向留言 on a phone: where one goes and how long, one big button to leave the note; while out, one big button 我回来了.
 * Below, today's notes.
 */
@Component({
  selector: 'app-whereabouts-page',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatButtonToggleModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="phone">
      <h1>{{ 'attendance.absences.notes.title' | translate }}</h1>
      @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
      @if (mine()?.open; as open) {
        <div class="out" data-testid="note-open">
          <div class="where">{{ 'attendance.absences.notes.out' | translate: { destination: open.destination } }}</div>
          <div>{{ 'attendance.absences.notes.since' | translate: { time: time(open.leftAt) } }}</div>
          <div [class.overdue]="open.isOverdue">{{ 'attendance.absences.notes.expected' | translate: { time: time(open.expectedBackAt) } }}
            @if (open.isOverdue) { · {{ 'attendance.absences.notes.overdue' | translate }} }</div>
        </div>
        <button mat-flat-button class="big back" (click)="back()" [disabled]="busy()" data-testid="note-back">
          <mat-icon>keyboard_return</mat-icon>{{ 'attendance.absences.notes.back' | translate }}</button>
      } @else if (mine()) {
        <form [formGroup]="form" (ngSubmit)="leave()" novalidate class="form">
          <mat-form-field>
            <mat-label>{{ 'attendance.absences.notes.destination' | translate }}</mat-label>
            <input matInput formControlName="destination" maxlength="500" data-testid="note-destination" />
            @if (form.controls.destination.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
          <div class="label">{{ 'attendance.absences.notes.expectedBack' | translate }}</div>
          <mat-button-toggle-group formControlName="minutes" class="minutes" data-testid="note-minutes">
            @for (m of choices; track m) {
              <mat-button-toggle [value]="m">{{ (m < 60 ? 'attendance.absences.notes.minutes' : 'attendance.absences.notes.hours') | translate: { n: m < 60 ? m : m / 60 } }}</mat-button-toggle>
            }
          </mat-button-toggle-group>
          <button mat-flat-button type="submit" class="big" [disabled]="busy()" data-testid="note-leave">
            <mat-icon>directions_walk</mat-icon>{{ 'attendance.absences.notes.leave' | translate }}</button>
        </form>
      }
      <app-problem-alert [problem]="problem()" />
      <h2>{{ 'attendance.absences.notes.today' | translate }}</h2>
      <ul class="today" data-testid="notes-today">
        @for (n of mine()?.today ?? []; track n.id) {
          <li>{{ time(n.leftAt).slice(11) }} · {{ n.destination }} ·
            @if (n.returnedAt) { {{ 'attendance.absences.notes.returnedAt' | translate: { time: time(n.returnedAt).slice(11) } }} }
            @else { <strong>{{ 'attendance.absences.notes.stillOut' | translate }}</strong> }</li>
        } @empty { <li class="muted">{{ 'attendance.absences.notes.none' | translate }}</li> }
      </ul>
    </div>
  `,
  styles: `
    .phone { max-width: 420px; margin: 0 auto; } h1 { font-size: 22px; } h2 { font-size: 16px; margin-top: 28px; }
    .form { display: flex; flex-direction: column; } .label { font-size: 14px; margin-bottom: 6px; }
    .minutes { flex-wrap: wrap; margin-bottom: 20px; }
    .big { width: 100%; height: 72px; font-size: 22px; border-radius: 36px; } .big mat-icon { margin-right: 8px; }
    .back { background: #1b5e20; color: #fff; margin-top: 16px; }
    .out { padding: 16px; border-radius: 12px; background: #fff4e5; line-height: 1.8; } .where { font-size: 18px; font-weight: 500; }
    .overdue { color: #b3261e; } .today { padding-left: 18px; line-height: 1.9; } .muted { color: rgba(0, 0, 0, .6); }
  `,
})
export class WhereaboutsPage implements OnInit {
  private readonly api = inject(Api);
  protected readonly choices = [15, 30, 60, 120];
  protected readonly mine = signal<MyWhereaboutsDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).group({
    destination: ['', [Validators.required, Validators.maxLength(500)]],
    minutes: [30, Validators.required],
  });

  async ngOnInit(): Promise<void> {
    this.form.controls.destination.valueChanges.subscribe(() => this.form.controls.destination.markAsTouched());
    this.loading.set(true);
    await this.load();
    this.loading.set(false);
  }

  protected time(at: string): string {
    return formatBeijing(at);
  }

  async leave(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    await this.act(() => this.api.invoke(openWhereaboutsNote, { body: { destination: v.destination!.trim(), expectedBackAt: backAfter(v.minutes!) } }));
    if (!this.problem()) this.form.reset({ destination: '', minutes: 30 });
  }

  async back(): Promise<void> {
    await this.act(() => this.api.invoke(closeWhereaboutsNote));
  }

  private async act(call: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await call();
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.mine.set(await this.api.invoke(getMyWhereabouts));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }
}
