import { Injectable, inject, signal } from '@angular/core';
import { Api } from '../proxy/api';
import { getMyUnreadCount } from '../proxy/fn/notifications/get-my-unread-count';

/** The unread count shown in the shell; pages that read notifications ask it to refresh. */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly api = inject(Api);
  readonly unread = signal(0);

  async refresh(): Promise<void> {
    try {
      const r = await this.api.invoke(getMyUnreadCount);
      this.unread.set(Number(r.count));
    } catch {
      /* keep the last value */
    }
  }
}
