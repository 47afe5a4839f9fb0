/**
 * SHA-256 of a file the user picks, computed in the browser (the file is never uploaded).
 *
 * `crypto.subtle` exists only in a secure context (HTTPS or localhost), and halls often serve the portal over plain HTTP
 * on their intranet, so there is a pure TypeScript implementation (FIPS 180-4) beside it. Both read the file in chunks,
 * giving the event loop a turn between them, so a 20 MB PDF neither freezes the page nor goes without progress.
 */

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** An incremental SHA-256: feed it bytes in pieces of any size, then take the digest once. */
export class Sha256 {
  private readonly h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  private readonly w = new Uint32Array(64);
  /** The bytes of an unfinished 64-byte block. */
  private readonly block = new Uint8Array(64);
  private blockLength = 0;
  /** The message length in bytes; a Number is exact up to 2^53, far beyond any file a browser reads. */
  private length = 0;
  private finished = false;

  update(data: Uint8Array): this {
    if (this.finished) throw new Error('SHA-256: update after digest');
    this.length += data.length;
    let offset = 0;
    if (this.blockLength > 0) {
      const take = Math.min(64 - this.blockLength, data.length);
      this.block.set(data.subarray(0, take), this.blockLength);
      this.blockLength += take;
      offset = take;
      if (this.blockLength < 64) return this;
      this.compress(this.block, 0);
      this.blockLength = 0;
    }
    for (; offset + 64 <= data.length; offset += 64) this.compress(data, offset);
    if (offset < data.length) {
      this.block.set(data.subarray(offset), 0);
      this.blockLength = data.length - offset;
    }
    return this;
  }

  digest(): Uint8Array {
    if (this.finished) throw new Error('SHA-256: digest taken twice');
    const bits = this.length * 8;
    // Padding: 0x80, zeros up to 56 mod 64, then the length in bits as a 64-bit big-endian number.
    const padLength = (this.blockLength < 56 ? 56 : 120) - this.blockLength;
    const tail = new Uint8Array(padLength + 8);
    tail[0] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(padLength, Math.floor(bits / 0x100000000));
    view.setUint32(padLength + 4, bits >>> 0);
    this.update(tail);
    this.finished = true;
    const out = new Uint8Array(32);
    const outView = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) outView.setUint32(i * 4, this.h[i]);
    return out;
  }

  private compress(bytes: Uint8Array, offset: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      w[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
    }
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15], b = w[i - 2];
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    const h = this.h;
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + s1 + ch + K[i] + w[i]) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** SHA-256 of bytes in memory with the TypeScript implementation, as lower-case hex. */
export function sha256Hex(data: Uint8Array): string {
  return toHex(new Sha256().update(data).digest());
}

/** Bytes read per step: small enough that one step of the TypeScript hash takes a few milliseconds. */
export const HASH_CHUNK_BYTES = 1 << 20;
/**
 * `crypto.subtle.digest` takes the whole file at once; above this size the streaming TypeScript hash is used even in a
 * secure context, so memory stays bounded whatever the visitor picks.
 */
export const SUBTLE_MAX_BYTES = 64 << 20;

export interface HashFileOptions {
  /** Called after each chunk with the bytes read so far and the file's size. */
  onProgress?: (done: number, total: number) => void;
  /** Use the TypeScript implementation even where `crypto.subtle` is available (tests compare both). */
  forceFallback?: boolean;
  chunkBytes?: number;
}

/** Whether this page can use `crypto.subtle` (a secure context only: HTTPS or localhost). */
export function canUseSubtle(): boolean {
  return typeof globalThis.isSecureContext === 'boolean' && globalThis.isSecureContext && !!globalThis.crypto?.subtle;
}

/** SHA-256 of a file (or any Blob) as lower-case hex, read in chunks with progress. */
export async function hashFile(file: Blob, options: HashFileOptions = {}): Promise<string> {
  const chunk = options.chunkBytes ?? HASH_CHUNK_BYTES;
  const total = file.size;
  const useSubtle = !options.forceFallback && canUseSubtle() && total <= SUBTLE_MAX_BYTES;
  const hasher = useSubtle ? null : new Sha256();
  const whole = useSubtle ? new Uint8Array(total) : null;
  options.onProgress?.(0, total);
  for (let done = 0; done < total;) {
    const bytes = new Uint8Array(await file.slice(done, Math.min(done + chunk, total)).arrayBuffer());
    if (bytes.length === 0) throw new Error('SHA-256: the file ended before its size');
    if (whole) whole.set(bytes, done);
    else hasher!.update(bytes);
    done += bytes.length;
    options.onProgress?.(done, total);
    // Reading a slice is asynchronous but may finish at once from the cache; a macrotask lets the page paint.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (whole) return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', whole)));
  return toHex(hasher!.digest());
}
