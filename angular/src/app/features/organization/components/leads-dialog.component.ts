import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { setUnitLeads } from '../../../proxy/fn/organization/set-unit-leads';
import { listStaff } from '../../../proxy/fn/staff/list-staff';
import { StaffListItemDto, UnitNodeDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

/** Unit leads (首席事务代表) are chosen by an administrator from the unit's staff. */
@Component({
  selector: 'app-leads-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatSelectModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'unit.leads' | translate }} · {{ node.unit.name }}</h2>
    <mat-dialog-content class="fields">
      <mat-form-field>
        <mat-label>{{ 'unit.leads' | translate }}</mat-label>
        <mat-select [formControl]="leads" multiple>
          @for (s of staff(); track s.id) { <mat-option [value]="s.id">{{ s.staffNumber }} {{ s.name }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <app-problem-alert [problem]="problem()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="dialog-cancel">{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="button" (click)="save()" [disabled]="busy()">{{ 'common.save' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(420px, 80vw); }`,
})
export class LeadsDialogComponent implements OnInit {
  protected readonly node = inject<UnitNodeDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<LeadsDialogComponent, boolean>);
  private readonly api = inject(Api);
  protected readonly staff = signal<StaffListItemDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly leads = new FormControl<string[]>(this.node.leads.map((l) => l.id), { nonNullable: true });

  async ngOnInit(): Promise<void> {
    try {
      const page = await this.api.invoke(listStaff, { UnitId: this.node.unit.id, MaxResultCount: 100, Sorting: 'staffNumber asc' });
      this.staff.set(page.items);
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  async save(): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.api.invoke(setUnitLeads, { id: this.node.unit.id, body: { staffIds: this.leads.value } });
      this.ref.close(true);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
