import { addEvidence, evidenceLine } from './evidence-rules';

describe('evidence rules', () => {
  it('Should_name_the_kind_of_a_file_from_its_extension_and_flag_an_empty_one_or_one_the_server_refuses', () => {
    expect(evidenceLine({ name: '监控截图.JPG', size: 2048 })).toEqual({ name: '监控截图.JPG', kind: 'JPEG', size: 2048, empty: false, refused: false });
    expect(evidenceLine({ name: 'scan.pdf', size: 0 }).empty).toBe(true);
    expect(evidenceLine({ name: 'call.m4a', size: 9 })).toMatchObject({ kind: 'M4A', refused: true });
    expect(evidenceLine({ name: 'README', size: 3 })).toMatchObject({ kind: '?', refused: true });
  });

  it('Should_keep_at_most_five_files_and_replace_one_picked_again_by_name', () => {
    const f = (name: string, size = 1) => ({ name, size });
    const first = addEvidence([f('a.pdf'), f('b.pdf')], [f('a.pdf', 9), f('c.pdf')]);
    expect(first.files.map((x) => [x.name, x.size])).toEqual([['a.pdf', 9], ['b.pdf', 1], ['c.pdf', 1]]);
    const many = addEvidence(first.files, [f('d.pdf'), f('e.pdf'), f('g.pdf')]);
    expect(many.files.length).toBe(5);
    expect(many.dropped).toBe(1);
  });
});
