import { MAX_STEPS, MAX_STEP_MINUTES, StepChannel, WalkStepDto, WalkStepInput } from '../inspections.api';

/**
 * A step as the recorder edits it; `id` is the server's once saved and is sent back with it, so a saved step keeps its
 * identity (and the improvement items that hang on it) through reordering and later saves; null for a new one.
 */
export interface StepDraft {
  id: string | null;
  description: string;
  channel: StepChannel;
  minutes: number;
  stalled: boolean;
  stallNote: string | null;
  unitId: string | null;
  windowId: string | null;
}

export type StepProblem = 'description' | 'minutes' | 'stallNote';

export function fromDto(s: WalkStepDto): StepDraft {
  return {
    id: s.id, description: s.description, channel: s.channel, minutes: s.minutes, stalled: s.stalled, stallNote: s.stallNote,
    unitId: s.unitId, windowId: s.windowId,
  };
}

export function newStep(channel: StepChannel = 'Hall'): StepDraft {
  return { id: null, description: '', channel, minutes: 0, stalled: false, stallNote: null, unitId: null, windowId: null };
}

/** Adds a step at the end (at most MAX_STEPS). */
export function addStep(steps: readonly StepDraft[], step: StepDraft = newStep(steps.at(-1)?.channel)): StepDraft[] {
  return steps.length >= MAX_STEPS ? [...steps] : [...steps, step];
}

/** Moves a step up (-1) or down (+1); at an end it stays. */
export function moveStep(steps: readonly StepDraft[], index: number, by: -1 | 1): StepDraft[] {
  const to = index + by;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const out = [...steps];
  [out[index], out[to]] = [out[to], out[index]];
  return out;
}

export function removeStep(steps: readonly StepDraft[], index: number): StepDraft[] {
  return steps.filter((_, i) => i !== index);
}

/** What is wrong with a step, as the server would refuse it: no description, minutes out of range, a stall without why. */
export function stepProblems(s: StepDraft): StepProblem[] {
  const out: StepProblem[] = [];
  if (!s.description.trim()) out.push('description');
  if (!Number.isInteger(s.minutes) || s.minutes < 0 || s.minutes > MAX_STEP_MINUTES) out.push('minutes');
  if (s.stalled && !s.stallNote?.trim()) out.push('stallNote');
  return out;
}

/** The walk in numbers: minutes in all, at the hall and online, and the steps where it stalled (their order numbers). */
export function walkSummary(steps: readonly StepDraft[]): { minutes: number; hall: number; online: number; stalls: number[] } {
  const sum = (ch?: StepChannel) => steps.filter((s) => !ch || s.channel === ch).reduce((n, s) => n + (Number.isFinite(s.minutes) ? s.minutes : 0), 0);
  return { minutes: sum(), hall: sum('Hall'), online: sum('Online'), stalls: steps.flatMap((s, i) => (s.stalled ? [i + 1] : [])) };
}

/** The body the server takes: trimmed words, a note only where it stalled or was written. */
export function toInputs(steps: readonly StepDraft[]): WalkStepInput[] {
  return steps.map((s) => ({
    id: s.id,
    description: s.description.trim(), channel: s.channel, minutes: s.minutes, stalled: s.stalled,
    stallNote: s.stallNote?.trim() || null, unitId: s.unitId, windowId: s.windowId,
  }));
}

/** 90 → "1 h 30 min"-like parts, for the summary line. */
export function hoursAndMinutes(minutes: number): { h: number; m: number } {
  return { h: Math.floor(minutes / 60), m: minutes % 60 };
}
