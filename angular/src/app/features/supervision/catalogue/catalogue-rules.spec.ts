import { FormControl } from '@angular/forms';
import type { CatalogueItemDto } from './catalogue.api';
import { byCategory, codeValidator, nextCode, pointsValidator } from './catalogue-rules';

const item = (code: string, category: CatalogueItemDto['category'], sortOrder = 0): CatalogueItemDto => ({
  id: code, code, version: 1, kind: 'Violation', category, nameZh: code, nameEn: code, description: null, personPoints: 2, unitPoints: 1,
  sortOrder, isCurrent: true, isRetired: false,
});

describe('catalogue rules', () => {
  it('Should_group_items_by_category_in_the_catalogue_order', () => {
    const groups = byCategory([item('JXJ-01', 'Banner'), item('GZJL-02', 'WorkDiscipline', 2), item('GZJL-01', 'WorkDiscipline', 1)]);
    expect(groups.map((g) => [g.category, g.items.map((i) => i.code)])).toEqual([
      ['WorkDiscipline', ['GZJL-01', 'GZJL-02']],
      ['Banner', ['JXJ-01']],
    ]);
  });

  it('Should_take_points_from_0_to_100_with_two_decimals', () => {
    const ok = (v: unknown) => pointsValidator(new FormControl(v)) === null;
    expect(ok(0)).toBe(true);
    expect(ok(2.5)).toBe(true);
    expect(ok(100)).toBe(true);
    expect(ok(100.01)).toBe(false);
    expect(ok(-1)).toBe(false);
    expect(ok(1.234)).toBe(false);
    expect(ok('')).toBe(false);
  });

  it('Should_take_codes_as_the_server_does', () => {
    expect(codeValidator(new FormControl('GZJL-04'))).toBeNull();
    expect(codeValidator(new FormControl('gzjl-04'))).toEqual({ code: true });
    expect(codeValidator(new FormControl('4-GZJL'))).toEqual({ code: true });
  });

  it('Should_suggest_the_next_code_of_a_category', () => {
    const items = [item('GZJL-01', 'WorkDiscipline'), item('GZJL-03', 'WorkDiscipline'), item('YRYB-01', 'AppearanceEtiquette')];
    expect(nextCode(items, 'WorkDiscipline')).toBe('GZJL-04');
    expect(nextCode(items, 'Integrity')).toBe('');
  });
});
