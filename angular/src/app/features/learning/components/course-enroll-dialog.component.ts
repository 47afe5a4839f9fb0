import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { enrollInCourse } from '../../../proxy/fn/courses/enroll-in-course';
import { CourseDto, EnrollInput, EnrollResultDto, StaffListItemDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { StaffPickerComponent } from '../../../shared/staff-picker.component';
import { WINDOW_TYPES, unitsInScope } from './course-form';

type EnrolBy = 'staff' | 'unit' | 'windowType';

/** 安排学员: named people, a whole unit, or everyone now at a window type; shows how many the server enrolled. */
@Component({
  selector: 'app-course-enroll-dialog',
  imports: [
    TranslatePipe, ProblemAlertComponent, StaffPickerComponent, MatDialogModule, MatButtonModule, MatRadioModule, MatSelectModule,
    MatFormFieldModule, MatChipsModule, MatIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'learning.enrol.title' | translate }} · {{ course.title }}</h2>
    <mat-dialog-content class="fields">
      <mat-radio-group [value]="by()" (change)="by.set($event.value); result.set(null)" [attr.aria-label]="'learning.enrol.by' | translate" data-testid="enrol-by">
        <mat-radio-button value="staff" data-testid="enrol-by-staff">{{ 'learning.enrol.byStaff' | translate }}</mat-radio-button>
        <mat-radio-button value="unit" data-testid="enrol-by-unit">{{ 'learning.enrol.byUnit' | translate }}</mat-radio-button>
        <mat-radio-button value="windowType" data-testid="enrol-by-window-type">{{ 'learning.enrol.byWindowType' | translate }}</mat-radio-button>
      </mat-radio-group>
      @switch (by()) {
        @case ('staff') {
          <app-staff-picker [label]="'learning.enrol.search' | translate" testId="enrol-staff-search" (picked)="addPerson($event)" />
          <p>{{ 'learning.enrol.picked' | translate: { count: people().length } }}</p>
          <mat-chip-set [attr.aria-label]="'learning.enrol.picked' | translate: { count: people().length }">
            @for (p of people(); track p.id) {
              <mat-chip (removed)="removePerson(p.id)">{{ p.staffNumber }} {{ p.name }}
                <button matChipRemove [attr.aria-label]="'learning.enrol.remove' | translate: { name: p.name }"><mat-icon>cancel</mat-icon></button></mat-chip>
            }
          </mat-chip-set>
        }
        @case ('unit') {
          <mat-form-field>
            <mat-label>{{ 'learning.enrol.unit' | translate }}</mat-label>
            <mat-select [value]="unitId()" (selectionChange)="unitId.set($event.value)" data-testid="enrol-unit">
              @for (u of units(); track u.id) { <mat-option [value]="u.id">{{ u.label }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
        @case ('windowType') {
          <mat-form-field>
            <mat-label>{{ 'learning.enrol.windowType' | translate }}</mat-label>
            <mat-select [value]="windowType()" (selectionChange)="windowType.set($event.value)" data-testid="enrol-window-type">
              @for (w of windowTypes; track w) { <mat-option [value]="w">{{ 'enums.WindowType.' + w | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
      }
      @if (tried() && !ready()) { <p class="error" role="alert">{{ (by() === 'staff' ? 'learning.enrol.pickSomeone' : 'validation.required') | translate }}</p> }
      @if (result(); as r) { <p class="done" role="status" data-testid="enrol-result">{{ 'learning.enrol.result' | translate: r }}</p> }
      <app-problem-alert [problem]="problem()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="result()" data-testid="dialog-cancel">{{ (result() ? 'common.confirm' : 'common.cancel') | translate }}</button>
      <button mat-flat-button type="button" (click)="enrol()" [disabled]="busy()" data-testid="enrol-submit">{{ 'learning.enrol.submit' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .fields { display: flex; flex-direction: column; min-width: min(520px, 84vw); }
    mat-radio-group { display: flex; flex-direction: column; gap: 4px; margin-bottom: 12px; }
    .error { color: #b3261e; font-size: 13px; } .done { color: #1b5e20; font-weight: 500; }
  `,
})
export class CourseEnrollDialogComponent implements OnInit {
  protected readonly course = inject<CourseDto>(MAT_DIALOG_DATA);
  private readonly api = inject(Api);
  private readonly org = inject(OrganizationTreeService);
  private readonly auth = inject(AuthService);
  protected readonly windowTypes = WINDOW_TYPES;
  protected readonly by = signal<EnrolBy>('staff');
  protected readonly people = signal<StaffListItemDto[]>([]);
  protected readonly unitId = signal('');
  protected readonly windowType = signal('');
  protected readonly tried = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly result = signal<EnrollResultDto | null>(null);
  protected readonly units = computed(() => unitsInScope(this.org.tree(), this.auth.user()?.scope));
  protected readonly ready = computed(() =>
    this.by() === 'staff' ? this.people().length > 0 : this.by() === 'unit' ? !!this.unitId() : !!this.windowType());

  ngOnInit(): void {
    void this.org.load();
  }

  addPerson(p: StaffListItemDto): void {
    if (!this.people().some((x) => x.id === p.id)) this.people.update((list) => [...list, p]);
  }

  removePerson(id: string): void {
    this.people.update((list) => list.filter((p) => p.id !== id));
  }

  async enrol(): Promise<void> {
    this.tried.set(true);
    if (!this.ready()) return;
    const by = this.by();
    const body: EnrollInput = {
      staffIds: by === 'staff' ? this.people().map((p) => p.id) : null,
      unitId: by === 'unit' ? this.unitId() : null,
      windowType: by === 'windowType' ? this.windowType() : null,
    };
    this.busy.set(true);
    this.problem.set(null);
    this.result.set(null);
    try {
      this.result.set(await this.api.invoke(enrollInCourse, { id: this.course.id, body }));
      this.people.set([]);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
