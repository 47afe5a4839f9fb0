import { Injectable, computed, inject, signal } from '@angular/core';
import { Api } from '../proxy/api';
import { OrganizationTreeDto } from '../proxy/models';
import { getOrganizationTree } from '../proxy/fn/organization/get-organization-tree';

/** The hall → unit → window tree, loaded once and reloaded after a change; also names ids for the scope line. */
@Injectable({ providedIn: 'root' })
export class OrganizationTreeService {
  private readonly api = inject(Api);
  readonly tree = signal<OrganizationTreeDto | null>(null);
  readonly hallNames = computed(() => new Map((this.tree()?.halls ?? []).map((h) => [h.hall.id, h.hall.name])));
  readonly unitNames = computed(
    () => new Map((this.tree()?.halls ?? []).flatMap((h) => h.units.map((u) => [u.unit.id, u.unit.name] as const))),
  );

  private pending: Promise<OrganizationTreeDto | null> | null = null;

  /** Loads the tree unless it is there; callers at the same time (the shell and a page) share one request. */
  load(force = false): Promise<OrganizationTreeDto | null> {
    if (this.tree() && !force) return Promise.resolve(this.tree());
    if (this.pending && !force) return this.pending;
    const request = this.fetch().finally(() => {
      if (this.pending === request) this.pending = null;
    });
    this.pending = request;
    return request;
  }

  private async fetch(): Promise<OrganizationTreeDto | null> {
    try {
      this.tree.set(await this.api.invoke(getOrganizationTree));
    } catch {
      /* the page shows its own error */
    }
    return this.tree();
  }
}
