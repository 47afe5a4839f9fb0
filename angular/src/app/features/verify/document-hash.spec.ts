import { compareSha256, groupSha256, normalizeSha256 } from './document-hash';

const HASH = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('document hash comparison', () => {
  it('Should_read_a_SHA256_written_in_upper_case_groups_or_with_colons', () => {
    expect(normalizeSha256(HASH.toUpperCase())).toBe(HASH);
    expect(normalizeSha256(groupSha256(HASH))).toBe(HASH);
    expect(normalizeSha256(HASH.match(/../g)!.join(':'))).toBe(HASH);
    expect(normalizeSha256(` ${HASH}\n`)).toBe(HASH);
  });

  it('Should_refuse_what_is_not_a_SHA256', () => {
    expect(normalizeSha256(HASH.slice(1))).toBeNull();
    expect(normalizeSha256(HASH + '0')).toBeNull();
    expect(normalizeSha256(HASH.replace('a', 'g'))).toBeNull();
    expect(normalizeSha256('')).toBeNull();
    expect(normalizeSha256(null)).toBeNull();
  });

  it('Should_say_match_only_for_the_same_digest', () => {
    expect(compareSha256(HASH.toUpperCase(), HASH)).toBe('match');
    // One hex digit off, anywhere, is a different file.
    expect(compareSha256(HASH, HASH.slice(0, 63) + 'c')).toBe('mismatch');
    expect(compareSha256(HASH, 'f' + HASH.slice(1))).toBe('mismatch');
  });

  it('Should_never_match_when_nothing_valid_was_registered', () => {
    expect(compareSha256(null, HASH)).toBe('mismatch');
    expect(compareSha256('', '')).toBe('mismatch');
    expect(compareSha256('not a hash', 'not a hash')).toBe('mismatch');
  });

  it('Should_group_the_digest_by_eight', () => {
    expect(groupSha256(HASH).split(' ')).toHaveLength(8);
    expect(groupSha256(HASH).replace(/ /g, '')).toBe(HASH);
  });
});
