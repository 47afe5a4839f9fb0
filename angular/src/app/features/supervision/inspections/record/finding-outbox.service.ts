import { DestroyRef, Injectable, inject } from '@angular/core';
import { InspectionsApi, RecordFindingBody } from '../inspections.api';
import { DraftQueue, DraftStore } from './draft-queue';
import { IndexedDbDraftStore, MemoryDraftStore } from './indexed-db-draft-store';

/**
 * The phone entry's outbox, one per app: drafts wait in IndexedDB and are sent when the browser says it is back online
 * (the `online` event) and whenever the entry page opens. Without IndexedDB (some private modes) drafts live as long as
 * the page.
 */
@Injectable({ providedIn: 'root' })
export class FindingOutbox extends DraftQueue<RecordFindingBody> {
  constructor() {
    const api = inject(InspectionsApi);
    const store: DraftStore<RecordFindingBody> = typeof indexedDB === 'undefined' ? new MemoryDraftStore() : new IndexedDbDraftStore();
    super(store, {
      record: (d) => api.record(d.body),
      photo: (findingId, p) => api.photo(findingId, p.name, p.blob),
    });
    const sendWhenBack = () => void this.flush();
    window.addEventListener('online', sendWhenBack);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('online', sendWhenBack));
  }
}
