import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Api } from '../../../proxy/api';
import { getQuestionImportTemplate } from '../../../proxy/fn/question-bank/get-question-import-template';
import { importQuestions } from '../../../proxy/fn/question-bank/import-questions';
import { ContentOwnerChoicesDto, QuestionImportResultDto } from '../../../proxy/models';
import { ImportPanelComponent } from '../../../shared/import-panel.component';
import { OwnerPickerComponent, loadOwnerChoices } from '../components/owner-picker.component';

@Component({
  selector: 'app-question-import-page',
  imports: [TranslatePipe, RouterLink, ImportPanelComponent, OwnerPickerComponent, MatCardModule, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink=".."><mat-icon>arrow_back</mat-icon>{{ 'learning.question.bank' | translate }}</a>
    <h1>{{ 'learning.question.import' | translate }}</h1>
    <p>{{ 'learning.question.importIntro' | translate }}</p>
    <div class="owner"><app-owner-picker [control]="owner" [choices]="ownerChoices()" /></div>
    <app-import-panel [templateUrl]="templateUrl" [uploadUrl]="uploadUrl()" (picked)="result.set(null)" (imported)="result.set($event)" />
    @if (result(); as r) {
      <mat-card appearance="outlined" data-testid="import-result">
        <mat-card-content><p role="status">{{ 'learning.question.imported' | translate: r }}</p></mat-card-content>
      </mat-card>
    }
  `,
  styles: `h1 { font-size: 22px; } .owner { max-width: 360px; }`,
})
export class QuestionImportPage {
  private readonly api = inject(Api);
  protected readonly templateUrl = getQuestionImportTemplate.PATH;
  /** The bank the file goes into: the city ('') for an administrator by default, one of the halls of a manager of several. */
  protected readonly owner = new FormControl('', { nonNullable: true });
  private readonly ownerValue = toSignal(this.owner.valueChanges, { initialValue: '' });
  protected readonly ownerChoices = signal<ContentOwnerChoicesDto | null>(null);
  protected readonly uploadUrl = computed(() => {
    const owner = this.ownerValue();
    return owner ? `${importQuestions.PATH}?ownerHallId=${encodeURIComponent(owner)}` : importQuestions.PATH;
  });
  protected readonly result = signal<QuestionImportResultDto | null>(null);

  constructor() {
    void loadOwnerChoices(this.api, this.owner).then((c) => this.ownerChoices.set(c));
  }
}
