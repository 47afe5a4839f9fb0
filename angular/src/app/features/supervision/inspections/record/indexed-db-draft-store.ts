import type { DraftStore, FindingDraft } from './draft-queue';

const DB_NAME = 'training.supervision';
const STORE = 'findingDrafts';

/**
 * Drafts in the browser's IndexedDB (photos as Blobs, which IndexedDB stores as they are): they outlive a reload, a
 * closed tab and a phone that lost its connection. Keyed by clientKey, so writing a draft again replaces it.
 */
export class IndexedDbDraftStore<B> implements DraftStore<B> {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly factory: IDBFactory = indexedDB) {}

  async all(): Promise<FindingDraft<B>[]> {
    return this.request<FindingDraft<B>[]>('readonly', (s) => s.getAll());
  }

  async put(draft: FindingDraft<B>): Promise<void> {
    await this.request('readwrite', (s) => s.put(draft));
  }

  async remove(clientKey: string): Promise<void> {
    await this.request('readwrite', (s) => s.delete(clientKey));
  }

  private async request<T>(mode: IDBTransactionMode, make: (s: IDBObjectStore) => IDBRequest): Promise<T> {
    const db = await this.open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = make(tx.objectStore(STORE));
      // Resolve when the transaction is durable, not when the request alone succeeded.
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = this.factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'clientKey' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => {
        this.db = null;
        reject(req.error);
      };
    });
    return this.db;
  }
}

/** Drafts kept for the page's life only, where IndexedDB is missing (some private modes); also the tests' store. */
export class MemoryDraftStore<B> implements DraftStore<B> {
  private readonly drafts = new Map<string, FindingDraft<B>>();

  async all(): Promise<FindingDraft<B>[]> {
    return [...this.drafts.values()].map(copy);
  }

  async put(draft: FindingDraft<B>): Promise<void> {
    this.drafts.set(draft.clientKey, copy(draft));
  }

  async remove(clientKey: string): Promise<void> {
    this.drafts.delete(clientKey);
  }
}

/** A copy as a store gives back (not the caller's object), the photos' Blobs shared: they are never changed. */
function copy<B>(d: FindingDraft<B>): FindingDraft<B> {
  return { ...d, photos: d.photos.map((p) => ({ ...p })) };
}
