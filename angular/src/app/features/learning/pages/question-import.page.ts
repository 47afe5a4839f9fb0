import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { getQuestionImportTemplate } from '../../../proxy/fn/question-bank/get-question-import-template';
import { importQuestions } from '../../../proxy/fn/question-bank/import-questions';
import { QuestionImportResultDto } from '../../../proxy/models';
import { ImportPanelComponent } from '../../../shared/import-panel.component';

@Component({
  selector: 'app-question-import-page',
  imports: [TranslatePipe, RouterLink, ImportPanelComponent, MatCardModule, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink=".."><mat-icon>arrow_back</mat-icon>{{ 'learning.question.bank' | translate }}</a>
    <h1>{{ 'learning.question.import' | translate }}</h1>
    <p>{{ 'learning.question.importIntro' | translate }}</p>
    <app-import-panel [templateUrl]="templateUrl" [uploadUrl]="uploadUrl" (picked)="result.set(null)" (imported)="result.set($event)" />
    @if (result(); as r) {
      <mat-card appearance="outlined" data-testid="import-result">
        <mat-card-content><p role="status">{{ 'learning.question.imported' | translate: r }}</p></mat-card-content>
      </mat-card>
    }
  `,
  styles: `h1 { font-size: 22px; }`,
})
export class QuestionImportPage {
  protected readonly templateUrl = getQuestionImportTemplate.PATH;
  protected readonly uploadUrl = importQuestions.PATH;
  protected readonly result = signal<QuestionImportResultDto | null>(null);
}
