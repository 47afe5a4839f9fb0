import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslatePipe } from '@ngx-translate/core';
import { Api } from '../../../proxy/api';
import { getContestsOverview } from '../../../proxy/fn/contests/get-contests-overview';

@Component({
  selector: 'app-contests-page',
  imports: [MatCardModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'contests.title' | translate }}</h1>
    @if (overview.value(); as o) {
      <mat-card appearance="outlined"><mat-card-content data-testid="contests-overview">{{ 'contests.pendingEvents' | translate: { n: o.pendingEvents } }}</mat-card-content></mat-card>
    }
  `,
})
export class ContestsPage {
  private readonly api = inject(Api);
  protected readonly overview = resource({ loader: () => this.api.invoke(getContestsOverview) });
}
