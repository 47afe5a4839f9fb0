import { DeviceKind } from '../../../proxy/models';

export const DEVICE_KINDS: DeviceKind[] = ['Clock', 'PostStatusReporter'];

/** Blank (Asia/Shanghai) or a zone the browser knows; the server checks it against its own zone database too. */
export function isTimeZone(value: string | null | undefined): boolean {
  const zone = (value ?? '').trim();
  if (!zone) return true;
  if (zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A correction's offset as people type it (+120, -30, 90): a whole non-zero number of seconds within a day. */
export function parseOffset(value: string | number | null | undefined): number | null {
  const text = String(value ?? '').trim();
  if (!/^[+-]?\d{1,5}$/.test(text)) return null;
  const n = Number.parseInt(text, 10);
  return n !== 0 && Math.abs(n) <= 86400 ? n : null;
}
