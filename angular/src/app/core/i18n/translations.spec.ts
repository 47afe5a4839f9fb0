import { EN } from './en';
import { ZH_HANS } from './zh-hans';

function leaves(o: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

describe('translations', () => {
  const zh = leaves(ZH_HANS);
  const en = leaves(EN);

  it('Should_have_the_same_keys_in_Chinese_and_English', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('Should_use_the_same_placeholders_in_both_languages', () => {
    const params = (s: string) => (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    for (const [key, text] of zh) expect(params(en.get(key)!), key).toEqual(params(text));
  });

  it('Should_name_every_enum_value_the_API_sends', () => {
    expect(Object.keys(ZH_HANS.enums.StaffKind).sort()).toEqual(['Contract', 'Dispatched', 'Own']);
    expect(Object.keys(ZH_HANS.enums.WindowType)).toHaveLength(5);
    expect(Object.keys(ZH_HANS.enums.ScopeKind).sort()).toEqual(['All', 'Halls', 'None', 'Own', 'Units']);
  });
});
