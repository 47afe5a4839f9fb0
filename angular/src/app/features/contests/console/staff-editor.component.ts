import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { StaffListItemDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { StaffPickerComponent } from '../../../shared/staff-picker.component';
import { ActionRunner } from '../action-runner';
import { ContestDto, ContestsApi } from '../contests.api';
import { ConsoleContest } from './console-contest';

interface Person {
  id: string;
  label: string;
}

/** The contest's organisers and judges (picked by staff number or name) and its chief judge, one of the judges. */
@Component({
  selector: 'app-staff-editor',
  imports: [TranslatePipe, ProblemAlertComponent, StaffPickerComponent, MatChipsModule, MatIconModule, MatFormFieldModule, MatSelectModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="people">
      <h3>{{ 'contests.staff.organisers' | translate }}</h3>
      <mat-chip-set data-testid="organisers">
        @for (p of organisers(); track p.id) {
          <mat-chip (removed)="remove(organisers, p)">{{ p.label }}<button matChipRemove [attr.aria-label]="'contests.staff.remove' | translate: { name: p.label }"><mat-icon>cancel</mat-icon></button></mat-chip>
        }
      </mat-chip-set>
      <app-staff-picker [label]="'contests.staff.addOrganiser' | translate" testId="organiser-picker" (picked)="add(organisers, $event)" />
      <h3>{{ 'contests.staff.judges' | translate }}</h3>
      <mat-chip-set data-testid="judges">
        @for (p of judges(); track p.id) {
          <mat-chip (removed)="remove(judges, p)" data-testid="judge-chip">{{ p.label }}<button matChipRemove [attr.aria-label]="'contests.staff.remove' | translate: { name: p.label }"><mat-icon>cancel</mat-icon></button></mat-chip>
        }
      </mat-chip-set>
      <app-staff-picker [label]="'contests.staff.addJudge' | translate" testId="judge-picker" (picked)="add(judges, $event)" />
      <mat-form-field class="chief">
        <mat-label>{{ 'contests.staff.chief' | translate }}</mat-label>
        <mat-select [value]="chief()" (selectionChange)="chief.set($event.value)" data-testid="chief-judge">
          <mat-option [value]="null">{{ 'contests.staff.noChief' | translate }}</mat-option>
          @for (p of judges(); track p.id) { <mat-option [value]="p.id">{{ p.label }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <app-problem-alert [problem]="actions.problem()" />
      <button mat-flat-button (click)="save()" [disabled]="actions.busy()" data-testid="staff-save">{{ 'common.save' | translate }}</button>
    </section>
  `,
  styles: `.people { max-width: 640px; } h3 { font-size: 15px; margin: 12px 0 4px; } .chief { width: 100%; margin-top: 8px; }`,
})
export class StaffEditorComponent implements OnInit {
  readonly contest = input.required<ContestDto>();
  private readonly api = inject(ContestsApi);
  private readonly console = inject(ConsoleContest);
  protected readonly actions = new ActionRunner();
  protected readonly organisers = signal<Person[]>([]);
  protected readonly judges = signal<Person[]>([]);
  protected readonly chief = signal<string | null>(null);
  private readonly judgeIds = computed(() => new Set(this.judges().map((j) => j.id)));

  ngOnInit(): void {
    const staff = this.contest().staff;
    const person = (s: (typeof staff)[number]): Person => ({ id: s.staffId, label: `${s.staffNumber} ${s.name}` });
    this.organisers.set(staff.filter((s) => s.role === 'Organiser').map(person));
    const judges = new Map(staff.filter((s) => s.role === 'Judge' || s.role === 'ChiefJudge').map((s) => [s.staffId, person(s)]));
    this.judges.set([...judges.values()]);
    this.chief.set(staff.find((s) => s.role === 'ChiefJudge')?.staffId ?? null);
  }

  protected add(list: typeof this.judges, s: StaffListItemDto): void {
    if (!list().some((p) => p.id === s.id)) list.set([...list(), { id: s.id, label: `${s.staffNumber} ${s.name}` }]);
  }

  protected remove(list: typeof this.judges, p: Person): void {
    list.set(list().filter((x) => x.id !== p.id));
    if (!this.judgeIds().has(this.chief() ?? '')) this.chief.set(null);
  }

  protected async save(): Promise<void> {
    const done = await this.actions.run(() => this.api.setStaff(this.contest().id, {
      organiserStaffIds: this.organisers().map((p) => p.id), judgeStaffIds: this.judges().map((p) => p.id), chiefJudgeStaffId: this.chief(),
    }));
    if (done) this.console.contest.set(done);
  }
}
