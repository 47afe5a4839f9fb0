import type { TargetPersonDto, TargetsDto, TargetUnitDto, TargetWindowDto } from '../inspections.api';

/** A window as the phone lists it: with its unit, so one search finds "综合受理" as well as "A03". */
export interface WindowChoice {
  unit: Pick<TargetUnitDto, 'id' | 'code' | 'name'>;
  window: TargetWindowDto;
}

/** What a finding is about: the window itself, or a person at it (their unit and window come with them). */
export type TargetChoice = { kind: 'Window' } | { kind: 'Person'; person: TargetPersonDto };

export const MAX_RECENT_WINDOWS = 8;

/**
 * The hall's windows for the pick list: those searched for (code, name or unit, case and width of spaces ignored),
 * the recently used first in the order they were used, then by code.
 */
export function windowChoices(targets: TargetsDto | null, query: string, recent: readonly string[]): WindowChoice[] {
  const all = (targets?.units ?? []).flatMap((u) => u.windows.map((w) => ({ unit: { id: u.id, code: u.code, name: u.name }, window: w })));
  const words = query.trim().toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  const found = all.filter((c) => {
    const text = `${c.window.code} ${c.window.name} ${c.unit.code} ${c.unit.name}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const rank = (c: WindowChoice) => {
    const i = recent.indexOf(c.window.id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return found.sort((a, b) => rank(a) - rank(b) || a.window.code.localeCompare(b.window.code));
}

/** The recent windows after one more use: it moves to the front, the list keeps at most MAX_RECENT_WINDOWS. */
export function useWindow(recent: readonly string[], windowId: string): string[] {
  return [windowId, ...recent.filter((id) => id !== windowId)].slice(0, MAX_RECENT_WINDOWS);
}

/** Reads a list of ids kept in local storage (anything else there reads as none). */
export function readIds(storage: Pick<Storage, 'getItem'> | null, key: string): string[] {
  try {
    const v = JSON.parse(storage?.getItem(key) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** The label a waiting draft shows: window, then the person or 窗口, then the item. */
export function draftLabel(choice: WindowChoice, target: TargetChoice, itemName: string, windowWord: string): string {
  const who = target.kind === 'Person' ? `${target.person.name}（${target.person.staffNumber}）` : windowWord;
  return `${choice.window.code} ${choice.window.name} · ${who} · ${itemName}`;
}
