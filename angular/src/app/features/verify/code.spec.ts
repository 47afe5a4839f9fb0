import { formatCode, isCodeFormat } from './code';

describe('verification code', () => {
  it('Should_format_the_code_as_it_is_typed', () => {
    expect(formatCode('ab')).toBe('AB');
    expect(formatCode('abcd')).toBe('ABCD');
    expect(formatCode('abcde')).toBe('ABCD-E');
    expect(formatCode('abcd-efgh-jk23')).toBe('ABCD-EFGH-JK23');
    expect(formatCode(' ａｂｃｄ efgh—2345 ')).toBe('ABCD-EFGH-2345');
    expect(formatCode('')).toBe('');
  });

  it('Should_accept_only_three_groups_of_four_letters_or_digits', () => {
    expect(isCodeFormat('ABCD-EFGH-2345')).toBe(true);
    expect(isCodeFormat('ABCD-EFGH-234')).toBe(false);
    expect(isCodeFormat('ABCD-EFGH-2345-6')).toBe(false);
    expect(isCodeFormat('abcd-efgh-2345')).toBe(false); // formatCode upper-cases first
  });
});
