import { AbstractControl, ValidationErrors } from '@angular/forms';
import { CATEGORIES, CODE_PATTERN, CatalogueCategory, CatalogueItemDto, MAX_POINTS } from './catalogue.api';

/** The items grouped by category in the catalogue's order (categories without items left out). */
export function byCategory(items: readonly CatalogueItemDto[]): { category: CatalogueCategory; items: CatalogueItemDto[] }[] {
  return CATEGORIES.map((category) => ({
    category,
    items: items.filter((i) => i.category === category).sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)),
  })).filter((g) => g.items.length > 0);
}

/** Points as the server takes them: a number from 0 to MAX_POINTS, at most two decimals (it rounds to hundredths). */
export function pointsValidator(c: AbstractControl): ValidationErrors | null {
  const v = c.value;
  if (v === null || v === '' || v === undefined) return { required: true };
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n) || n < 0 || n > MAX_POINTS) return { points: true };
  return Math.round(n * 100) / 100 === n ? null : { points: true };
}

/** A code as the server takes it: upper-case letters, digits and hyphens, a letter first (e.g. GZJL-04). */
export function codeValidator(c: AbstractControl): ValidationErrors | null {
  const v = String(c.value ?? '');
  return v === '' || CODE_PATTERN.test(v) ? null : { code: true };
}

/** The next free code of a category's prefix (GZJL-01 … → GZJL-04), for a new item; empty when the category has none yet. */
export function nextCode(items: readonly CatalogueItemDto[], category: CatalogueCategory): string {
  const codes = items.filter((i) => i.category === category).map((i) => /^([A-Z][A-Z0-9]*)-(\d+)$/.exec(i.code)).filter((m) => !!m);
  if (codes.length === 0) return '';
  const prefix = codes[0]![1];
  const max = Math.max(...codes.filter((m) => m![1] === prefix).map((m) => Number(m![2])));
  return `${prefix}-${String(max + 1).padStart(2, '0')}`;
}
