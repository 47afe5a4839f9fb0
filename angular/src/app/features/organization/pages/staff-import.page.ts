import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { getStaffImportTemplate } from '../../../proxy/fn/staff/get-staff-import-template';
import { importStaff } from '../../../proxy/fn/staff/import-staff';
import { StaffImportResultDto } from '../../../proxy/models';
import { ImportPanelComponent } from '../../../shared/import-panel.component';

@Component({
  selector: 'app-staff-import-page',
  imports: [TranslatePipe, ImportPanelComponent, MatCardModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.import' | translate }}</h1>
    <p>{{ 'import.intro' | translate }}</p>
    <app-import-panel [templateUrl]="templateUrl" [uploadUrl]="uploadUrl" (picked)="result.set(null)" (imported)="done($event)" />
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
    h1 { font-size: 22px; } .warn { color: #8a4b00; } table { width: 100%; }
  `,
})
export class StaffImportPage {
  private readonly org = inject(OrganizationTreeService);
  protected readonly templateUrl = getStaffImportTemplate.PATH;
  protected readonly uploadUrl = importStaff.PATH;
  protected readonly accountColumns = ['staffNumber', 'name', 'userName', 'password'];
  protected readonly result = signal<StaffImportResultDto | null>(null);

  done(result: StaffImportResultDto): void {
    this.result.set(result);
    void this.org.load(true);
  }
}
