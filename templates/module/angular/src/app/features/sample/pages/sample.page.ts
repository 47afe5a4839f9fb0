import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslatePipe } from '@ngx-translate/core';
import { Api } from '../../../proxy/api';
import { getSampleOverview } from '../../../proxy/fn/sample/get-sample-overview';

@Component({
  selector: 'app-sample-page',
  imports: [MatCardModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'sample.title' | translate }}</h1>
    @if (overview.value(); as o) {
      <mat-card appearance="outlined"><mat-card-content data-testid="sample-overview">{{ 'sample.pendingEvents' | translate: { n: o.pendingEvents } }}</mat-card-content></mat-card>
    }
  `,
})
export class SamplePage {
  private readonly api = inject(Api);
  protected readonly overview = resource({ loader: () => this.api.invoke(getSampleOverview) });
}
