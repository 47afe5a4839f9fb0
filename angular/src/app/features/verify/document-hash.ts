/** Comparing a registered SHA-256 with the one computed from the file a visitor picked. */

export type HashCheck = 'match' | 'mismatch';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * A SHA-256 as 64 lower-case hex digits, whatever way it was written (upper case, spaced or colon-separated groups as
 * some tools print it, copied with a line break); null when it is not a SHA-256 at all.
 */
export function normalizeSha256(value: string | null | undefined): string | null {
  const hex = (value ?? '').normalize('NFKC').toLowerCase().replace(/[\s:-]/g, '');
  return SHA256_HEX.test(hex) ? hex : null;
}

/** Whether the picked file's digest is the registered one; a registered value that is no SHA-256 matches nothing. */
export function compareSha256(registered: string | null | undefined, computed: string): HashCheck {
  const expected = normalizeSha256(registered);
  const actual = normalizeSha256(computed);
  return expected !== null && actual !== null && expected === actual ? 'match' : 'mismatch';
}

/** The digest in groups of eight, so a long hex string breaks at sensible places and can be compared by eye. */
export function groupSha256(hex: string): string {
  return hex.match(/.{1,8}/g)?.join(' ') ?? '';
}
