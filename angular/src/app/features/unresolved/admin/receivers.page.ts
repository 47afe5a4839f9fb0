import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Permissions } from '../../../core/permissions.generated';
import { Problem, toProblem } from '../../../core/problem';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ReceiverDto, UnresolvedAdminApi } from './admin.api';
import { ReceiverDialogComponent } from './components/receiver-dialog.component';

/** 承办单位: the departments, townships and the city convenience centre cases are transferred to, with their liaisons. */
@Component({
  selector: 'app-unresolved-receivers-page',
  imports: [TranslatePipe, ProblemAlertComponent, MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'unresolved.receivers.title' | translate }}</h1>
    <p class="intro">{{ 'unresolved.receivers.intro' | translate }}</p>
    @if (mayManage) { <button mat-flat-button (click)="open(null)" data-testid="receiver-new"><mat-icon>add</mat-icon>{{ 'unresolved.receivers.new' | translate }}</button> }
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="receivers()" data-testid="receivers-table">
        <ng-container matColumnDef="name"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.receivers.name' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.name }}@if (!r.isActive) { <span class="inactive">（{{ 'unresolved.receivers.inactive' | translate }}）</span> }
            <div class="sub">{{ 'unresolved.receiverKinds.' + r.kind | translate }}@if (r.departmentName) { · {{ r.departmentName }} }@if (r.townshipHallName) { · {{ r.townshipHallName }} }</div></td></ng-container>
        <ng-container matColumnDef="liaisons"><th mat-header-cell *matHeaderCellDef>{{ 'unresolved.receivers.liaisons' | translate }}</th>
          <td mat-cell *matCellDef="let r">@for (l of r.liaisons; track l.userName) { <div>{{ l.name }} · {{ l.userName }}@if (l.phone) { · {{ l.phone }} }</div> }
            @empty { <span class="warn">{{ 'unresolved.receivers.noLiaison' | translate }}</span> }</td></ng-container>
        <ng-container matColumnDef="actions"><th mat-header-cell *matHeaderCellDef>{{ 'common.actions' | translate }}</th>
          <td mat-cell *matCellDef="let r">@if (mayManage) { <button mat-button (click)="open(r)">{{ 'common.edit' | translate }}</button> }</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" data-testid="receiver-row"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
  `,
  styles: `
    h1 { font-size: 22px; } .intro { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .table-wrap { overflow-x: auto; margin-top: 12px; } table { width: 100%; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); } .inactive { color: rgba(0, 0, 0, 0.5); } .warn { color: #b71c1c; }
    .empty { padding: 16px; text-align: center; }
  `,
})
export class UnresolvedReceiversPage implements OnInit {
  private readonly api = inject(UnresolvedAdminApi);
  private readonly dialog = inject(MatDialog);
  protected readonly mayManage = inject(AuthService).has(Permissions.Unresolved.Receivers.Manage);
  protected readonly columns = ['name', 'liaisons', 'actions'];
  protected readonly receivers = signal<ReceiverDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected open(r: ReceiverDto | null): void {
    this.dialog.open(ReceiverDialogComponent, { data: r, width: '720px', maxWidth: '96vw', autoFocus: 'first-tabbable' }).afterClosed()
      .subscribe((done?: ReceiverDto) => { if (done) void this.load(); });
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.receivers.set(await this.api.receivers());
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
