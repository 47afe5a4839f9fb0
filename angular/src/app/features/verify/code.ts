/** A certificate's verification code as printed: three groups of four letters or digits. */
export const CODE_PATTERN = /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

/** The code as it is typed: full-width folded, upper case, letters and digits only, a dash after every four. */
export function formatCode(raw: string): string {
  const chars = raw.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
  return chars.match(/.{1,4}/g)?.join('-') ?? '';
}

export function isCodeFormat(code: string): boolean {
  return CODE_PATTERN.test(code);
}
