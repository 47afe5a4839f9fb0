import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { getLeaveBalances } from '../../../../proxy/fn/leave/get-leave-balances';
import { listLeaveTypes } from '../../../../proxy/fn/leave/list-leave-types';
import { setLeaveBalance } from '../../../../proxy/fn/leave/set-leave-balance';
import { LeaveTypeDto, PersonBalancesDto, StaffListItemDto } from '../../../../proxy/models';
import { beijingYear } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { StaffPickerComponent } from '../../../../shared/staff-picker.component';
import { LeaveTypeDialogComponent } from '../components/leave-type-dialog.component';
import { formatDays } from '../leave-rules';

/** A half-day step: 2.5 yes, 2.3 no. */
const halfDays = (c: { value: unknown }) => (Number.isInteger(Number(c.value) * 2) ? null : { halfDays: true });

/** Leave types (counting mode, balance, in use) and a person's balance of a year set with a reason. */
@Component({
  selector: 'app-leave-types-page',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, StaffPickerComponent, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatSelectModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'attendance.absences.types.title' | translate }}</h1>
      <button mat-flat-button (click)="edit(null)" data-testid="type-add"><mat-icon>add</mat-icon>{{ 'attendance.absences.types.add' | translate }}</button>
    </div>
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="types()" data-testid="leave-types-table">
        <ng-container matColumnDef="code"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.types.code' | translate }}</th>
          <td mat-cell *matCellDef="let t">{{ t.code }}</td></ng-container>
        <ng-container matColumnDef="name"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.types.nameZh' | translate }}</th>
          <td mat-cell *matCellDef="let t">{{ t.nameZh }} <span class="muted">{{ t.nameEn }}</span></td></ng-container>
        <ng-container matColumnDef="countMode"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.types.countMode' | translate }}</th>
          <td mat-cell *matCellDef="let t">{{ 'attendance.absences.countMode.' + t.countMode | translate }}</td></ng-container>
        <ng-container matColumnDef="flags"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.types.hasBalance' | translate }}</th>
          <td mat-cell *matCellDef="let t">{{ (t.hasBalance ? 'common.yes' : 'common.no') | translate }}
            @if (t.isOfficialBusiness) { · {{ 'attendance.absences.types.officialBusiness' | translate }} }</td></ng-container>
        <ng-container matColumnDef="active"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.types.active' | translate }}</th>
          <td mat-cell *matCellDef="let t">{{ (t.isActive ? 'common.yes' : 'common.no') | translate }}</td></ng-container>
        <ng-container matColumnDef="actions"><th mat-header-cell *matHeaderCellDef>{{ 'common.actions' | translate }}</th>
          <td mat-cell *matCellDef="let t"><button mat-button (click)="edit(t)">{{ 'common.edit' | translate }}</button></td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    </div>

    <section class="balances" data-testid="balance-editor">
      <h2>{{ 'attendance.absences.types.balances' | translate }}</h2>
      <div class="row">
        <app-staff-picker [label]="'attendance.absences.types.staff' | translate" (picked)="pick($event)" testId="balance-person" />
        <mat-form-field class="narrow">
          <mat-label>{{ 'attendance.absences.types.year' | translate }}</mat-label>
          <input matInput type="number" [formControl]="form.controls.year" min="2000" max="2100" (change)="reload()" />
        </mat-form-field>
      </div>
      @if (person(); as p) {
        <p>{{ p.staffName }}（{{ p.staffNumber }}）·
          {{ p.workStartDate ? ('attendance.absences.types.workStart' | translate: { date: p.workStartDate }) : ('attendance.absences.types.noWorkStart' | translate) }}</p>
        <ul>
          @for (b of p.balances; track b.leaveTypeId) {
            <li>{{ b.leaveTypeNameZh }} · {{ 'attendance.absences.my.entitled' | translate }} {{ days(b.entitled) }} · {{ 'attendance.absences.my.used' | translate }} {{ days(b.used) }}
              · {{ 'attendance.absences.my.pending' | translate }} {{ days(b.pending) }} · {{ 'attendance.absences.my.remaining' | translate }} {{ days(b.remaining) }}
              @if (b.isAdjusted) { <span class="muted">（{{ b.adjustReason }}）</span> }</li>
          }
        </ul>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate class="row">
          <mat-form-field>
            <mat-label>{{ 'attendance.absences.my.type' | translate }}</mat-label>
            <mat-select formControlName="leaveTypeId" data-testid="balance-type">
              @for (t of balanceTypes(); track t.id) { <mat-option [value]="t.id">{{ t.nameZh }}</mat-option> }
            </mat-select>
            @if (form.controls.leaveTypeId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
          <mat-form-field class="narrow">
            <mat-label>{{ 'attendance.absences.types.entitled' | translate }}</mat-label>
            <input matInput type="number" formControlName="entitled" min="0" max="366" step="0.5" data-testid="balance-entitled" />
            @if (form.controls.entitled.hasError('halfDays')) { <mat-error>{{ 'attendance.absences.types.halfDays' | translate }}</mat-error> }
            @if (form.controls.entitled.hasError('required') || form.controls.entitled.hasError('min') || form.controls.entitled.hasError('max')) {
              <mat-error>{{ 'validation.number' | translate }}</mat-error> }
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>{{ 'attendance.absences.types.adjustReason' | translate }}</mat-label>
            <input matInput formControlName="reason" maxlength="500" data-testid="balance-reason" />
            @if (form.controls.reason.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
          <button mat-flat-button type="submit" data-testid="balance-save">{{ 'attendance.absences.types.setBalance' | translate }}</button>
        </form>
      } @else { <p class="muted">{{ 'attendance.absences.types.pickPerson' | translate }}</p> }
      <app-problem-alert [problem]="balanceProblem()" />
    </section>
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; } h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .muted { color: rgba(0, 0, 0, .6); font-size: 12px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; } .narrow { width: 140px; } .wide { flex: 1; min-width: 220px; }
  `,
})
export class LeaveTypesPage implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly columns = ['code', 'name', 'countMode', 'flags', 'active', 'actions'];
  protected readonly types = signal<LeaveTypeDto[]>([]);
  protected readonly balanceTypes = signal<LeaveTypeDto[]>([]);
  protected readonly person = signal<PersonBalancesDto | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly balanceProblem = signal<Problem | null>(null);
  private staffId: string | null = null;
  protected readonly form = inject(FormBuilder).group({
    year: [beijingYear(), [Validators.required, Validators.min(2000), Validators.max(2100)]],
    leaveTypeId: ['', Validators.required],
    entitled: [0, [Validators.required, Validators.min(0), Validators.max(366), halfDays]],
    reason: ['', [Validators.required, Validators.maxLength(500)]],
  });

  async ngOnInit(): Promise<void> {
    for (const c of Object.values(this.form.controls) as AbstractControl[]) c.valueChanges.subscribe(() => c.markAsTouched());
    await this.loadTypes();
  }

  protected days(value: number): string {
    return formatDays(value);
  }

  edit(type: LeaveTypeDto | null): void {
    this.dialog.open(LeaveTypeDialogComponent, { data: type, autoFocus: 'first-tabbable' }).afterClosed().subscribe(async (saved?: LeaveTypeDto) => {
      if (!saved) return;
      this.snack.open(this.translate.instant('attendance.absences.types.saved'), undefined, { duration: 2000 });
      await this.loadTypes();
    });
  }

  async pick(s: StaffListItemDto): Promise<void> {
    this.staffId = s.id;
    await this.reload();
  }

  async reload(): Promise<void> {
    const year = Number(this.form.controls.year.value);
    if (!this.staffId || !(year >= 2000 && year <= 2100)) return;
    this.balanceProblem.set(null);
    try {
      this.person.set(await this.api.invoke(getLeaveBalances, { staffId: this.staffId, year }));
    } catch (e) {
      this.balanceProblem.set(toProblem(e));
    }
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || !this.staffId) return;
    const v = this.form.getRawValue();
    this.balanceProblem.set(null);
    try {
      this.person.set(await this.api.invoke(setLeaveBalance, {
        body: { staffId: this.staffId, leaveTypeId: v.leaveTypeId!, year: Number(v.year), entitled: Number(v.entitled), reason: v.reason!.trim() },
      }));
      this.snack.open(this.translate.instant('attendance.absences.types.saved'), undefined, { duration: 2000 });
      this.form.controls.reason.reset('');
    } catch (e) {
      this.balanceProblem.set(toProblem(e));
    }
  }

  private async loadTypes(): Promise<void> {
    try {
      const types = await this.api.invoke(listLeaveTypes);
      this.types.set(types);
      this.balanceTypes.set(types.filter((t) => t.hasBalance));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }
}
