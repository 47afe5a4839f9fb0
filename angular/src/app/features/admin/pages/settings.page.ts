import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listSettings } from '../../../proxy/fn/settings/list-settings';
import { SettingDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { SettingEditorComponent } from '../components/setting-editor.component';

@Component({
  selector: 'app-settings-page',
  imports: [TranslatePipe, ProblemAlertComponent, SettingEditorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.settings' | translate }}</h1>
    <p>{{ 'settings.intro' | translate }}</p>
    <app-problem-alert [problem]="problem()" />
    @for (s of settings(); track s.name) {
      <app-setting-editor [setting]="s" (saved)="onSaved($event)" />
    }
  `,
  styles: `h1 { font-size: 22px; }`,
})
export class SettingsPage {
  private readonly api = inject(Api);
  private readonly lang = inject(LanguageService);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly settings = signal<SettingDto[]>([]);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    void inject(OrganizationTreeService).load();
    // The server names settings in the caller's language: reload when the UI language changes.
    effect(() => {
      this.lang.current();
      untracked(() => void this.load());
    });
  }

  onSaved(s: SettingDto): void {
    this.settings.set(this.settings().map((x) => (x.name === s.name ? s : x)));
    this.snack.open(this.translate.instant('common.saved'), undefined, { duration: 2500 });
  }

  private async load(): Promise<void> {
    try { this.settings.set(await this.api.invoke(listSettings)); } catch (e) { this.problem.set(toProblem(e)); }
  }
}
