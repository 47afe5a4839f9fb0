import { Signal, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { PageEvent } from '@angular/material/paginator';
import { Sort } from '@angular/material/sort';
import { ActivatedRoute, Router } from '@angular/router';
import { BehaviorSubject, catchError, combineLatest, distinctUntilChanged, from, map, of, switchMap, tap } from 'rxjs';
import { Problem, toProblem } from '../core/problem';
import { TableState, readTableState, toQueryParams } from './url-state';

export interface Page<T> {
  totalCount: number;
  items: Array<T>;
}

/**
 * A table paged, sorted and filtered on the server with its state in the URL: reads the state, asks the server for
 * the page (again on reload()), and turns sort / paginator / filter events into navigation. Call in an injection context.
 */
export class ServerTable<T> {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly reload$ = new BehaviorSubject(0);
  readonly loading = signal(false);
  readonly problem = signal<Problem | null>(null);
  readonly state: Signal<TableState>;
  readonly sortField = computed(() => this.state().sort.split(' ')[0]);
  readonly sortDir = computed(() => this.state().sort.split(' ')[1] as 'asc' | 'desc');
  readonly page: Signal<Page<T> | null>;

  constructor(
    private readonly defaults: { sort: string; size: number },
    extra: string[],
    load: (s: TableState) => Promise<Page<T>>,
  ) {
    const states = this.route.queryParamMap.pipe(map((q) => readTableState(q, defaults, extra)));
    this.state = toSignal(states, { requireSync: true });
    this.page = toSignal(
      combineLatest([states.pipe(distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b))), this.reload$]).pipe(
        tap(() => { this.loading.set(true); this.problem.set(null); }),
        switchMap(([s]) => from(load(s)).pipe(catchError((e) => { this.problem.set(toProblem(e)); return of(null); }))),
        tap(() => this.loading.set(false)),
      ),
      { initialValue: null },
    );
  }

  go(change: Partial<TableState>, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(change, this.defaults), queryParamsHandling: 'merge', replaceUrl });
  }

  sort(e: Sort): void {
    this.go({ sort: `${e.active} ${e.direction || 'asc'}`, page: 0 });
  }

  paginate(e: PageEvent): void {
    this.go({ page: e.pageSize !== this.state().size ? 0 : e.pageIndex, size: e.pageSize });
  }

  /** Asks for the same page again (after a save). */
  reload(): void {
    this.reload$.next(this.reload$.value + 1);
  }
}
