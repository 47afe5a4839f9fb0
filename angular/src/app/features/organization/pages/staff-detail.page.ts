import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { getStaff } from '../../../proxy/fn/staff/get-staff';
import { StaffDetailDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { AssignmentAction, AssignmentDialogComponent } from '../components/assignment-dialog.component';
import { StaffDialogComponent } from '../components/staff-dialog.component';
import { Permissions } from '../../../core/permissions.generated';

@Component({
  selector: 'app-staff-detail-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatCardModule, MatButtonModule, MatIconModule, MatTableModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (canList()) { <a mat-button routerLink="/organization/staff"><mat-icon>arrow_back</mat-icon>{{ 'nav.staff' | translate }}</a> }
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (staff(); as s) {
      <h1 data-testid="staff-title">{{ s.name }} <small>{{ s.staffNumber }}</small></h1>
      <mat-card appearance="outlined">
        <mat-card-content>
          <dl class="facts">
            <div><dt>{{ 'staff.kind' | translate }}</dt><dd>{{ 'enums.StaffKind.' + s.kind | translate }}</dd></div>
            <div><dt>{{ 'staff.status' | translate }}</dt><dd>{{ 'enums.StaffStatus.' + s.status | translate }}</dd></div>
            <div><dt>{{ 'staff.hall' | translate }}</dt><dd>{{ s.hallName }}</dd></div>
            <div><dt>{{ 'staff.unit' | translate }}</dt><dd>{{ s.unitName || '—' }}</dd></div>
            @if (s.dispatchingDepartmentName) { <div><dt>{{ 'staff.department' | translate }}</dt><dd>{{ s.dispatchingDepartmentName }}</dd></div> }
            <div><dt>{{ 'staff.phone' | translate }}</dt><dd>{{ s.phone || '—' }}</dd></div>
            <div><dt>{{ 'staff.window' | translate }}</dt>
              <dd data-testid="current-window">{{ s.current ? s.current.windowCode + ' ' + s.current.windowName + '（' + s.current.unitName + '）' : ('assignment.none' | translate) }}</dd></div>
            <div><dt>{{ 'staff.workStartDate' | translate }}</dt>
              <dd data-testid="work-start">{{ s.workStartDate ? s.workStartDate + '（' + ('staff.serviceYears' | translate: { n: s.serviceYears }) + '）' : '—' }}</dd></div>
            <div><dt>{{ 'staff.account' | translate }}</dt><dd>{{ (s.userId ? 'common.yes' : 'common.no') | translate }}</dd></div>
          </dl>
        </mat-card-content>
        @if (canEdit()) {
          <mat-card-actions class="actions">
            <button mat-stroked-button (click)="edit()" data-testid="action-edit"><mat-icon>edit</mat-icon>{{ 'staff.edit' | translate }}</button>
          </mat-card-actions>
        }
        @if (canManage() && s.status === 'Active') {
          <mat-card-actions class="actions">
            @if (s.current) {
              <button mat-stroked-button (click)="open('move')" data-testid="action-move"><mat-icon>swap_horiz</mat-icon>{{ 'assignment.move' | translate }}</button>
              <button mat-stroked-button (click)="open('end')" data-testid="action-end"><mat-icon>event_busy</mat-icon>{{ 'assignment.end' | translate }}</button>
            } @else {
              <button mat-flat-button (click)="open('assign')" data-testid="action-assign"><mat-icon>how_to_reg</mat-icon>{{ 'assignment.assign' | translate }}</button>
            }
            @if (s.kind === 'Dispatched') {
              <button mat-stroked-button (click)="open('return')" data-testid="action-return"><mat-icon>undo</mat-icon>{{ 'assignment.return' | translate }}</button>
            }
          </mat-card-actions>
        }
      </mat-card>
      <h2>{{ 'assignment.history' | translate }}</h2>
      <div class="table-wrap">
        <table mat-table [dataSource]="s.history" data-testid="history">
          <ng-container matColumnDef="window">
            <th mat-header-cell *matHeaderCellDef>{{ 'staff.window' | translate }}</th>
            <td mat-cell *matCellDef="let a">{{ a.windowCode }} {{ a.windowName }}</td>
          </ng-container>
          <ng-container matColumnDef="unit">
            <th mat-header-cell *matHeaderCellDef>{{ 'staff.unit' | translate }}</th>
            <td mat-cell *matCellDef="let a">{{ a.unitName }}</td>
          </ng-container>
          <ng-container matColumnDef="start">
            <th mat-header-cell *matHeaderCellDef>{{ 'assignment.start' | translate }}</th>
            <td mat-cell *matCellDef="let a">{{ a.startDate }}</td>
          </ng-container>
          <ng-container matColumnDef="end">
            <th mat-header-cell *matHeaderCellDef>{{ 'assignment.endDate' | translate }}</th>
            <td mat-cell *matCellDef="let a">{{ a.endDate || ('assignment.ongoing' | translate) }}</td>
          </ng-container>
          <ng-container matColumnDef="endKind">
            <th mat-header-cell *matHeaderCellDef>{{ 'assignment.endKind' | translate }}</th>
            <td mat-cell *matCellDef="let a">{{ a.endKind ? ('enums.AssignmentEndKind.' + a.endKind | translate) : '' }}{{ a.endReason ? '：' + a.endReason : '' }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
          <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
        </table>
      </div>
    }
  `,
  styles: `
    h1 { font-size: 22px; } h1 small { color: #555; font-size: 15px; } h2 { font-size: 18px; margin-top: 24px; }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px 24px; margin: 0; }
    dt { font-size: 12px; color: #555; } dd { margin: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; padding: 8px 16px 16px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
  `,
})
export class StaffDetailPage {
  readonly id = input.required<string>();
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthService);
  protected readonly staff = signal<StaffDetailDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly columns = ['window', 'unit', 'start', 'end', 'endKind'];
  protected readonly canManage = computed(() => this.auth.has(Permissions.Organization.Assignments.Manage));
  protected readonly canEdit = computed(() => this.auth.has(Permissions.Organization.Staff.Manage));
  protected readonly canList = computed(() => this.auth.user()?.scope.kind !== 'Own');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  open(action: AssignmentAction): void {
    const staff = this.staff();
    if (!staff) return;
    this.dialog.open(AssignmentDialogComponent, { data: { action, staff } }).afterClosed().subscribe((done) => {
      if (done) void this.load(staff.id);
    });
  }

  edit(): void {
    const staff = this.staff();
    if (!staff) return;
    this.dialog.open(StaffDialogComponent, { data: { staff } }).afterClosed().subscribe((id?: string) => {
      if (id) void this.load(staff.id);
    });
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.staff.set(await this.api.invoke(getStaff, { id }));
    } catch (e) {
      this.staff.set(null);
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
