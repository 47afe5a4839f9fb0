import { FormControl, FormGroup } from '@angular/forms';
import { complainantPhoneCheck, complainantShown, daysPast, dueStatus, intakeCheck, minTextCheck, textLength } from './unresolved-rules';

const phone = (v: string) => complainantPhoneCheck(new FormControl(v, { nonNullable: true }));

describe('unresolved rules', () => {
  it('Should_take_a_mobile_or_a_landline_with_its_area_code_and_refuse_other_numbers', () => {
    expect(phone('13812345678')).toBeNull();
    expect(phone('138 1234 5678')).toBeNull();
    expect(phone('0512-52345678')).toBeNull();
    expect(phone('051252345678')).toBeNull();
    expect(phone('')).toBeNull();
    expect(phone('1381234567')).toEqual({ phone: true });
    expect(phone('23812345678')).toEqual({ phone: true });
    expect(phone('52345678')).toEqual({ phone: true });
  });

  it('Should_ask_for_the_reason_and_the_explanation_only_when_not_accepted', () => {
    const form = (over: Record<string, unknown>) => new FormGroup({
      kind: new FormControl(over['kind'] ?? 'Person'),
      enterpriseName: new FormControl(over['enterpriseName'] ?? ''),
      notAccepted: new FormControl(over['notAccepted'] ?? false),
      notAcceptedReason: new FormControl(over['notAcceptedReason'] ?? null),
      notAcceptedExplanation: new FormControl(over['notAcceptedExplanation'] ?? ''),
    }, { validators: intakeCheck });
    expect(form({}).errors).toBeNull();
    expect(form({ notAccepted: true }).errors).toEqual({ notAcceptedReason: true, notAcceptedExplanation: true });
    expect(form({ notAccepted: true, notAcceptedReason: 'Litigation', notAcceptedExplanation: '  ' }).errors).toEqual({ notAcceptedExplanation: true });
    expect(form({ notAccepted: true, notAcceptedReason: 'Litigation', notAcceptedExplanation: '已在诉讼中，请通过法院途径解决' }).errors).toBeNull();
    expect(form({ kind: 'Enterprise' }).errors).toEqual({ enterpriseName: true });
    expect(form({ kind: 'Enterprise', enterpriseName: '常熟某某有限公司' }).errors).toBeNull();
  });

  it('Should_count_characters_as_people_do', () => {
    expect(textLength('  已解释  ')).toBe(3);
    expect(textLength('𠀀𠀀')).toBe(2);
    expect(minTextCheck(new FormControl('好', { nonNullable: true }))).toEqual({ minText: { n: 2 } });
    expect(minTextCheck(new FormControl('', { nonNullable: true }))).toBeNull();
    expect(minTextCheck(new FormControl('好的', { nonNullable: true }))).toBeNull();
  });

  it('Should_read_a_deadline_on_the_hall_calendar', () => {
    expect(dueStatus({ dueOn: '2026-03-05' }, '2026-03-04')).toBe('open');
    expect(dueStatus({ dueOn: '2026-03-05' }, '2026-03-05')).toBe('today');
    expect(dueStatus({ dueOn: '2026-03-05' }, '2026-03-06')).toBe('overdue');
    // 23:30 Beijing on the due day is still on time; 00:30 the next morning is late (UTC is eight hours behind).
    expect(dueStatus({ dueOn: '2026-03-05', metAt: '2026-03-05T15:30:00Z' }, '2026-03-09')).toBe('met');
    expect(dueStatus({ dueOn: '2026-03-05', metAt: '2026-03-05T16:30:00Z' }, '2026-03-09')).toBe('late');
    expect(daysPast('2026-03-05', '2026-03-09')).toBe(4);
    expect(daysPast('2026-03-05', '2026-03-01')).toBe(0);
  });

  it('Should_show_the_hidden_word_and_never_the_complainant_when_hidden', () => {
    expect(complainantShown({ complainantHidden: true, complainantName: '张三', complainantContact: '13812345678' }, '已隐去'))
      .toEqual({ name: '已隐去', contact: '已隐去' });
    expect(complainantShown({ complainantHidden: false, complainantName: '张三', complainantContact: '13812345678' }, '已隐去'))
      .toEqual({ name: '张三', contact: '13812345678' });
  });
});
