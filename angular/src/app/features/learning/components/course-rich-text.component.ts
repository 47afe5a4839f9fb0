import { ChangeDetectionStrategy, Component, ElementRef, SecurityContext, effect, forwardRef, inject, input, signal, untracked, viewChild } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

type Command = { icon: string; label: string; run: (doc: Document) => void };

/**
 * A small rich-text editor for lesson bodies: an editable area with bold, italic, heading, lists and links
 * (document.execCommand), or the HTML itself. The server keeps only safe markup.
 */
@Component({
  selector: 'app-course-rich-text',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CourseRichTextComponent), multi: true }],
  template: `
    <div class="bar" role="toolbar" [attr.aria-label]="label()">
      @for (c of commands; track c.icon) {
        <button mat-icon-button type="button" (mousedown)="$event.preventDefault()" (click)="exec(c)" [disabled]="source() || disabled()"
                [attr.aria-label]="c.label | translate" [attr.title]="c.label | translate"><mat-icon>{{ c.icon }}</mat-icon></button>
      }
      <span class="spacer"></span>
      <button mat-stroked-button type="button" (click)="toggleSource()" [attr.aria-pressed]="source()" data-testid="rich-source">
        <mat-icon>code</mat-icon>{{ 'learning.lesson.source' | translate }}</button>
    </div>
    @if (source()) {
      <textarea class="area source" [value]="html()" (input)="fromSource($event)" (blur)="touched()" [attr.aria-label]="label()" [disabled]="disabled()"
                data-testid="rich-html"></textarea>
    } @else {
      <div #area class="area" contenteditable="true" role="textbox" aria-multiline="true" [attr.aria-label]="label()"
           (input)="fromArea()" (blur)="touched()" data-testid="rich-area"></div>
    }
  `,
  styles: `
    :host { display: block; border: 1px solid rgba(0, 0, 0, .38); border-radius: 4px; }
    :host(.invalid) { border-color: #b3261e; }
    .bar { display: flex; align-items: center; gap: 2px; padding: 2px 4px; border-bottom: 1px solid rgba(0, 0, 0, .12); flex-wrap: wrap; }
    .spacer { flex: 1; }
    .area { min-height: 200px; max-height: 50vh; overflow: auto; padding: 8px 12px; outline: none; line-height: 1.6; }
    .source { width: 100%; box-sizing: border-box; border: 0; font-family: monospace; font-size: 13px; resize: vertical; }
  `,
})
export class CourseRichTextComponent implements ControlValueAccessor {
  readonly label = input('');
  private readonly translate = inject(TranslateService);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly area = viewChild<ElementRef<HTMLDivElement>>('area');
  protected readonly html = signal('');
  protected readonly source = signal(false);
  protected readonly disabled = signal(false);
  private onChange: (v: string) => void = () => {};
  protected touched: () => void = () => {};
  protected readonly commands: Command[] = [
    { icon: 'format_bold', label: 'learning.lesson.tools.bold', run: (d) => d.execCommand('bold') },
    { icon: 'format_italic', label: 'learning.lesson.tools.italic', run: (d) => d.execCommand('italic') },
    { icon: 'title', label: 'learning.lesson.tools.heading', run: (d) => d.execCommand('formatBlock', false, 'h3') },
    { icon: 'format_list_bulleted', label: 'learning.lesson.tools.list', run: (d) => d.execCommand('insertUnorderedList') },
    { icon: 'format_list_numbered', label: 'learning.lesson.tools.orderedList', run: (d) => d.execCommand('insertOrderedList') },
    {
      icon: 'link', label: 'learning.lesson.tools.link', run: (d) => {
        const url = window.prompt(this.translate.instant('learning.lesson.tools.linkPrompt'), 'https://');
        if (url && /^(https?:|mailto:)/i.test(url.trim())) d.execCommand('createLink', false, url.trim());
      },
    },
  ];

  constructor() {
    // The editable area is created again when leaving the HTML view: show the value in it then.
    effect(() => { if (this.area()) untracked(() => this.paint()); });
  }

  writeValue(v: string | null): void {
    this.html.set(v ?? '');
    this.paint();
  }

  registerOnChange(fn: (v: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.touched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  exec(c: Command): void {
    this.area()?.nativeElement.focus();
    c.run(document);
    this.fromArea();
  }

  fromArea(): void {
    const el = this.area()?.nativeElement;
    if (!el) return;
    this.html.set(el.innerHTML);
    this.onChange(el.innerHTML);
  }

  fromSource(e: Event): void {
    const v = (e.target as HTMLTextAreaElement).value;
    this.html.set(v);
    this.onChange(v);
  }

  toggleSource(): void {
    this.source.update((s) => !s);
  }

  /** Shows the value in the editable area, sanitised (only when it differs, so the caret is not reset while typing). */
  private paint(): void {
    const el = this.area()?.nativeElement;
    const safe = this.sanitizer.sanitize(SecurityContext.HTML, this.html()) ?? '';
    if (el && el.innerHTML !== safe) el.innerHTML = safe;
  }
}
