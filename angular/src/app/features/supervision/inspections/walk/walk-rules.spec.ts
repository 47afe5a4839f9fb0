import { MAX_STEPS } from '../inspections.api';
import { addStep, hoursAndMinutes, moveStep, newStep, removeStep, stepProblems, toInputs, walkSummary } from './walk-rules';

const step = (description: string, minutes: number, channel: 'Hall' | 'Online' = 'Hall', stalled = false, stallNote: string | null = null) =>
  ({ ...newStep(channel), description, minutes, stalled, stallNote });

describe('walk-through rules', () => {
  it('Should_add_reorder_and_remove_steps_and_keep_the_limit', () => {
    let steps = addStep(addStep(addStep([], step('取号', 5)), step('等候', 40)), step('受理', 15));
    expect(steps.map((s) => s.description)).toEqual(['取号', '等候', '受理']);
    steps = moveStep(steps, 2, -1);
    expect(steps.map((s) => s.description)).toEqual(['取号', '受理', '等候']);
    expect(moveStep(steps, 0, -1).map((s) => s.description)).toEqual(['取号', '受理', '等候']);
    expect(moveStep(steps, 2, 1).map((s) => s.description)).toEqual(['取号', '受理', '等候']);
    expect(removeStep(steps, 1).map((s) => s.description)).toEqual(['取号', '等候']);
    const full = Array.from({ length: MAX_STEPS }, (_, i) => step(`s${i}`, 1));
    expect(addStep(full)).toHaveLength(MAX_STEPS);
  });

  it('Should_start_a_new_step_on_the_channel_of_the_last', () => {
    expect(addStep([step('网上申报', 10, 'Online')]).at(-1)?.channel).toBe('Online');
  });

  it('Should_name_what_the_server_would_refuse', () => {
    expect(stepProblems(step('受理', 10))).toEqual([]);
    expect(stepProblems(step(' ', 10))).toEqual(['description']);
    expect(stepProblems(step('等候', -1))).toEqual(['minutes']);
    expect(stepProblems(step('等候', 1.5))).toEqual(['minutes']);
    expect(stepProblems(step('等候', 60 * 24 * 30 + 1))).toEqual(['minutes']);
    expect(stepProblems(step('补件', 30, 'Hall', true, ''))).toEqual(['stallNote']);
    expect(stepProblems(step('补件', 30, 'Hall', true, '要求提供已共享的营业执照'))).toEqual([]);
  });

  it('Should_sum_the_minutes_by_channel_and_list_the_stalls', () => {
    const steps = [step('网上申报', 20, 'Online'), step('取号', 5), step('补件', 90, 'Hall', true, '重复提交材料'), step('审批', 1440, 'Online', true, '超时')];
    expect(walkSummary(steps)).toEqual({ minutes: 1555, hall: 95, online: 1460, stalls: [3, 4] });
    expect(hoursAndMinutes(95)).toEqual({ h: 1, m: 35 });
  });

  it('Should_send_a_saved_step_with_its_id_trimmed_words_and_no_empty_note', () => {
    expect(toInputs([{ ...step(' 受理 ', 10, 'Hall', false, '  '), id: 'step-1' }])).toEqual([
      { id: 'step-1', description: '受理', channel: 'Hall', minutes: 10, stalled: false, stallNote: null, unitId: null, windowId: null },
    ]);
  });
});
