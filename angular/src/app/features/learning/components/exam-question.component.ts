import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { AttemptQuestionDto } from '../../../proxy/models';
import { choiceKeys, toggleChoice } from '../exam/answers';

/** The longest response the server keeps. */
export const MAX_RESPONSE_LENGTH = 500;

/** One question of a paper with the input its type needs; emits the response in the server's format. */
@Component({
  selector: 'app-exam-question',
  imports: [TranslatePipe, MatRadioModule, MatCheckboxModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let q = question();
    <fieldset class="question" [attr.data-testid]="'question-' + (q.index + 1)" [attr.data-type]="q.type">
      <legend>
        <span class="no">{{ 'myLearning.exam.number' | translate: { n: q.index + 1 } }}</span>
        <span class="type">{{ 'enums.QuestionType.' + q.type | translate }} · {{ 'myLearning.exam.points' | translate: { n: q.points } }}</span>
      </legend>
      <p class="stem" [id]="stemId()">{{ q.stem }}</p>
      @switch (q.type) {
        @case ('MultipleChoice') {
          <div class="options" role="group" [attr.aria-labelledby]="stemId()">
            @for (o of q.options; track o.key) {
              <mat-checkbox [checked]="keys().includes(o.key)" [disabled]="disabled()" (change)="answer.emit(toggle(o.key, $event.checked))"
                            [attr.data-option]="o.key">{{ o.key }}. {{ o.text }}</mat-checkbox>
            }
          </div>
        }
        @case ('FillIn') {
          <mat-form-field class="fill">
            <mat-label>{{ 'myLearning.exam.yourAnswer' | translate }}</mat-label>
            <input matInput [value]="response()" [disabled]="disabled()" [attr.maxlength]="max" (input)="fill($event)" (compositionend)="fill($event)"
                   [attr.aria-describedby]="stemId()" autocomplete="off" data-testid="fill-in" />
            <mat-hint align="end">{{ response().length }} / {{ max }}</mat-hint>
          </mat-form-field>
          @if (response().length >= max) { <p class="warn" role="alert">{{ 'myLearning.exam.tooLong' | translate: { n: max } }}</p> }
        }
        @default {
          <mat-radio-group class="options" [value]="response()" [disabled]="disabled()" (change)="answer.emit($event.value)" [attr.aria-labelledby]="stemId()">
            @if (q.type === 'TrueFalse') {
              <mat-radio-button value="true" data-option="true">{{ 'myLearning.exam.true' | translate }}</mat-radio-button>
              <mat-radio-button value="false" data-option="false">{{ 'myLearning.exam.false' | translate }}</mat-radio-button>
            } @else {
              @for (o of q.options; track o.key) {
                <mat-radio-button [value]="o.key" [attr.data-option]="o.key">{{ o.key }}. {{ o.text }}</mat-radio-button>
              }
            }
          </mat-radio-group>
        }
      }
    </fieldset>
  `,
  styles: `
    .question { border: 1px solid #dde3ea; border-radius: 8px; padding: 12px 16px 8px; margin: 0; min-width: 0; background: #fff; }
    legend { padding: 0 6px; display: flex; gap: 8px; align-items: baseline; }
    .no { font-weight: 500; font-size: 15px; } .type { font-size: 12px; color: #555; }
    .stem { font-size: 16px; line-height: 1.7; white-space: pre-wrap; margin: 4px 0 8px; overflow-wrap: anywhere; }
    .options { display: flex; flex-direction: column; align-items: flex-start; gap: 2px; }
    .fill { width: 100%; max-width: 560px; }
    .warn { color: #8c1d18; font-size: 13px; margin: 0; }
  `,
})
export class ExamQuestionComponent {
  readonly question = input.required<AttemptQuestionDto>();
  readonly response = input<string>('');
  readonly disabled = input(false);
  readonly answer = output<string>();
  protected readonly max = MAX_RESPONSE_LENGTH;
  protected readonly keys = computed(() => choiceKeys(this.response()));
  protected readonly stemId = computed(() => `stem-${this.question().index}`);

  protected toggle(key: string, checked: boolean): string {
    return toggleChoice(this.response(), key, checked);
  }

  /** Pinyin typed into an input method is not an answer yet: the composed text is, when the composition ends. */
  protected fill(event: Event): void {
    if ((event as InputEvent).isComposing) return;
    this.answer.emit((event.target as HTMLInputElement).value);
  }
}
