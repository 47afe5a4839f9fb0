import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslatePipe } from '@ngx-translate/core';
import { Api } from '../../../proxy/api';
import { getUnresolvedOverview } from '../../../proxy/fn/unresolved/get-unresolved-overview';

@Component({
  selector: 'app-unresolved-page',
  imports: [MatCardModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'unresolved.title' | translate }}</h1>
    @if (overview.value(); as o) {
      <mat-card appearance="outlined"><mat-card-content data-testid="unresolved-overview">{{ 'unresolved.pendingEvents' | translate: { n: o.pendingEvents } }}</mat-card-content></mat-card>
    }
  `,
})
export class UnresolvedPage {
  private readonly api = inject(Api);
  protected readonly overview = resource({ loader: () => this.api.invoke(getUnresolvedOverview) });
}
