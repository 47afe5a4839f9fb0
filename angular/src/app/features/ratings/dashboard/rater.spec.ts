import { raterText } from './rater';

describe('Rater text', () => {
  it('Should_join_what_the_server_sent_and_say_when_it_was_removed', () => {
    expect(raterText({ kind: 'Person', maskedName: '张*', maskedPhone: '138****5678', enterpriseName: null, maskedCreditCode: null, removed: false })).toEqual({ text: '张* · 138****5678' });
    expect(raterText({ kind: 'Enterprise', enterpriseName: '某某公司', maskedCreditCode: '9144**********123X', maskedName: null, maskedPhone: null, removed: false }))
      .toEqual({ text: '某某公司 · 9144**********123X' });
    expect(raterText({ kind: 'Person', maskedName: null, maskedPhone: null, enterpriseName: null, maskedCreditCode: null, removed: true })).toEqual({ key: 'ratings.dashboard.list.raterRemoved' });
    expect(raterText({ kind: 'Anonymous', maskedName: null, maskedPhone: null, enterpriseName: null, maskedCreditCode: null, removed: false })).toBeNull();
    expect(raterText(null)).toBeNull();
  });
});
