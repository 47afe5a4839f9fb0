import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { attributeRating } from '../../../../proxy/fn/ratings/attribute-rating';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { RatingDto } from '../ratings-api';

/**
 * 认定服务人员: two people could have served at the window at the rating's instant, so a lead names who did, among the
 * candidates the server found (never anyone else). Closes with the rating as the server now has it.
 */
@Component({
  selector: 'app-attribute-dialog',
  imports: [FormsModule, MatDialogModule, MatButtonModule, MatRadioModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'ratings.dashboard.attribute.title' | translate }}</h2>
    <mat-dialog-content>
      <p>{{ 'ratings.dashboard.attribute.text' | translate: { window: rating.windowName, case: rating.caseNumber } }}</p>
      <mat-radio-group class="candidates" [(ngModel)]="staffId" [attr.aria-label]="'ratings.dashboard.attribute.title' | translate" data-testid="attribute-candidates">
        @for (c of rating.candidates; track c.staffId) {
          <mat-radio-button [value]="c.staffId">{{ c.name }}（{{ c.staffNumber }}）</mat-radio-button>
        }
      </mat-radio-group>
      <app-problem-alert [problem]="problem()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="button" (click)="save()" [disabled]="!staffId || busy()" data-testid="attribute-save">{{ 'ratings.dashboard.attribute.save' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `.candidates { display: flex; flex-direction: column; gap: 4px; }`,
})
export class AttributeDialogComponent {
  protected readonly rating = inject<RatingDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<AttributeDialogComponent, RatingDto>);
  private readonly api = inject(Api);
  protected staffId = '';
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.ref.close(await this.api.invoke(attributeRating, { id: this.rating.id, body: { staffId: this.staffId } }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
