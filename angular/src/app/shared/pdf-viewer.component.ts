import {
  ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, input, output, signal, untracked, viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslatePipe } from '@ngx-translate/core';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { CSS_PER_POINT, PAGE_GAP, canvasPixelRatio, fitWidthZoom, pageAt, pageTops, stepZoom } from './pdf-viewer.layout';
import { PDF_DOCUMENT_OPTIONS, loadPdfjs } from './pdfjs';

type ZoomMode = 'fit' | 'manual';
type PdfError = 'denied' | 'notFound' | 'invalid' | 'generic';

/** A page's size in PDF points; until a page was opened it is taken to be the size of the first (bulletins are all A4). */
interface PageSize { width: number; height: number }

/** A page drawn (or being drawn) on a canvas, at one zoom. */
interface Drawn { zoom: number; task: RenderTask | null }

/**
 * Shows a PDF in the page with pdf.js: pages drawn on canvases as they scroll into view (and released when far away,
 * so a 1,000-page bulletin costs a few canvases), zoom (fit width, 100 %, + / −), "page X of Y", a loading bar and an
 * error state. The source is a same-origin URL (the session cookie goes with it; pdf.js fetches by ranges when the
 * server allows) or a Blob already in memory.
 */
@Component({
  selector: 'app-pdf-viewer',
  imports: [TranslatePipe, MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="toolbar" role="toolbar" [attr.aria-label]="'pdf.toolbar' | translate">
      <button mat-icon-button type="button" (click)="zoomBy(-1)" [disabled]="!doc() || zoom() <= minZoom"
              [matTooltip]="'pdf.zoomOut' | translate" [attr.aria-label]="'pdf.zoomOut' | translate" data-testid="pdf-zoom-out"><mat-icon>zoom_out</mat-icon></button>
      <span class="zoom" data-testid="pdf-zoom">{{ percent() }}%</span>
      <button mat-icon-button type="button" (click)="zoomBy(1)" [disabled]="!doc() || zoom() >= maxZoom"
              [matTooltip]="'pdf.zoomIn' | translate" [attr.aria-label]="'pdf.zoomIn' | translate" data-testid="pdf-zoom-in"><mat-icon>zoom_in</mat-icon></button>
      <button mat-button type="button" (click)="fitWidth()" [disabled]="!doc()" [attr.aria-pressed]="mode() === 'fit'" data-testid="pdf-fit">
        {{ 'pdf.fitWidth' | translate }}</button>
      <button mat-button type="button" (click)="setZoom(1)" [disabled]="!doc()" data-testid="pdf-actual">100%</button>
      <span class="spacer"></span>
      @if (pageCount()) {
        <span class="count" data-testid="pdf-page-count">{{ 'pdf.pageOf' | translate: { page: currentPage(), pages: pageCount() } }}</span>
      }
    </div>
    @if (loading()) {
      <mat-progress-bar [mode]="progress() === null ? 'indeterminate' : 'determinate'" [value]="progress() ?? 0"
                        [attr.aria-label]="'pdf.loading' | translate" data-testid="pdf-loading" />
    }
    @if (error(); as e) {
      <div class="error" role="alert" data-testid="pdf-error">
        <mat-icon aria-hidden="true">error_outline</mat-icon>
        <span>{{ 'pdf.errors.' + e | translate }}</span>
        <button mat-button type="button" (click)="reload()">{{ 'pdf.retry' | translate }}</button>
      </div>
    }
    <div #scroller class="pages" tabindex="0" role="region" [attr.aria-label]="label() || ('pdf.document' | translate)" (scroll)="onScroll()"
         [attr.aria-busy]="loading()" data-testid="pdf-pages">
      @for (p of slots(); track p.number) {
        <div class="page" [attr.data-page]="p.number" [style.width.px]="p.width" [style.height.px]="p.height" role="img"
             [attr.aria-label]="'pdf.pageOf' | translate: { page: p.number, pages: slots().length }" data-testid="pdf-page"></div>
      }
    </div>
  `,
  styles: `
    :host { display: flex; flex-direction: column; min-height: 0; border: 1px solid #dde3ea; border-radius: 4px; background: #fff; }
    .toolbar { display: flex; align-items: center; flex-wrap: wrap; gap: 4px; padding: 2px 8px; border-bottom: 1px solid #dde3ea; }
    .zoom { min-width: 48px; text-align: center; font-variant-numeric: tabular-nums; }
    .spacer { flex: 1; }
    .count { font-variant-numeric: tabular-nums; padding: 0 8px; }
    .error { display: flex; align-items: center; gap: 8px; padding: 12px; background: #fdecea; color: #611a15; }
    .pages { flex: 1; min-height: 0; overflow: auto; background: #e8eaed; padding: ${PAGE_GAP}px 0; box-sizing: border-box;
             scrollbar-gutter: stable; display: flex; flex-direction: column; align-items: center; gap: ${PAGE_GAP}px; }
    .pages:focus-visible { outline: 2px solid #1565c0; outline-offset: -2px; }
    .page { flex: none; background: #fff; box-shadow: 0 1px 3px rgba(0, 0, 0, .25); position: relative; }
    .page canvas { display: block; width: 100%; height: 100%; }
  `,
})
export class PdfViewerComponent {
  /** A same-origin URL of the PDF, or its bytes; null shows nothing. */
  readonly src = input<string | Blob | null>(null);
  /** The accessible name of the page list (e.g. the bulletin's title). */
  readonly label = input('');
  /** The number of pages, once the document is open. */
  readonly loaded = output<number>();

  protected readonly minZoom = stepZoom(0, -1);
  protected readonly maxZoom = stepZoom(Number.MAX_VALUE, 1);
  protected readonly doc = signal<PDFDocumentProxy | null>(null);
  protected readonly loading = signal(false);
  /** Percent of the file received, when the server says its length. */
  protected readonly progress = signal<number | null>(null);
  protected readonly error = signal<PdfError | null>(null);
  protected readonly mode = signal<ZoomMode>('fit');
  protected readonly zoom = signal(1);
  protected readonly percent = computed(() => Math.round(this.zoom() * 100));
  protected readonly pageCount = computed(() => this.doc()?.numPages ?? 0);
  protected readonly currentPage = signal(1);
  /** Page sizes in points: the first page's for all until each page is opened. */
  private readonly sizes = signal<PageSize[]>([]);
  protected readonly slots = computed(() => {
    const scale = this.zoom() * CSS_PER_POINT;
    return this.sizes().map((s, i) => ({ number: i + 1, width: Math.floor(s.width * scale), height: Math.floor(s.height * scale) }));
  });

  private readonly scroller = viewChild.required<ElementRef<HTMLDivElement>>('scroller');
  private readonly drawn = new Map<number, Drawn>();
  private task: PDFDocumentLoadingTask | null = null;
  private observer: IntersectionObserver | null = null;
  private generation = 0;
  private scrollFrame = 0;

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect(() => {
      const src = this.src();
      untracked(() => void this.open(src));
    });
    // After the page boxes change (a new document, another zoom), observe the new boxes and redraw the visible ones.
    effect(() => {
      this.slots();
      const scroller = this.scroller().nativeElement;
      untracked(() => queueMicrotask(() => this.observePages(scroller)));
    });
    const resize = new ResizeObserver(() => { if (this.mode() === 'fit') this.applyFitWidth(); });
    queueMicrotask(() => resize.observe(this.scroller().nativeElement));
    destroyRef.onDestroy(() => {
      resize.disconnect();
      this.observer?.disconnect();
      cancelAnimationFrame(this.scrollFrame);
      void this.close();
    });
  }

  protected zoomBy(direction: 1 | -1): void {
    this.setZoom(stepZoom(this.zoom(), direction));
  }

  setZoom(zoom: number): void {
    this.mode.set('manual');
    this.changeZoom(zoom);
  }

  fitWidth(): void {
    this.mode.set('fit');
    this.applyFitWidth();
  }

  protected reload(): void {
    void this.open(this.src());
  }

  protected onScroll(): void {
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const el = this.scroller().nativeElement;
      const tops = pageTops(this.slots().map((s) => s.height));
      // The page across the upper third of the view counts as the one being read.
      this.currentPage.set(Math.max(1, pageAt(tops, el.scrollTop + el.clientHeight / 3)));
    });
  }

  private async open(src: string | Blob | null): Promise<void> {
    const generation = ++this.generation;
    await this.close();
    this.error.set(null);
    this.progress.set(null);
    this.currentPage.set(1);
    if (!src) return;
    this.loading.set(true);
    try {
      const pdfjs = await loadPdfjs();
      if (generation !== this.generation) return;
      const source = typeof src === 'string' ? { url: src } : { data: new Uint8Array(await src.arrayBuffer()) };
      const task = pdfjs.getDocument({ ...source, ...PDF_DOCUMENT_OPTIONS });
      this.task = task;
      task.onProgress = ({ loaded, total }: { loaded: number; total: number }) => {
        if (total > 0) this.progress.set(Math.min(100, Math.round((loaded / total) * 100)));
      };
      const doc = await task.promise;
      if (generation !== this.generation) { void doc.destroy(); return; }
      const first = (await doc.getPage(1)).getViewport({ scale: 1 });
      if (generation !== this.generation) return;
      this.sizes.set(Array.from({ length: doc.numPages }, () => ({ width: first.width, height: first.height })));
      this.doc.set(doc);
      if (this.mode() === 'fit') this.applyFitWidth();
      this.loaded.emit(doc.numPages);
    } catch (e) {
      if (generation === this.generation) this.error.set(errorKind(e));
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }

  private async close(): Promise<void> {
    this.observer?.disconnect();
    this.observer = null;
    for (const n of [...this.drawn.keys()]) this.release(n);
    this.sizes.set([]);
    const task = this.task, doc = this.doc();
    this.task = null;
    this.doc.set(null);
    // Destroying the loading task also destroys its document and stops the download.
    if (task) await task.destroy().catch(() => undefined);
    else if (doc) await doc.destroy().catch(() => undefined);
  }

  private applyFitWidth(): void {
    const first = this.sizes()[0];
    if (!first) return;
    this.changeZoom(fitWidthZoom(this.scroller().nativeElement.clientWidth, first.width));
  }

  /** Changes the zoom keeping the same place of the document in view. */
  private changeZoom(zoom: number): void {
    const before = this.zoom();
    if (Math.abs(zoom - before) < 0.0005) return;
    const el = this.scroller().nativeElement;
    const anchor = (el.scrollTop - PAGE_GAP) / before;
    this.zoom.set(zoom);
    queueMicrotask(() => { el.scrollTop = Math.max(0, anchor * zoom + PAGE_GAP); });
  }

  private observePages(scroller: HTMLDivElement): void {
    this.observer?.disconnect();
    const pages = scroller.querySelectorAll<HTMLElement>('[data-page]');
    if (pages.length === 0) return;
    // Pages within one screen above or below the view are drawn ahead; pages beyond are released.
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const n = Number((entry.target as HTMLElement).dataset['page']);
        if (entry.isIntersecting) void this.draw(n, entry.target as HTMLElement);
        else this.release(n);
      }
    }, { root: scroller, rootMargin: '100% 0px' });
    pages.forEach((p) => this.observer!.observe(p));
  }

  private async draw(n: number, box: HTMLElement): Promise<void> {
    const doc = this.doc(), zoom = this.zoom();
    if (!doc) return;
    const current = this.drawn.get(n);
    if (current?.zoom === zoom) return;
    current?.task?.cancel();
    const drawing: Drawn = { zoom, task: null };
    this.drawn.set(n, drawing);
    try {
      const page = await doc.getPage(n);
      if (this.drawn.get(n) !== drawing) return;
      const natural = page.getViewport({ scale: 1 });
      const size = this.sizes()[n - 1];
      if (size && (size.width !== natural.width || size.height !== natural.height)) {
        // A page of another size than the first: its box takes its own size, and is drawn when observed again.
        this.sizes.update((all) => all.map((s, i) => (i === n - 1 ? { width: natural.width, height: natural.height } : s)));
        this.drawn.delete(n);
        return;
      }
      const viewport = page.getViewport({ scale: zoom * CSS_PER_POINT });
      const ratio = canvasPixelRatio(viewport.width, viewport.height, window.devicePixelRatio);
      // Drawn on a new canvas and swapped in when done, so the old zoom stays visible until then.
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.setAttribute('aria-hidden', 'true');
      drawing.task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      await drawing.task.promise;
      if (this.drawn.get(n) !== drawing) return;
      drawing.task = null;
      box.replaceChildren(canvas);
      box.dataset['rendered'] = 'true';
    } catch (e) {
      if (this.drawn.get(n) === drawing) this.drawn.delete(n);
      if ((e as Error)?.name !== 'RenderingCancelledException' && this.doc() === doc) this.error.set('generic');
    }
  }

  private release(n: number): void {
    const drawing = this.drawn.get(n);
    if (!drawing) return;
    drawing.task?.cancel();
    this.drawn.delete(n);
    const box = this.scroller().nativeElement.querySelector<HTMLElement>(`[data-page="${n}"]`);
    if (box) { box.replaceChildren(); delete box.dataset['rendered']; }
  }
}

/** What went wrong, from pdf.js's exception (recreated by name when it comes from the worker). */
function errorKind(e: unknown): PdfError {
  const err = e as { name?: string; status?: number } | null;
  if (err?.name === 'ResponseException') {
    if (err.status === 401 || err.status === 403) return 'denied';
    if (err.status === 404) return 'notFound';
    return 'generic';
  }
  if (err?.name === 'InvalidPDFException') return 'invalid';
  return 'generic';
}
