import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { toProblem } from '../../../../core/problem';
import { beijingToday } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { newSubmissionId } from '../../../ratings/public/rate-form';
import { CATEGORIES, CatalogueApi, CatalogueCategory, CatalogueItemDto } from '../../catalogue/catalogue.api';
import { nameIn, uiLang } from '../../catalogue/lang';
import { FindingDto, FindingsApi, INSPECTION_KINDS, InspectionKind } from '../../findings/findings.api';
import { InspectionsApi, MAX_PHOTOS, RecordFindingBody } from '../inspections.api';
import { hallsInScope } from '../scope-halls';
import { FindingOutbox } from './finding-outbox.service';
import { TargetChoice, WindowChoice, draftLabel, readIds, useWindow, windowChoices } from './pick-rules';

const HALL_KEY = 'supervision.record.hall';
const RECENT_KEY = 'supervision.record.recentWindows';
const SHOWN_WINDOWS = 12;

interface Shot { name: string; blob: Blob; url: string }

/**
 * 现场记录 on a phone, one-handed: hall (remembered) → window (search, recent first) → the window or a person at it →
 * catalogue item (category chips, then items) → photos → note → save. A saved finding goes to the outbox first
 * (IndexedDB with its photos) and is sent from there, so a lost connection loses nothing: the badge counts what waits.
 * Below, what was recorded in the hall today.
 */
@Component({
  selector: 'app-record-page',
  imports: [
    FormsModule, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatChipsModule, MatDatepickerModule, MatFormFieldModule,
    MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="phone">
      <header>
        <h1>{{ 'supervision.record.title' | translate }}</h1>
        @if (waiting().length > 0) {
          <button mat-stroked-button class="queued" (click)="sendNow()" data-testid="queued-badge">
            <mat-icon>cloud_upload</mat-icon>{{ 'supervision.record.queued' | translate: { n: waiting().length } }}</button>
        }
      </header>
      @for (d of refused(); track d.clientKey) {
        <div class="refused" role="alert" data-testid="refused-draft">
          <div>{{ d.label }}</div>
          <div class="why">{{ d.refused?.title || ('supervision.record.refused' | translate) }}</div>
          <button mat-button (click)="discard(d.clientKey)">{{ 'supervision.record.discard' | translate }}</button>
        </div>
      }
      <div class="row">
        @if (halls().length > 1) {
          <mat-form-field class="hall">
            <mat-label>{{ 'supervision.record.hall' | translate }}</mat-label>
            <mat-select [value]="hallId()" (selectionChange)="pickHall($event.value)" data-testid="hall-select">
              @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field class="kind">
          <mat-label>{{ 'supervision.record.kind' | translate }}</mat-label>
          <mat-select [value]="kind()" (selectionChange)="kind.set($event.value)" data-testid="kind-select">
            @for (k of kinds; track k) { <mat-option [value]="k">{{ 'supervision.inspectionKinds.' + k | translate }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field class="date">
          <mat-label>{{ 'supervision.record.date' | translate }}</mat-label>
          <input matInput [matDatepicker]="picker" [ngModel]="date()" (ngModelChange)="date.set($event ?? '')" data-testid="date" />
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
        </mat-form-field>
      </div>
      @if (targets.isLoading() || catalogue.isLoading()) { <mat-progress-bar mode="indeterminate" /> }
      @if (targets.error(); as e) { <app-problem-alert [problem]="problemOf(e)" /> }
      @if (catalogue.error(); as e) { <app-problem-alert [problem]="problemOf(e)" /> }

      <section aria-labelledby="step-window">
        <h2 id="step-window">{{ 'supervision.record.window' | translate }}</h2>
        @if (window(); as w) {
          <div class="picked" data-testid="picked-window">
            <span><b>{{ w.window.code }}</b> {{ w.window.name }}<small>{{ w.unit.name }}</small></span>
            <button mat-button (click)="changeWindow()">{{ 'supervision.record.change' | translate }}</button>
          </div>
        } @else {
          <mat-form-field class="full">
            <mat-label>{{ 'supervision.record.search' | translate }}</mat-label>
            <input matInput type="search" [ngModel]="query()" (ngModelChange)="query.set($event)" maxlength="50" data-testid="window-search" />
            <mat-icon matSuffix aria-hidden="true">search</mat-icon>
          </mat-form-field>
          <div class="options">
            @for (c of windows(); track c.window.id) {
              <button mat-stroked-button class="option" (click)="pickWindow(c)" data-testid="window-option">
                <b>{{ c.window.code }}</b> {{ c.window.name }}<small>{{ c.unit.name }}</small></button>
            } @empty {
              @if (targets.value()) { <p class="muted">{{ 'supervision.record.noWindow' | translate }}</p> }
            }
          </div>
        }
      </section>

      @if (window(); as w) {
        <section aria-labelledby="step-target">
          <h2 id="step-target">{{ 'supervision.record.target' | translate }}</h2>
          <div class="options">
            <button mat-stroked-button class="option" [class.on]="isTarget({ kind: 'Window' })" [attr.aria-pressed]="isTarget({ kind: 'Window' })"
                    (click)="target.set({ kind: 'Window' })" data-testid="target"><mat-icon>storefront</mat-icon>{{ 'supervision.record.theWindow' | translate }}</button>
            @for (p of w.window.people; track p.staffId) {
              <button mat-stroked-button class="option" [class.on]="isTarget({ kind: 'Person', person: p })" [attr.aria-pressed]="isTarget({ kind: 'Person', person: p })"
                      (click)="target.set({ kind: 'Person', person: p })" data-testid="target"><mat-icon>person</mat-icon>{{ p.name }}<small>{{ p.staffNumber }}</small></button>
            }
          </div>
        </section>
      }

      @if (target()) {
        <section aria-labelledby="step-item">
          <h2 id="step-item">{{ 'supervision.record.item' | translate }}</h2>
          <mat-chip-listbox [value]="category()" (change)="$event.value && pickCategory($event.value)" [attr.aria-label]="'supervision.record.category' | translate">
            @for (c of categories(); track c) {
              <!-- The chosen category cannot be unchosen (there is always one): only the others are selectable. -->
              <mat-chip-option [value]="c" [selectable]="category() !== c" data-testid="category-chip">{{ 'supervision.categories.' + c | translate }}</mat-chip-option>
            }
          </mat-chip-listbox>
          <div class="options items">
            @for (i of items(); track i.id) {
              <button mat-stroked-button class="option" [class.on]="item()?.id === i.id" [attr.aria-pressed]="item()?.id === i.id" (click)="item.set(i)" data-testid="item-chip">
                {{ itemName(i) }}<small>{{ 'supervision.record.points' | translate: { person: i.personPoints, unit: i.unitPoints } }}</small></button>
            }
          </div>
        </section>
      }

      @if (item()) {
        <section aria-labelledby="step-photo">
          <h2 id="step-photo">{{ 'supervision.record.photos' | translate: { max: maxPhotos } }}</h2>
          <div class="shots">
            @for (s of shots(); track $index) {
              <figure><img [src]="s.url" [alt]="s.name" /><button mat-icon-button (click)="removePhoto(s)" [attr.aria-label]="'supervision.record.removePhoto' | translate"><mat-icon>close</mat-icon></button></figure>
            }
            @if (shots().length < maxPhotos) {
              <label class="take">
                <mat-icon>photo_camera</mat-icon>{{ 'supervision.record.takePhoto' | translate }}
                <input #photo type="file" accept="image/*" capture="environment" multiple (change)="addPhotos(photo)" data-testid="photo-input" />
              </label>
            }
          </div>
          <mat-form-field class="full">
            <mat-label>{{ 'supervision.record.note' | translate }}</mat-label>
            <textarea matInput rows="2" [ngModel]="note()" (ngModelChange)="note.set($event)" maxlength="2000" data-testid="note"></textarea>
          </mat-form-field>
        </section>
      }

      <app-problem-alert [problem]="problem()" />
      @if (saved(); as s) {
        <p class="saved" [class.warn]="s !== 'sent'" role="status" data-testid="saved-message">{{ 'supervision.record.saved.' + s | translate }}</p>
      }
      <div class="bar">
        <button mat-flat-button class="save" (click)="save()" [disabled]="!ready() || busy()" data-testid="save">
          <mat-icon>save</mat-icon>{{ 'supervision.record.save' | translate }}</button>
      </div>

      <h2>{{ 'supervision.record.today' | translate }}</h2>
      <ul class="today" data-testid="today-findings">
        @for (f of today.value()?.items ?? []; track f.id) {
          <li>
            <b>{{ f.windowCode ?? '' }} {{ f.staffName ?? f.windowName ?? f.unitName }}</b> · {{ itemName(f) }}
            <small>{{ 'supervision.findingStates.' + f.state | translate }} · {{ f.recordedByName }} · {{ f.photos.length }} <mat-icon inline aria-hidden="true">photo</mat-icon></small>
          </li>
        } @empty {
          <li class="muted">{{ 'supervision.record.noneToday' | translate }}</li>
        }
      </ul>
    </div>
  `,
  styles: `
    .phone { max-width: 560px; margin: 0 auto; padding-bottom: 96px; }
    header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
    h1 { font-size: 20px; margin: 8px 0; }
    h2 { font-size: 15px; margin: 12px 0 6px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; }
    .row .hall { flex: 1 1 100%; } .row .kind { flex: 1 1 40%; } .row .date { flex: 1 1 50%; }
    .full { width: 100%; }
    .options { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
    .option { min-height: 56px; height: auto; padding: 8px; text-align: left; justify-content: flex-start; white-space: normal; line-height: 1.3; }
    .option small, .picked small { display: block; font-size: 12px; color: rgba(0, 0, 0, 0.6); }
    .option.on { border-color: var(--mat-sys-primary, #3f51b5); background: var(--mat-sys-primary-container, #e8eaf6); border-width: 2px; }
    .picked { display: flex; align-items: center; justify-content: space-between; padding: 8px 12px; border-radius: 8px; background: #f1f3f4; min-height: 48px; }
    .items { margin-top: 8px; }
    mat-chip-option { min-height: 40px; }
    .shots { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 8px; }
    figure { position: relative; margin: 0; width: 96px; height: 96px; }
    figure img { width: 96px; height: 96px; object-fit: cover; border-radius: 8px; }
    figure button { position: absolute; top: -8px; right: -8px; background: rgba(255, 255, 255, 0.9); }
    .take { display: flex; flex-direction: column; align-items: center; justify-content: center; width: 96px; height: 96px; border: 2px dashed #9e9e9e;
      border-radius: 8px; font-size: 12px; cursor: pointer; text-align: center; }
    .take input { position: absolute; width: 1px; height: 1px; opacity: 0; }
    .bar { position: sticky; bottom: 0; padding: 8px 0; background: var(--mat-sys-surface, #fff); z-index: 2; }
    .save { width: 100%; min-height: 56px; font-size: 18px; }
    .saved { padding: 8px 12px; border-radius: 8px; background: #e8f5e9; color: #1b5e20; }
    .saved.warn { background: #fff8e1; color: #7a4f01; }
    .queued { border-color: #b26a00; color: #7a4f01; }
    .refused { border: 1px solid #c62828; border-radius: 8px; padding: 8px 12px; margin: 8px 0; }
    .refused .why { color: #c62828; font-size: 13px; }
    .today { list-style: none; padding: 0; margin: 0; }
    .today li { padding: 8px 0; border-bottom: 1px solid rgba(0, 0, 0, 0.08); }
    .today small { display: block; color: rgba(0, 0, 0, 0.6); }
    .muted { color: rgba(0, 0, 0, 0.6); }
  `,
})
export class RecordPage {
  private readonly inspections = inject(InspectionsApi);
  private readonly findingsApi = inject(FindingsApi);
  private readonly catalogueApi = inject(CatalogueApi);
  private readonly translate = inject(TranslateService);
  private readonly auth = inject(AuthService);
  private readonly org = inject(OrganizationTreeService);
  protected readonly outbox = inject(FindingOutbox);
  protected readonly lang = uiLang();
  protected readonly kinds = INSPECTION_KINDS.filter((k) => k !== 'WalkThrough' && k !== 'ComplaintCheck');
  protected readonly maxPhotos = MAX_PHOTOS;
  protected readonly problemOf = toProblem;

  protected readonly halls = computed(() => hallsInScope(this.auth.user()?.scope, this.org.tree()));
  protected readonly hallId = signal<string>(localStorage.getItem(HALL_KEY) ?? '');
  protected readonly kind = signal<InspectionKind>('Open');
  protected readonly date = signal<string>(beijingToday());
  /** The remembered hall counts once it is known to be in scope (a stale one from another account is not asked for). */
  private readonly hallReady = computed(() => this.halls().some((h) => h.id === this.hallId()));

  protected readonly targets = resource({
    params: () => (this.hallReady() ? { hallId: this.hallId() } : undefined),
    loader: ({ params }) => this.inspections.targets(params.hallId),
  });
  protected readonly catalogue = resource({ loader: () => this.catalogueApi.list({}) });

  protected readonly query = signal('');
  private readonly recent = signal<string[]>(readIds(localStorage, RECENT_KEY));
  protected readonly windows = computed(() => windowChoices(this.targets.value() ?? null, this.query(), this.recent()).slice(0, SHOWN_WINDOWS));
  protected readonly window = signal<WindowChoice | null>(null);
  protected readonly target = signal<TargetChoice | null>(null);
  protected readonly category = signal<CatalogueCategory>('WorkDiscipline');
  protected readonly categories = computed(() => CATEGORIES.filter((c) => (this.catalogue.value() ?? []).some((i) => i.category === c)));
  protected readonly items = computed(() => (this.catalogue.value() ?? []).filter((i) => i.category === this.category() && !i.isRetired));
  protected readonly item = signal<CatalogueItemDto | null>(null);
  protected readonly shots = signal<Shot[]>([]);
  protected readonly note = signal('');
  /** Made when a finding is started (the first pick after a save), kept through every retry of it. */
  private clientKey = newSubmissionId();

  protected readonly busy = signal(false);
  protected readonly saved = signal<'sent' | 'queued' | 'refused' | null>(null);
  protected readonly problem = signal<ReturnType<typeof toProblem> | null>(null);
  protected readonly ready = computed(() => !!this.hallId() && !!this.window() && !!this.target() && !!this.item() && !!this.date());
  protected readonly waiting = computed(() => this.outbox.drafts().filter((d) => !d.refused));
  protected readonly refused = computed(() => this.outbox.drafts().filter((d) => !!d.refused));

  private readonly todayReload = signal(0);
  protected readonly today = resource({
    params: () => (this.hallReady() ? { hallId: this.hallId(), day: beijingToday(), n: this.todayReload() } : undefined),
    loader: ({ params }) =>
      this.findingsApi.list({ hallId: params.hallId, from: params.day, to: params.day }, { skip: 0, take: 50, sorting: 'recordedAt desc' }),
  });

  constructor() {
    void this.org.load();
    // Whatever waited from an earlier visit goes now.
    void this.outbox.load().then(() => this.outbox.flush()).then(() => this.todayReload.update((n) => n + 1));
    // One hall in scope: nothing to choose.
    effect(() => {
      const halls = this.halls();
      if (halls.length > 0 && !halls.some((h) => h.id === this.hallId())) this.pickHall(halls[0].id);
    });
  }

  protected itemName(i: CatalogueItemDto | FindingDto): string {
    return nameIn(this.lang(), i);
  }

  protected pickHall(id: string): void {
    localStorage.setItem(HALL_KEY, id);
    this.hallId.set(id);
    this.window.set(null);
    this.target.set(null);
  }

  protected pickWindow(c: WindowChoice): void {
    this.window.set(c);
    this.target.set(c.window.people.length === 0 ? { kind: 'Window' } : null);
    const recent = useWindow(this.recent(), c.window.id);
    this.recent.set(recent);
    localStorage.setItem(RECENT_KEY, JSON.stringify(recent));
  }

  protected changeWindow(): void {
    this.window.set(null);
    this.target.set(null);
  }

  protected isTarget(t: TargetChoice): boolean {
    const cur = this.target();
    return !!cur && cur.kind === t.kind && (t.kind === 'Window' || (cur.kind === 'Person' && cur.person.staffId === t.person.staffId));
  }

  protected pickCategory(c: CatalogueCategory): void {
    this.category.set(c);
    if (this.item()?.category !== c) this.item.set(null);
  }

  /** Previews are data: URLs (the app's Content-Security-Policy allows images from 'self' and data:, not blob:). */
  protected async addPhotos(input: HTMLInputElement): Promise<void> {
    const files = [...(input.files ?? [])].filter((f) => f.size > 0);
    input.value = '';
    const room = Math.max(0, this.maxPhotos - this.shots().length);
    const shots = await Promise.all(files.slice(0, room).map(async (f) => ({ name: f.name || 'photo.jpg', blob: f as Blob, url: await dataUrl(f) })));
    this.shots.update((s) => [...s, ...shots].slice(0, this.maxPhotos));
  }

  protected removePhoto(s: Shot): void {
    this.shots.update((list) => list.filter((x) => x !== s));
  }

  async save(): Promise<void> {
    const [w, t, item] = [this.window(), this.target(), this.item()];
    if (!this.ready() || !w || !t || !item || this.busy()) return;
    this.busy.set(true);
    this.saved.set(null);
    this.problem.set(null);
    const body: RecordFindingBody = {
      target: t.kind,
      catalogueItemId: item.id,
      inspection: { kind: this.kind(), date: this.date(), hallId: this.hallId() },
      staffId: t.kind === 'Person' ? t.person.staffId : null,
      windowId: w.window.id,
      note: this.note().trim() || null,
      clientKey: this.clientKey,
    };
    const windowWord = this.translate.instant('supervision.targets.Window');
    try {
      const result = await this.outbox.save({
        clientKey: this.clientKey, savedAt: new Date().toISOString(), body, findingId: null, refused: null,
        label: draftLabel(w, t, this.itemName(item), windowWord),
        photos: this.shots().map((s) => ({ name: s.name, blob: s.blob, sent: false })),
      });
      const key = this.clientKey;
      this.saved.set(result.sent.includes(key) ? 'sent' : this.refused().some((d) => d.clientKey === key) ? 'refused' : 'queued');
      if (this.saved() !== 'refused') this.startNext();
      this.todayReload.update((n) => n + 1);
    } catch (e) {
      // The draft could not even be kept (storage full or refused): say so, keep the form as it is.
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async sendNow(): Promise<void> {
    await this.outbox.flush();
    this.todayReload.update((n) => n + 1);
  }

  protected discard(clientKey: string): Promise<void> {
    return this.outbox.discard(clientKey);
  }

  /** The next finding at the same window: a new key, no photos, no note; the window stays picked. */
  private startNext(): void {
    this.shots.set([]);
    this.note.set('');
    this.item.set(null);
    this.clientKey = newSubmissionId();
  }
}

function dataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
