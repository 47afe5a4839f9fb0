import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TableState } from './url-state';
import { ServerTable } from './server-table';

@Component({ template: '' })
class Host {
  readonly calls: TableState[] = [];
  readonly table = new ServerTable<string>({ sort: 'code asc', size: 20 }, ['kind'], async (s) => {
    this.calls.push(s);
    if (s['kind'] === 'bad') throw new Error('refused');
    return { totalCount: 1, items: [s.sort] };
  });
}

describe('ServerTable', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter([{ path: '**', component: Host }])] }));

  it('Should_load_the_page_of_the_url_and_navigate_on_sort_and_paging', async () => {
    const router = TestBed.inject(Router);
    const host = TestBed.createComponent(Host).componentInstance;
    await router.navigateByUrl('/x?page=2&kind=Routine');
    await vi.waitFor(() => expect(host.table.page()?.items).toEqual(['code asc']));
    expect(host.calls.at(-1)).toMatchObject({ page: 2, size: 20, kind: 'Routine' });

    host.table.sort({ active: 'title', direction: 'desc' });
    await vi.waitFor(() => expect(router.url).toBe('/x?kind=Routine&sort=title%20desc'));
    host.table.paginate({ pageIndex: 0, pageSize: 50, length: 100 });
    await vi.waitFor(() => expect(router.url).toContain('size=50'));
    await vi.waitFor(() => expect(host.calls.at(-1)).toMatchObject({ size: 50, sort: 'title desc' }));

    const before = host.calls.length;
    host.table.reload();
    await vi.waitFor(() => expect(host.calls.length).toBe(before + 1));
  });

  it('Should_keep_the_problem_when_the_server_refuses', async () => {
    const router = TestBed.inject(Router);
    const host = TestBed.createComponent(Host).componentInstance;
    await router.navigateByUrl('/x?kind=bad');
    await vi.waitFor(() => expect(host.table.problem()).toEqual({ status: 0, title: '' }));
    expect(host.table.page()).toBeNull();
    expect(host.table.loading()).toBe(false);
  });
});
