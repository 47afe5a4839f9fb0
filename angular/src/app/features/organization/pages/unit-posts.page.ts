import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Permissions } from '../../../core/permissions.generated';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { getUnitPosts } from '../../../proxy/fn/post-backups/get-unit-posts';
import { PersonRefDto, PostBackupDto, UnitPostsDto, WindowPostDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { BackupDialogComponent } from '../components/backup-dialog.component';

/** A unit's windows today: who holds each post (A), the backup in force (B) and the ones to come; the lead sets and ends them. */
@Component({
  selector: 'app-unit-posts-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatIconModule, MatTableModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/organization/tree"><mat-icon>arrow_back</mat-icon>{{ 'nav.tree' | translate }}</a>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (posts(); as p) {
      <h1>{{ p.unit.name }} · {{ 'backup.title' | translate }}</h1>
      <p class="muted">{{ 'backup.intro' | translate: { date: p.date } }}</p>
      <div class="table-wrap">
        <table mat-table [dataSource]="p.windows" data-testid="unit-posts">
          <ng-container matColumnDef="window">
            <th mat-header-cell *matHeaderCellDef>{{ 'staff.window' | translate }}</th>
            <td mat-cell *matCellDef="let w">{{ w.window.code }} {{ w.window.name }}</td>
          </ng-container>
          <ng-container matColumnDef="a">
            <th mat-header-cell *matHeaderCellDef>{{ 'backup.primary' | translate }}</th>
            <td mat-cell *matCellDef="let w">
              @for (h of w.holders; track h.id) {
                <div class="person">
                  <span>{{ h.name }}</span>
                  @if (canManage()) {
                    <button mat-button (click)="set(w, h)" [attr.data-testid]="'set-backup-' + w.window.code + '-' + h.staffNumber">
                      <mat-icon>person_add</mat-icon>{{ 'backup.set' | translate }}</button>
                  }
                </div>
              } @empty { <span class="muted">{{ 'backup.noHolder' | translate }}</span> }
            </td>
          </ng-container>
          <ng-container matColumnDef="b">
            <th mat-header-cell *matHeaderCellDef>{{ 'backup.backup' | translate }}</th>
            <td mat-cell *matCellDef="let w" [attr.data-testid]="'backups-' + w.window.code">
              @for (b of w.backups; track b.id) {
                <div class="person">
                  <span>{{ b.backup.name }} <span class="muted">{{ 'backup.covers' | translate: { a: b.primary.name } }} · {{ b.fromDate }} – {{ b.toDate || ('backup.open' | translate) }}</span>
                    @if (!inForce(b)) { <span class="muted">（{{ 'backup.upcoming' | translate }}）</span> }</span>
                  @if (canManage()) {
                    <button mat-button (click)="end(w, b)" [attr.data-testid]="'end-backup-' + b.id"><mat-icon>event_busy</mat-icon>{{ 'backup.end' | translate }}</button>
                  }
                </div>
              } @empty { <span class="muted">{{ 'common.none' | translate }}</span> }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" [attr.data-window]="row.window.code"></tr>
          <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
        </table>
      </div>
    }
  `,
  styles: `
    h1 { font-size: 22px; } .muted { color: #555; font-size: 13px; }
    .person { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
  `,
})
export class UnitPostsPage {
  readonly id = input.required<string>();
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthService);
  protected readonly posts = signal<UnitPostsDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly columns = ['window', 'a', 'b'];
  protected readonly canManage = computed(() => this.auth.has(Permissions.Organization.Backups.Manage));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  inForce(b: PostBackupDto): boolean {
    const day = this.posts()?.date ?? '';
    return b.fromDate <= day && (!b.toDate || b.toDate >= day);
  }

  set(post: WindowPostDto, primary: PersonRefDto): void {
    this.dialog.open(BackupDialogComponent, { data: { mode: 'set', post, primary } }).afterClosed()
      .subscribe((done) => done && void this.load(this.id()));
  }

  end(post: WindowPostDto, backup: PostBackupDto): void {
    this.dialog.open(BackupDialogComponent, { data: { mode: 'end', post, backup } }).afterClosed()
      .subscribe((done) => done && void this.load(this.id()));
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.posts.set(await this.api.invoke(getUnitPosts, { id }));
    } catch (e) {
      this.posts.set(null);
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
