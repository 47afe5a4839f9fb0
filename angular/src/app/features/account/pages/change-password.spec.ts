import { FormControl, FormGroup } from '@angular/forms';
import { passwordsMatch } from './change-password.page';

describe('passwordsMatch', () => {
  const group = (a: string, b: string) => new FormGroup({ newPassword: new FormControl(a), confirm: new FormControl(b) });

  it('Should_flag_different_passwords', () => {
    expect(passwordsMatch(group('Abcdefg1!', 'Abcdefg2!'))).toEqual({ mismatch: true });
  });

  it('Should_accept_equal_or_not_yet_typed_passwords', () => {
    expect(passwordsMatch(group('Abcdefg1!', 'Abcdefg1!'))).toBeNull();
    expect(passwordsMatch(group('Abcdefg1!', ''))).toBeNull();
  });
});
