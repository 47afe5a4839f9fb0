import type { HallDto, OrganizationTreeDto, ScopeDto } from '../../../proxy/models';

/** The halls a caller may choose from: every hall for an all-halls scope, else the halls of their scope. */
export function hallsInScope(scope: ScopeDto | null | undefined, tree: OrganizationTreeDto | null): HallDto[] {
  const all = (tree?.halls ?? []).map((h) => h.hall);
  return scope?.kind === 'All' ? all : all.filter((h) => scope?.hallIds.includes(h.id));
}

/** A yyyy-MM-dd day from the URL (anything else is no filter). */
export function isDay(v: string | number | undefined): boolean {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
}
