import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-no-access',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="empty" data-testid="no-access">
      <mat-icon aria-hidden="true">block</mat-icon>
      <h1>{{ 'noAccess.title' | translate }}</h1>
      <p>{{ 'noAccess.text' | translate }}</p>
      @if (from()) { <p class="from">{{ from() }}</p> }
      <a mat-flat-button routerLink="/">{{ 'common.home' | translate }}</a>
    </section>
  `,
  styles: `.empty { text-align: center; padding: 48px 16px; } .from { font-family: monospace; color: #555; }`,
})
export class NoAccessPage {
  readonly from = input<string>();
}
