import { Sha256, hashFile, sha256Hex, toHex } from './sha256';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The NIST examples (FIPS 180-4, "SHA256.pdf" of the Cryptographic Standards and Guidelines examples). */
const VECTORS: [string, Uint8Array, string][] = [
  ['"abc"', utf8('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['the empty string', new Uint8Array(0), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['the 448-bit message', utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ['the 896-bit message', utf8('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'),
    'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1'],
  ['one million "a"', new Uint8Array(1_000_000).fill(0x61), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
];

/** Bytes that are not text: every value, in a pattern that does not repeat at the block size. */
function pseudoRandom(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

async function subtleHex(data: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>)));
}

describe('SHA-256 in TypeScript (the fallback for plain HTTP)', () => {
  for (const [name, data, expected] of VECTORS) {
    it(`Should_give_the_NIST_digest_of_${name.replace(/\W+/g, '_')}`, () => {
      expect(sha256Hex(data)).toBe(expected);
    });
  }

  it('Should_give_the_same_digest_whatever_the_pieces_fed_to_it', () => {
    const data = pseudoRandom(1000);
    const whole = sha256Hex(data);
    // Piece sizes around the 64-byte block and the 56-byte padding boundary.
    for (const size of [1, 3, 55, 56, 63, 64, 65, 127, 999]) {
      const h = new Sha256();
      for (let i = 0; i < data.length; i += size) h.update(data.subarray(i, i + size));
      expect(toHex(h.digest()), `pieces of ${size}`).toBe(whole);
    }
  });

  it('Should_pad_every_length_around_a_block_as_crypto_subtle_does', async () => {
    const data = pseudoRandom(200);
    for (let length = 50; length <= 130; length++) {
      expect(sha256Hex(data.subarray(0, length)), `length ${length}`).toBe(await subtleHex(data.subarray(0, length)));
    }
  });

  it('Should_refuse_a_second_digest', () => {
    const h = new Sha256().update(utf8('abc'));
    h.digest();
    expect(() => h.digest()).toThrow();
    expect(() => h.update(utf8('d'))).toThrow();
  });
});

describe('hashFile', () => {
  it('Should_give_the_same_hash_from_crypto_subtle_and_from_the_fallback', async () => {
    const data = pseudoRandom(3 * 1024 * 1024 + 17);
    const file = new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    const expected = await subtleHex(data);
    const digest = vi.spyOn(crypto.subtle, 'digest');
    expect(await hashFile(file, { forceFallback: true, chunkBytes: 256 * 1024 })).toBe(expected);
    expect(digest).not.toHaveBeenCalled();
    // The secure-context path (jsdom reports a secure context only when told; the test sets it).
    const secure = Object.getOwnPropertyDescriptor(globalThis, 'isSecureContext');
    Object.defineProperty(globalThis, 'isSecureContext', { value: true, configurable: true });
    try {
      expect(await hashFile(file, { chunkBytes: 256 * 1024 })).toBe(expected);
      expect(digest).toHaveBeenCalledTimes(1);
    } finally {
      digest.mockRestore();
      if (secure) Object.defineProperty(globalThis, 'isSecureContext', secure);
      else delete (globalThis as { isSecureContext?: boolean }).isSecureContext;
    }
  });

  it('Should_report_progress_per_chunk_up_to_the_size', async () => {
    const file = new Blob([pseudoRandom(1000) as Uint8Array<ArrayBuffer>]);
    const seen: number[] = [];
    await hashFile(file, { forceFallback: true, chunkBytes: 300, onProgress: (done, total) => { expect(total).toBe(1000); seen.push(done); } });
    expect(seen).toEqual([0, 300, 600, 900, 1000]);
  });

  it('Should_hash_an_empty_file', async () => {
    expect(await hashFile(new Blob([]), { forceFallback: true })).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
