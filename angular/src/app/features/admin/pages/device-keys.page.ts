import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { createDeviceKey } from '../../../proxy/fn/device-keys/create-device-key';
import { listDeviceKeys } from '../../../proxy/fn/device-keys/list-device-keys';
import { revokeDeviceKey } from '../../../proxy/fn/device-keys/revoke-device-key';
import { DeviceKeyDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { SecretDialogComponent } from '../../../shared/secret-dialog.component';
import { Permissions } from '../../../core/permissions.generated';

@Component({
  selector: 'app-device-keys-page',
  imports: [DatePipe, ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatTableModule, MatButtonModule, MatIconModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.deviceKeys' | translate }}</h1>
    <p>{{ 'deviceKeys.intro' | translate }}</p>
    @if (auth.has(Permissions.Identity.DeviceKeys.Manage)) {
      <form [formGroup]="form" (ngSubmit)="create()" class="create" novalidate>
        <mat-form-field>
          <mat-label>{{ 'deviceKeys.name' | translate }}</mat-label>
          <input matInput formControlName="name" data-testid="device-name" />
          @if (form.controls.name.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'staff.hall' | translate }}</mat-label>
          <mat-select formControlName="hallId">
            <mat-option [value]="null">{{ 'common.all' | translate }}</mat-option>
            @for (h of org.tree()?.halls ?? []; track h.hall.id) { <mat-option [value]="h.hall.id">{{ h.hall.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <button mat-flat-button type="submit"><mat-icon>add</mat-icon>{{ 'deviceKeys.create' | translate }}</button>
      </form>
    }
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="keys()">
        <ng-container matColumnDef="name"><th mat-header-cell *matHeaderCellDef>{{ 'deviceKeys.name' | translate }}</th><td mat-cell *matCellDef="let k">{{ k.name }}</td></ng-container>
        <ng-container matColumnDef="prefix"><th mat-header-cell *matHeaderCellDef>{{ 'deviceKeys.prefix' | translate }}</th><td mat-cell *matCellDef="let k"><code>{{ k.prefix }}…</code></td></ng-container>
        <ng-container matColumnDef="hall"><th mat-header-cell *matHeaderCellDef>{{ 'staff.hall' | translate }}</th><td mat-cell *matCellDef="let k">{{ k.hallId ? (org.hallNames().get(k.hallId) ?? k.hallId) : ('common.all' | translate) }}</td></ng-container>
        <ng-container matColumnDef="lastUsed"><th mat-header-cell *matHeaderCellDef>{{ 'deviceKeys.lastUsed' | translate }}</th><td mat-cell *matCellDef="let k">{{ k.lastUsedAt ? (k.lastUsedAt | date: 'yyyy-MM-dd HH:mm') : '—' }}</td></ng-container>
        <ng-container matColumnDef="state"><th mat-header-cell *matHeaderCellDef>{{ 'users.state' | translate }}</th>
          <td mat-cell *matCellDef="let k">@if (k.revokedAt) { {{ 'deviceKeys.revoked' | translate }} } @else if (auth.has(Permissions.Identity.DeviceKeys.Manage)) {
            <button mat-button color="warn" (click)="revoke(k)">{{ 'deviceKeys.revoke' | translate }}</button> } @else { {{ 'users.active' | translate }} }</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
  `,
  styles: `h1 { font-size: 22px; } .create { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; } .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }`,
})
export class DeviceKeysPage implements OnInit {
  protected readonly Permissions = Permissions;
  protected readonly auth = inject(AuthService);
  protected readonly org = inject(OrganizationTreeService);
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  protected readonly columns = ['name', 'prefix', 'hall', 'lastUsed', 'state'];
  protected readonly keys = signal<DeviceKeyDto[]>([]);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(128)]],
    hallId: [null as string | null],
  });

  async ngOnInit(): Promise<void> {
    void this.org.load();
    await this.load();
  }

  async create(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.problem.set(null);
    try {
      const v = this.form.getRawValue();
      const created = await this.api.invoke(createDeviceKey, { body: { name: v.name.trim(), hallId: v.hallId } });
      this.dialog.open(SecretDialogComponent, { data: { title: 'deviceKeys.created', lines: [{ label: 'deviceKeys.secret', value: created.secret }] } });
      this.form.reset();
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  async revoke(k: DeviceKeyDto): Promise<void> {
    this.problem.set(null);
    try {
      await this.api.invoke(revokeDeviceKey, { id: k.id });
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  private async load(): Promise<void> {
    try { this.keys.set(await this.api.invoke(listDeviceKeys)); } catch (e) { this.problem.set(toProblem(e)); }
  }
}
