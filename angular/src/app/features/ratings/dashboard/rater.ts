import type { MaskedRaterDto } from './ratings-api';

/**
 * How a rater reads in a list: the server masked it (张*, 138****5678; the callback's handler reads it in full on the
 * case, not here), so this only joins the parts. Null for an anonymous rater; a text key when the data was removed after retention.
 */
export function raterText(r: MaskedRaterDto | null | undefined): { text: string } | { key: string } | null {
  if (!r || r.kind === 'Anonymous') return null;
  if (r.removed) return { key: 'ratings.dashboard.list.raterRemoved' };
  const parts = r.kind === 'Enterprise' ? [r.enterpriseName, r.maskedCreditCode, r.maskedName, r.maskedPhone] : [r.maskedName, r.maskedPhone];
  const text = parts.filter((p): p is string => !!p).join(' · ');
  return text ? { text } : null;
}
