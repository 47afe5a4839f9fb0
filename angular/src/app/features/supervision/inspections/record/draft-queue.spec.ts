import { HttpErrorResponse } from '@angular/common/http';
import { DraftPhoto, DraftQueue, DraftSender, FindingDraft, isConnectionLoss } from './draft-queue';
import { MemoryDraftStore } from './indexed-db-draft-store';

const offline = () => new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' });
const refusal = () => new HttpErrorResponse({ status: 400, error: { title: '督查事项“迟到早退”已停用', code: 'Supervision:00003' } });

function draft(key: string, photos = 1, savedAt = `2026-03-02T09:0${key.length}:00Z`): FindingDraft<{ note: string }> {
  return {
    clientKey: key, savedAt, body: { note: key }, label: key, findingId: null, refused: null,
    photos: Array.from({ length: photos }, (_, i) => ({ name: `${key}-${i}.jpg`, blob: new Blob([`${key}${i}`]), sent: false })),
  };
}

/** A server that records what it got and can be switched off; the same clientKey gives the same finding, as the real one does. */
class FakeServer implements DraftSender<{ note: string }> {
  online = true;
  failPhotosAfter = Infinity;
  findings = new Map<string, string>();
  photos: string[] = [];
  refuse = new Set<string>();

  async record(d: FindingDraft<{ note: string }>): Promise<{ id: string }> {
    if (!this.online) throw offline();
    if (this.refuse.has(d.clientKey)) throw refusal();
    if (!this.findings.has(d.clientKey)) this.findings.set(d.clientKey, `F-${d.clientKey}`);
    return { id: this.findings.get(d.clientKey)! };
  }

  async photo(findingId: string, p: DraftPhoto): Promise<void> {
    if (!this.online || this.photos.length >= this.failPhotosAfter) throw offline();
    this.photos.push(`${findingId}/${p.name}`);
  }
}

describe('DraftQueue', () => {
  it('Should_send_a_saved_draft_with_its_photos_and_forget_it', async () => {
    const server = new FakeServer();
    const q = new DraftQueue(new MemoryDraftStore<{ note: string }>(), server);
    const r = await q.save(draft('a', 2));
    expect(r).toEqual({ sent: ['a'], waiting: 0, refused: 0 });
    expect(server.photos).toEqual(['F-a/a-0.jpg', 'F-a/a-1.jpg']);
    expect(q.drafts()).toEqual([]);
  });

  it('Should_keep_a_draft_while_offline_and_send_it_when_back', async () => {
    const server = new FakeServer();
    const store = new MemoryDraftStore<{ note: string }>();
    server.online = false;
    const r = await new DraftQueue(store, server).save(draft('a'));
    expect(r).toEqual({ sent: [], waiting: 1, refused: 0 });

    // The next visit: a new page, a new queue, the same store.
    const next = new DraftQueue(store, server);
    await next.load();
    expect(next.drafts().map((d) => d.clientKey)).toEqual(['a']);
    server.online = true;
    expect((await next.flush()).sent).toEqual(['a']);
    expect(next.drafts()).toEqual([]);
    expect(server.findings.size).toBe(1);
  });

  it('Should_resend_only_the_photos_missing_after_a_connection_lost_half_way', async () => {
    const server = new FakeServer();
    server.failPhotosAfter = 1;
    const q = new DraftQueue(new MemoryDraftStore<{ note: string }>(), server);
    await q.save(draft('a', 3));
    expect(q.drafts()[0].findingId).toBe('F-a');
    expect(q.drafts()[0].photos.map((p) => p.sent)).toEqual([true, false, false]);

    server.failPhotosAfter = Infinity;
    await q.flush();
    expect(server.photos).toEqual(['F-a/a-0.jpg', 'F-a/a-1.jpg', 'F-a/a-2.jpg']);
    expect(server.findings.size).toBe(1);
  });

  it('Should_keep_a_refused_draft_with_the_reason_and_not_send_it_again', async () => {
    const server = new FakeServer();
    server.refuse.add('a');
    const q = new DraftQueue(new MemoryDraftStore<{ note: string }>(), server);
    const r = await q.save(draft('a'));
    expect(r.refused).toBe(1);
    expect(q.drafts()[0].refused?.code).toBe('Supervision:00003');

    server.refuse.clear();
    expect((await q.flush()).sent).toEqual([]);
    await q.discard('a');
    expect(q.drafts()).toEqual([]);
  });

  it('Should_stop_at_the_first_lost_connection_and_keep_the_order_of_saving', async () => {
    const server = new FakeServer();
    server.online = false;
    const q = new DraftQueue(new MemoryDraftStore<{ note: string }>(), server);
    await q.save(draft('bb', 0));
    await q.save(draft('a', 0));
    expect(q.drafts().map((d) => d.clientKey)).toEqual(['a', 'bb']);
    server.online = true;
    expect((await q.flush()).sent).toEqual(['a', 'bb']);
  });

  it('Should_run_one_flush_at_a_time_and_once_more_after_when_asked_meanwhile', async () => {
    let calls = 0;
    const sender: DraftSender<{ note: string }> = {
      record: async (d) => { calls++; await new Promise((r) => setTimeout(r, 5)); return { id: d.clientKey }; },
      photo: async () => undefined,
    };
    const store = new MemoryDraftStore<{ note: string }>();
    await store.put(draft('a', 0));
    const q = new DraftQueue(store, sender);
    await Promise.all([q.flush(), q.flush(), q.flush()]);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(1);
  });

  it('Should_tell_a_lost_connection_from_an_answer', () => {
    expect(isConnectionLoss(offline())).toBe(true);
    expect(isConnectionLoss(new HttpErrorResponse({ status: 503 }))).toBe(true);
    expect(isConnectionLoss(new TypeError('Failed to fetch'))).toBe(true);
    expect(isConnectionLoss(refusal())).toBe(false);
    expect(isConnectionLoss(new HttpErrorResponse({ status: 409 }))).toBe(false);
  });
});
