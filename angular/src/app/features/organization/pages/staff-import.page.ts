import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { getStaffImportTemplate } from '../../../proxy/fn/staff/get-staff-import-template';
import { importStaff } from '../../../proxy/fn/staff/import-staff';
import { StaffImportResultDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { uploadFile } from '../../../shared/upload';

@Component({
  selector: 'app-staff-import-page',
  imports: [TranslatePipe, ProblemAlertComponent, MatCardModule, MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.import' | translate }}</h1>
    <p>{{ 'import.intro' | translate }}</p>
    <div class="actions">
      <a mat-stroked-button [href]="templateUrl" download><mat-icon>download</mat-icon>{{ 'import.template' | translate }}</a>
      <label class="file">
        <span class="visually-hidden">{{ 'import.choose' | translate }}</span>
        <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" (change)="pick($event)" data-testid="import-file" />
      </label>
      <button mat-flat-button (click)="upload()" [disabled]="!file() || busy()" data-testid="import-submit"><mat-icon>upload</mat-icon>{{ 'import.upload' | translate }}</button>
    </div>
    @if (busy()) {
      <mat-progress-bar [mode]="progress() < 100 ? 'determinate' : 'indeterminate'" [value]="progress()" [attr.aria-label]="'import.progress' | translate" />
      <p>{{ progress() < 100 ? ('import.uploading' | translate: { p: progress() }) : ('import.checking' | translate) }}</p>
    }
    <app-problem-alert [problem]="problem()" />
    @if (result(); as r) {
      <mat-card appearance="outlined" data-testid="import-result">
        <mat-card-content>
          <p role="status">{{ 'import.done' | translate: r }}</p>
          @if (r.newAccounts.length) {
            <p class="warn">{{ 'secret.once' | translate }}</p>
            <table mat-table [dataSource]="r.newAccounts">
              <ng-container matColumnDef="staffNumber"><th mat-header-cell *matHeaderCellDef>{{ 'staff.staffNumber' | translate }}</th><td mat-cell *matCellDef="let a">{{ a.staffNumber }}</td></ng-container>
              <ng-container matColumnDef="name"><th mat-header-cell *matHeaderCellDef>{{ 'staff.name' | translate }}</th><td mat-cell *matCellDef="let a">{{ a.name }}</td></ng-container>
              <ng-container matColumnDef="userName"><th mat-header-cell *matHeaderCellDef>{{ 'users.userName' | translate }}</th><td mat-cell *matCellDef="let a">{{ a.userName }}</td></ng-container>
              <ng-container matColumnDef="password"><th mat-header-cell *matHeaderCellDef>{{ 'users.oneTimePassword' | translate }}</th><td mat-cell *matCellDef="let a"><code>{{ a.initialPassword }}</code></td></ng-container>
              <tr mat-header-row *matHeaderRowDef="accountColumns"></tr>
              <tr mat-row *matRowDef="let row; columns: accountColumns"></tr>
            </table>
          }
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    h1 { font-size: 22px; } .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin-bottom: 12px; }
    .warn { color: #8a4b00; } table { width: 100%; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `,
})
export class StaffImportPage {
  private readonly http = inject(HttpClient);
  private readonly org = inject(OrganizationTreeService);
  protected readonly templateUrl = getStaffImportTemplate.PATH;
  protected readonly accountColumns = ['staffNumber', 'name', 'userName', 'password'];
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly progress = signal(0);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly result = signal<StaffImportResultDto | null>(null);

  pick(e: Event): void {
    this.file.set((e.target as HTMLInputElement).files?.[0] ?? null);
    this.result.set(null);
    this.problem.set(null);
  }

  upload(): void {
    const file = this.file();
    if (!file) return;
    this.busy.set(true);
    this.progress.set(0);
    this.problem.set(null);
    this.result.set(null);
    uploadFile<StaffImportResultDto>(this.http, importStaff.PATH, file).subscribe({
      next: (e) => ('result' in e ? this.result.set(e.result) : this.progress.set(e.progress)),
      error: (err) => { this.problem.set(toProblem(err)); this.busy.set(false); },
      complete: () => { this.busy.set(false); void this.org.load(true); },
    });
  }
}
