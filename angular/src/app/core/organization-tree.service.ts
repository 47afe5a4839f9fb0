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

  async load(force = false): Promise<OrganizationTreeDto | null> {
    if (!this.tree() || force) {
      try {
        this.tree.set(await this.api.invoke(getOrganizationTree));
      } catch {
        /* the page shows its own error */
      }
    }
    return this.tree();
  }
}
