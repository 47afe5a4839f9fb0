import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-not-found',
  imports: [RouterLink, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="empty" data-testid="not-found">
      <h1>{{ 'notFound.title' | translate }}</h1>
      <a mat-flat-button routerLink="/">{{ 'common.home' | translate }}</a>
    </section>
  `,
  styles: `.empty { text-align: center; padding: 48px 16px; }`,
})
export class NotFoundPage {}
