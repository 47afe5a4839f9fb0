import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { Problem, toProblem } from '../../../../core/problem';

/** A photo taken for a finding, kept as a Blob until the server has it. */
export interface DraftPhoto {
  name: string;
  blob: Blob;
  sent: boolean;
}

/**
 * A finding recorded on the phone and not yet (fully) on the server. `clientKey` is made when the finding is started
 * and travels with every try: the server answers the same key with the same finding and stores the same photo bytes
 * once, so sending again after a lost answer is safe. `findingId` is set once the finding is recorded, so a retry only
 * sends the photos still missing. `refused` is the server's refusal (a 4xx other than a lost connection): such a draft
 * is not sent again until the inspector discards it, because sending it again would be refused again.
 */
export interface FindingDraft<B = unknown> {
  clientKey: string;
  savedAt: string;
  body: B;
  /** What the list shows while it waits: the window, the person or window, the item. */
  label: string;
  photos: DraftPhoto[];
  findingId: string | null;
  refused: Problem | null;
}

/** Where drafts wait (IndexedDB in the browser; a map in tests). */
export interface DraftStore<B> {
  all(): Promise<FindingDraft<B>[]>;
  put(draft: FindingDraft<B>): Promise<void>;
  remove(clientKey: string): Promise<void>;
}

/** How a draft reaches the server: record the finding (idempotent by clientKey), then one call per photo. */
export interface DraftSender<B> {
  record(draft: FindingDraft<B>): Promise<{ id: string }>;
  photo(findingId: string, photo: DraftPhoto): Promise<void>;
}

export interface FlushResult {
  sent: string[];
  waiting: number;
  refused: number;
}

/**
 * Whether a failed call means "try again later": no answer at all (offline, the connection dropped: status 0), a
 * timeout, or a gateway that could not reach the server. Anything else the server said is its answer.
 */
export function isConnectionLoss(e: unknown): boolean {
  if (e instanceof HttpErrorResponse) return [0, 408, 502, 503, 504].includes(e.status);
  return e instanceof TypeError;
}

/**
 * The phone's outbox of findings: a saved draft is written to the store first, then sent; one that cannot be sent
 * (offline, network error) stays and is sent on the next flush (the `online` event, the next visit, a tap). Flushes do
 * not overlap: one asked for while another runs waits for it and then runs once more.
 */
export class DraftQueue<B> {
  readonly drafts = signal<FindingDraft<B>[]>([]);
  private running: Promise<FlushResult> | null = null;
  private again = false;

  constructor(private readonly store: DraftStore<B>, private readonly sender: DraftSender<B>) {}

  /** Reads what waits in the store (after a reload, a closed tab, a crash). */
  async load(): Promise<void> {
    this.drafts.set(sortByTime(await this.store.all()));
  }

  /** Keeps the draft, then tries to send everything waiting. */
  async save(draft: FindingDraft<B>): Promise<FlushResult> {
    await this.store.put(draft);
    await this.load();
    return this.flush();
  }

  /** Drops a draft the server refused (or one the inspector no longer wants). */
  async discard(clientKey: string): Promise<void> {
    await this.store.remove(clientKey);
    await this.load();
  }

  flush(): Promise<FlushResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = this.sendAll().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    this.running = run;
    return run;
  }

  private async sendAll(): Promise<FlushResult> {
    const result: FlushResult = { sent: [], waiting: 0, refused: 0 };
    let offline = false;
    for (const draft of sortByTime(await this.store.all())) {
      if (draft.refused) { result.refused++; continue; }
      if (offline) { result.waiting++; continue; }
      const outcome = await this.sendOne(draft);
      if (outcome === 'sent') result.sent.push(draft.clientKey);
      else if (outcome === 'refused') result.refused++;
      else { result.waiting++; offline = true; }
    }
    await this.load();
    return result;
  }

  /** Sends one draft as far as it goes, writing each step back so a retry starts where this one stopped. */
  private async sendOne(draft: FindingDraft<B>): Promise<'sent' | 'waiting' | 'refused'> {
    try {
      if (!draft.findingId) {
        draft.findingId = (await this.sender.record(draft)).id;
        await this.store.put(draft);
      }
      for (const photo of draft.photos.filter((p) => !p.sent)) {
        await this.sender.photo(draft.findingId, photo);
        photo.sent = true;
        await this.store.put(draft);
      }
      await this.store.remove(draft.clientKey);
      return 'sent';
    } catch (e) {
      if (isConnectionLoss(e)) return 'waiting';
      draft.refused = toProblem(e);
      await this.store.put(draft);
      return 'refused';
    }
  }
}

function sortByTime<B>(drafts: FindingDraft<B>[]): FindingDraft<B>[] {
  return [...drafts].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}
