import { MAX_EVIDENCE_FILES } from './appeals.api';

/** An evidence file as the appeal dialog lists it: the kind people recognise and its size. */
export interface EvidenceLine {
  name: string;
  kind: string;
  size: number;
  empty: boolean;
  /** Not a kind the server takes: named before sending, not after the upload. */
  refused: boolean;
}

/** The kinds the server takes as evidence (it checks the content, not the name, and the size). */
const KINDS: Record<string, string> = { pdf: 'PDF', jpg: 'JPEG', jpeg: 'JPEG', png: 'PNG' };

/** What the file picker offers. */
export const EVIDENCE_ACCEPT = Object.keys(KINDS).map((k) => `.${k}`).join(',');

export function evidenceLine(f: { name: string; size: number }): EvidenceLine {
  const ext = f.name.includes('.') ? f.name.split('.').pop()!.toLowerCase() : '';
  return { name: f.name, kind: KINDS[ext] ?? (ext ? ext.toUpperCase() : '?'), size: f.size, empty: f.size === 0, refused: !KINDS[ext] };
}

/** Adds picked files to those chosen: the same name again replaces the earlier one, and never more than the maximum. */
export function addEvidence<T extends { name: string }>(chosen: T[], picked: T[], max = MAX_EVIDENCE_FILES): { files: T[]; dropped: number } {
  const byName = new Map(chosen.map((f) => [f.name, f]));
  for (const f of picked) byName.set(f.name, f);
  const all = [...byName.values()];
  return { files: all.slice(0, max), dropped: Math.max(0, all.length - max) };
}
