import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

const ICONS: Record<string, string> = {
  Rendering: 'hourglass_top', Draft: 'edit_note', Failed: 'error_outline', Published: 'verified', Withdrawn: 'block',
};

/** A bulletin's state as a small coloured label with an icon (the colour is never the only sign: the word is there). */
@Component({
  selector: 'app-bulletin-state-chip',
  imports: [TranslatePipe, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'chip ' + state()" data-testid="bulletin-state"><mat-icon aria-hidden="true">{{ icon(state()) }}</mat-icon>{{ 'enums.BulletinState.' + state() | translate }}</span>`,
  styles: `
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 12px; font-size: 13px; white-space: nowrap; }
    mat-icon { font-size: 16px; width: 16px; height: 16px; }
    .Rendering { background: #e3f2fd; color: #0d47a1; } .Draft { background: #fff4e5; color: #7a4100; } .Failed { background: #fdecea; color: #8c1d18; }
    .Published { background: #e8f5e9; color: #1b5e20; } .Withdrawn { background: #eceff1; color: #37474f; }
  `,
})
export class BulletinStateChipComponent {
  readonly state = input.required<string | null>();
  protected icon(state: string | null): string {
    return (state && ICONS[state]) || 'help_outline';
  }
}
