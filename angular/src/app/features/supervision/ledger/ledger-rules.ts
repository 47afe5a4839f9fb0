import type { OrganizationTreeDto, ScopeDto } from '../../../proxy/models';
import type { TableState } from '../../../shared/url-state';
import {
  LEDGER_SOURCES, LEDGER_STATES, LedgerCountsDto, LedgerDetailDto, LedgerListQuery, LedgerProgressDto, LedgerReviewDto, LedgerRowDto,
  LedgerState, MAX_EVIDENCE_FILES, Mark, SEND_BACK_MARKS,
} from './ledger.api';

/** A deadline as the chip shows it: still owed (days left, due today, 拖而不改) or no longer owed (rectified, accepted). */
export type LedgerDueStatus = 'Open' | 'DueToday' | 'Overdue' | 'Done';

export interface LedgerDueView {
  status: LedgerDueStatus;
  date: string;
  /** Working days left as the server counted them (0 today, negative past the deadline); null when nothing is owed. */
  daysLeft: number | null;
}

/** Open, in progress and sent back are still to be rectified: their deadline runs (the server's LedgerItem.IsOpenState). */
export function isOwed(state: LedgerState): boolean {
  return state === 'Open' || state === 'InProgress' || state === 'SentBack';
}

/** The row's deadline: the server's overdue flag is the authority for red (拖而不改), its working-day count for the rest. */
export function ledgerDue(row: Pick<LedgerRowDto, 'state' | 'dueOn' | 'overdue' | 'workingDaysLeft'>): LedgerDueView {
  if (!isOwed(row.state)) return { status: 'Done', date: row.dueOn, daysLeft: null };
  const left = row.workingDaysLeft;
  const status: LedgerDueStatus = row.overdue || (left !== null && left < 0) ? 'Overdue' : left === 0 ? 'DueToday' : 'Open';
  return { status, date: row.dueOn, daysLeft: left };
}

/** The extra URL keys of the board (beside page, size, sort and the text filter). */
export const BOARD_KEYS = ['unit', 'state', 'source', 'overdue', 'mark', 'dueFrom', 'dueTo'];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The URL's board state as the server's query; values that are not what they claim to be are left out, not sent. */
export function boardQuery(s: TableState): LedgerListQuery {
  const pick = <T extends string>(v: string | number, all: readonly T[]): T | undefined => (all.includes(v as T) ? (v as T) : undefined);
  const state = pick(s['state'], LEDGER_STATES);
  const day = (v: string | number) => (ISO_DAY.test(String(v)) ? String(v) : undefined);
  const text = String(s.filter ?? '').trim();
  return {
    unitId: GUID.test(String(s['unit'])) ? String(s['unit']) : undefined,
    states: state ? [state] : undefined,
    source: pick(s['source'], LEDGER_SOURCES),
    overdue: s['overdue'] === '1' ? true : undefined,
    mark: pick(s['mark'], SEND_BACK_MARKS),
    dueFrom: day(s['dueFrom']),
    dueTo: day(s['dueTo']),
    filter: text ? text.slice(0, 100) : undefined,
    skip: s.page * s.size,
    take: s.size,
    sorting: s.sort,
  };
}

/** How many of the board's filters are set (the folded filters' button says so on a phone). */
export function activeFilterCount(s: TableState): number {
  return [...BOARD_KEYS.map((k) => s[k]), s.filter].filter((v) => v !== '' && v !== undefined).length;
}

/** A header chip: a state's count, or 拖而不改's; clicking it sets the board's filter to it (and clicking again clears it). */
export interface BoardChip {
  key: LedgerState | 'Overdue';
  count: number;
  active: boolean;
  /** The URL change the click makes. */
  change: Record<string, string | number>;
}

const COUNT_OF: Record<LedgerState, keyof LedgerCountsDto> = {
  Open: 'open', InProgress: 'inProgress', Rectified: 'rectified', Accepted: 'accepted', SentBack: 'sentBack',
};

/** The chips in the workflow's order, then 拖而不改; a state chip clears 拖而不改 and the other way round. */
export function boardChips(counts: LedgerCountsDto, s: TableState): BoardChip[] {
  const states = LEDGER_STATES.map((st): BoardChip => {
    const active = s['state'] === st && s['overdue'] !== '1';
    return { key: st, count: counts[COUNT_OF[st]], active, change: { state: active ? '' : st, overdue: '', page: 0 } };
  });
  const overdueActive = s['overdue'] === '1';
  return [...states, { key: 'Overdue', count: counts.overdue, active: overdueActive, change: { overdue: overdueActive ? '' : '1', state: '', page: 0 } }];
}

/** One line of an item's timeline: its opening, a progress report, or a review. */
export type TimelineEntry =
  | { kind: 'opened'; at: string; byName: string }
  | { kind: 'progress'; at: string; progress: LedgerProgressDto }
  | { kind: 'review'; at: string; review: LedgerReviewDto };

/** Progress reports and reviews in the order they happened (the opening first), oldest first. */
export function timeline(d: LedgerDetailDto): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...d.progress.map((p): TimelineEntry => ({ kind: 'progress', at: p.at, progress: p })),
    ...d.reviews.map((r): TimelineEntry => ({ kind: 'review', at: r.at, review: r })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return [{ kind: 'opened', at: d.item.openedOn, byName: d.openedByName }, ...entries];
}

/** The mark a row carries: the last send-back's, while the item is not accepted since (then it stays in the timeline only). */
export function shownMark(row: Pick<LedgerRowDto, 'lastMark' | 'state'>): Mark | null {
  return row.state === 'Accepted' ? null : row.lastMark;
}

/** The units a self-check may be recorded for: a lead's own units (Units scope), every unit of a manager's halls, or all. */
export function selfCheckUnits(tree: OrganizationTreeDto | null, scope: ScopeDto | null | undefined): { id: string; label: string }[] {
  if (!tree || !scope) return [];
  const halls = tree.halls;
  return halls.flatMap((h) =>
    h.units
      .filter((u) => scope.kind === 'All' || (scope.kind === 'Halls' && scope.hallIds.includes(h.hall.id)) || (scope.kind === 'Units' && scope.unitIds.includes(u.unit.id)))
      .map((u) => ({ id: u.unit.id, label: halls.length > 1 ? `${u.unit.name}（${h.hall.name}）` : u.unit.name })),
  );
}

/** An evidence file as the progress form lists it: its kind, size, and why the server would refuse it. */
export interface EvidenceLine {
  name: string;
  kind: string;
  size: number;
  problem: 'empty' | 'kind' | 'size' | null;
}

/** What the server takes as evidence: photos (re-encoded without their EXIF), PDFs and office files. */
const KINDS: Record<string, string> = {
  jpg: 'JPEG', jpeg: 'JPEG', png: 'PNG', pdf: 'PDF', doc: 'Word', docx: 'Word', xls: 'Excel', xlsx: 'Excel',
};

export const EVIDENCE_ACCEPT = Object.keys(KINDS).map((k) => `.${k}`).join(',');

/** The default of setting Supervision.PhotoMaxMegabytes: a larger file is named before sending. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export function evidenceLine(f: { name: string; size: number }, maxBytes = EVIDENCE_MAX_BYTES): EvidenceLine {
  const ext = f.name.includes('.') ? f.name.split('.').pop()!.toLowerCase() : '';
  const kind = KINDS[ext] ?? (ext ? ext.toUpperCase() : '?');
  const problem = f.size === 0 ? 'empty' : !KINDS[ext] ? 'kind' : f.size > maxBytes ? 'size' : null;
  return { name: f.name, kind, size: f.size, problem };
}

/** A file's size as people read it: bytes under a kilobyte, then KB, then MB with one decimal. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Adds picked files to those chosen: the same name again replaces the earlier one, and never more than the maximum. */
export function addFiles<T extends { name: string }>(chosen: T[], picked: T[], max = MAX_EVIDENCE_FILES): { files: T[]; dropped: number } {
  const byName = new Map(chosen.map((f) => [f.name, f]));
  for (const f of picked) byName.set(f.name, f);
  const all = [...byName.values()];
  return { files: all.slice(0, max), dropped: Math.max(0, all.length - max) };
}

/** Where the item came from, as a link: the finding's inspection (a finding or a walk-through step), none for a self-check. */
export function sourceLink(d: LedgerDetailDto): string[] | null {
  const o = d.origin;
  if (d.item.source === 'SelfCheck' || !o.inspectionId) return null;
  return ['/supervision/inspections', o.inspectionId];
}

