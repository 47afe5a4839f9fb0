import { HttpErrorResponse } from '@angular/common/http';
import { AnswersSavedDto } from '../../../proxy/models';
import { AnswerSaver, CONFLICT_CODE } from './answer-saver';
import { Answers } from './answers';

const ack: AnswersSavedDto = { attemptId: 'a', answeredCount: 1, deadline: '2026-12-02T09:00:00Z', serverNow: '2026-12-02T08:00:00Z' };
const error = (status: number, code?: string) =>
  new HttpErrorResponse({ status, error: code ? { title: 'x', status, code } : null });

describe('AnswerSaver', () => {
  let sent: Answers[];
  let replies: (() => Promise<AnswersSavedDto>)[];
  let refused: string[];
  let saver: AnswerSaver;

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    replies = [];
    refused = [];
    saver = new AnswerSaver({
      save: (answers) => { sent.push({ ...answers }); return (replies.shift() ?? (() => Promise.resolve(ack)))(); },
      onSaved: () => undefined,
      onRefused: (p) => refused.push(p.code ?? String(p.status)),
      debounceMs: 1500,
      retryMs: () => 2000,
    });
  });

  afterEach(() => vi.useRealTimers());

  it('Should_send_changes_together_a_moment_after_the_last_one', async () => {
    saver.change(0, 'A');
    await vi.advanceTimersByTimeAsync(1000);
    saver.change(1, 'true');
    saver.change(0, 'B');
    expect(saver.status()).toBe('saving');
    await vi.advanceTimersByTimeAsync(1400);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toEqual([{ 0: 'B', 1: 'true' }]);
    expect(saver.status()).toBe('saved');
    expect(saver.savedAt()).not.toBeNull();
  });

  it('Should_keep_failed_answers_and_retry_with_newer_changes_winning', async () => {
    replies.push(() => Promise.reject(error(0)));
    saver.change(0, 'A');
    saver.change(1, 'x');
    await vi.advanceTimersByTimeAsync(1500);
    expect(saver.status()).toBe('retrying');
    saver.change(0, 'C');
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toEqual([{ 0: 'A', 1: 'x' }, { 0: 'C', 1: 'x' }]);
    expect(saver.status()).toBe('saved');
  });

  it('Should_send_again_at_once_after_a_409_conflict', async () => {
    replies.push(() => Promise.reject(error(409, CONFLICT_CODE)));
    saver.change(2, '窗口');
    await vi.advanceTimersByTimeAsync(1500);
    await vi.advanceTimersByTimeAsync(10); // no pause: not the 1.5 s debounce, not the retry pause
    expect(sent).toEqual([{ 2: '窗口' }, { 2: '窗口' }]);
    expect(saver.status()).toBe('saved');
    expect(refused).toEqual([]);
  });

  it('Should_stop_and_tell_the_page_when_the_attempt_is_closed', async () => {
    replies.push(() => Promise.reject(error(409, 'Learning:00018')));
    saver.change(0, 'A');
    await vi.advanceTimersByTimeAsync(1500);
    expect(refused).toEqual(['Learning:00018']);
    saver.change(0, 'B');
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
  });

  it('Should_flush_pending_changes_without_waiting_for_the_pause', async () => {
    saver.change(0, 'A');
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(await flushed).toBe(true);
    expect(sent).toEqual([{ 0: 'A' }]);
    expect(saver.hasPending).toBe(false);
  });

  it('Should_wait_for_a_save_in_flight_before_sending_what_changed_meanwhile', async () => {
    let release!: (v: AnswersSavedDto) => void;
    replies.push(() => new Promise((resolve) => (release = resolve)));
    saver.change(0, 'A');
    await vi.advanceTimersByTimeAsync(1500);
    saver.change(1, 'B');
    const flushed = saver.flush();
    release(ack);
    await vi.advanceTimersByTimeAsync(0);
    expect(await flushed).toBe(true);
    expect(sent).toEqual([{ 0: 'A' }, { 1: 'B' }]);
  });
});
