import { canWithdraw, entryOpen, entryPhase } from './entry-rules';

const contest = { state: 'Announced', entryOpensAt: '2026-05-01T00:00:00Z', entryClosesAt: '2026-05-10T00:00:00Z' };

describe('entry rules', () => {
  it('Should_open_entry_only_inside_the_window_of_an_announced_contest', () => {
    expect(entryOpen(contest, new Date('2026-05-01T00:00:00Z'))).toBe(true);
    expect(entryOpen(contest, new Date('2026-05-09T23:59:59Z'))).toBe(true);
    expect(entryOpen(contest, new Date('2026-05-10T00:00:00Z'))).toBe(false);
    expect(entryOpen(contest, new Date('2026-04-30T23:59:59Z'))).toBe(false);
    expect(entryOpen({ ...contest, state: 'Closed' }, new Date('2026-05-05T00:00:00Z'))).toBe(false);
  });

  it('Should_name_the_phase_of_the_entry_window', () => {
    expect(entryPhase(contest, new Date('2026-04-01T00:00:00Z'))).toBe('notYet');
    expect(entryPhase({ ...contest, state: 'Draft' }, new Date('2026-05-05T00:00:00Z'))).toBe('notYet');
    expect(entryPhase(contest, new Date('2026-05-05T00:00:00Z'))).toBe('open');
    expect(entryPhase(contest, new Date('2026-06-01T00:00:00Z'))).toBe('closed');
  });

  it('Should_allow_withdrawal_only_before_the_first_round_opens', () => {
    expect(canWithdraw('Entered', ['Pending', 'Pending'])).toBe(true);
    expect(canWithdraw('Entered', ['Open', 'Pending'])).toBe(false);
    expect(canWithdraw('Withdrawn', ['Pending'])).toBe(false);
    expect(canWithdraw(null, [])).toBe(false);
  });
});
