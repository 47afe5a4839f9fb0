import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, catchError, combineLatest, from, map, of, switchMap } from 'rxjs';
import { NotificationsService } from '../../../core/notifications.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listMyNotifications } from '../../../proxy/fn/notifications/list-my-notifications';
import { markAllNotificationsRead } from '../../../proxy/fn/notifications/mark-all-notifications-read';
import { markNotificationRead } from '../../../proxy/fn/notifications/mark-notification-read';
import { NotificationDto } from '../../../proxy/models';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { readTableState, toQueryParams } from '../../../shared/url-state';

const DEFAULTS = { sort: 'createdAt desc', size: 20 };

@Component({
  selector: 'app-inbox-page',
  imports: [DatePipe, RouterLink, TranslatePipe, ProblemAlertComponent, MatListModule, MatButtonModule, MatIconModule, MatPaginatorModule, MatSlideToggleModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'inbox.title' | translate }}</h1>
      <mat-slide-toggle [checked]="state()['unread'] === 'true'" (change)="go({ unread: $event.checked ? 'true' : '', page: 0 })">{{ 'inbox.unreadOnly' | translate }}</mat-slide-toggle>
      <button mat-stroked-button (click)="markAll()" [disabled]="notifications.unread() === 0"><mat-icon>done_all</mat-icon>{{ 'inbox.markAll' | translate }}</button>
    </div>
    <app-problem-alert [problem]="problem()" />
    <mat-list data-testid="inbox">
      @for (n of items(); track n.id) {
        <mat-list-item [class.unread]="!n.readAt" lines="3">
          <mat-icon matListItemIcon>{{ n.readAt ? 'drafts' : 'mail' }}</mat-icon>
          <span matListItemTitle>{{ n.title }}</span>
          <span matListItemLine>{{ n.body }}</span>
          <span matListItemLine class="meta">{{ n.createdAt | date: 'yyyy-MM-dd HH:mm' }}
            @if (n.link) { · <a [routerLink]="n.link" (click)="read(n)">{{ 'inbox.open' | translate }}</a> }
            @if (!n.readAt) { · <button mat-button class="small" (click)="read(n)">{{ 'inbox.markRead' | translate }}</button> }
          </span>
        </mat-list-item>
      } @empty {
        <p class="empty">{{ 'inbox.empty' | translate }}</p>
      }
    </mat-list>
    <mat-paginator [length]="total()" [pageIndex]="state().page" [pageSize]="state().size" [pageSizeOptions]="[10, 20, 50]" (page)="paginate($event)" />
  `,
  styles: `
    .head { display: flex; flex-wrap: wrap; align-items: center; gap: 16px; } h1 { font-size: 22px; margin-right: auto; }
    .unread { background: #f3f7ff; } .meta { font-size: 12px; color: #555; } .empty { padding: 24px; text-align: center; color: #555; }
  `,
})
export class InboxPage {
  private readonly api = inject(Api);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly notifications = inject(NotificationsService);
  protected readonly problem = signal<Problem | null>(null);
  private readonly reload$ = new BehaviorSubject(0);
  protected readonly state = toSignal(this.route.queryParamMap.pipe(map((q) => readTableState(q, DEFAULTS, ['unread']))), { requireSync: true });
  private readonly page = toSignal(
    combineLatest([this.route.queryParamMap.pipe(map((q) => readTableState(q, DEFAULTS, ['unread']))), this.reload$]).pipe(
      switchMap(([s]) =>
        from(this.api.invoke(listMyNotifications, { UnreadOnly: s['unread'] === 'true' || undefined, SkipCount: s.page * s.size, MaxResultCount: s.size })).pipe(
          catchError((e) => { this.problem.set(toProblem(e)); return of(null); }),
        ),
      ),
    ),
  );
  protected readonly items = computed<NotificationDto[]>(() => this.page()?.items ?? []);
  protected readonly total = computed(() => Number(this.page()?.totalCount ?? 0));

  go(change: Record<string, string | number>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(change, DEFAULTS), queryParamsHandling: 'merge' });
  }

  paginate(e: PageEvent): void {
    this.go({ page: e.pageIndex, size: e.pageSize });
  }

  async read(n: NotificationDto): Promise<void> {
    if (n.readAt) return;
    try {
      await this.api.invoke(markNotificationRead, { id: n.id });
      this.reload$.next(this.reload$.value + 1);
      void this.notifications.refresh();
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  async markAll(): Promise<void> {
    try {
      await this.api.invoke(markAllNotificationsRead);
      this.reload$.next(this.reload$.value + 1);
      void this.notifications.refresh();
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }
}
