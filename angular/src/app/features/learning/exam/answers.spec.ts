import { AttemptQuestionDto } from '../../../proxy/models';
import { choiceKeys, displayAnswer, encodeChoices, fromServer, isAnswered, toggleChoice, unansweredCount } from './answers';

const words = { true: '对', false: '错' };

describe('answer encoding', () => {
  it('Should_read_and_write_option_keys_in_the_servers_format', () => {
    expect(choiceKeys('A,C')).toEqual(['A', 'C']);
    expect(choiceKeys(' a , c ')).toEqual(['A', 'C']);
    expect(choiceKeys('')).toEqual([]);
    expect(choiceKeys(null)).toEqual([]);
    expect(encodeChoices(['C', 'A', 'C'])).toBe('A,C');
    expect(encodeChoices([])).toBe('');
  });

  it('Should_tick_and_untick_options_of_a_multiple_choice_answer', () => {
    expect(toggleChoice('', 'B', true)).toBe('B');
    expect(toggleChoice('B', 'A', true)).toBe('A,B');
    expect(toggleChoice('A,B', 'A', false)).toBe('B');
    expect(toggleChoice('B', 'B', false)).toBe('');
    expect(toggleChoice('B', 'B', true)).toBe('B');
  });

  it('Should_count_blank_answers_as_unanswered', () => {
    const q = (index: number): AttemptQuestionDto => ({ index, type: 'FillIn', stem: '', options: [], points: 1 });
    expect(isAnswered('  ')).toBe(false);
    expect(isAnswered('false')).toBe(true);
    expect(unansweredCount([q(0), q(1), q(2)], { 0: 'A', 1: ' ' })).toBe(2);
  });

  it('Should_drop_cleared_answers_the_server_sends_as_null', () => {
    expect(fromServer({ '0': 'A', '2': null, '3': 'true' } as Record<string, string | null>)).toEqual({ 0: 'A', 3: 'true' });
    expect(fromServer(null)).toEqual({});
  });

  it('Should_show_answers_as_people_read_them', () => {
    expect(displayAnswer('MultipleChoice', 'A,C', words)).toBe('A、C');
    expect(displayAnswer('TrueFalse', 'false', words)).toBe('错');
    expect(displayAnswer('TrueFalse', 'true', words)).toBe('对');
    expect(displayAnswer('FillIn', '一次性告知', words)).toBe('一次性告知');
    expect(displayAnswer('SingleChoice', null, words)).toBe('');
  });
});
