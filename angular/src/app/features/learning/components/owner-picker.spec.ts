import { ownerChoiceNeeded } from './owner-picker.component';

describe('content owner', () => {
  it('Should_ask_for_the_owner_of_an_administrator_and_a_manager_of_several_halls_only', () => {
    expect(ownerChoiceNeeded({ city: true, hallIds: [] })).toBe(true);
    expect(ownerChoiceNeeded({ city: false, hallIds: ['a', 'b'] })).toBe(true);
    expect(ownerChoiceNeeded({ city: false, hallIds: ['a'] })).toBe(false);
    expect(ownerChoiceNeeded(null)).toBe(false);
  });
});
