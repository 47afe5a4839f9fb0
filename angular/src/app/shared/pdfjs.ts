/**
 * pdf.js, loaded on first use (a dynamic import: its 1 MB stays out of the main bundle) with its worker from our own
 * origin. The Content-Security-Policy allows scripts and workers from 'self' only (no blob: workers, no CDN), so the
 * worker is copied as a file by angular.json ("pdfjs/pdf.worker.min.mjs") and named here.
 *
 * The legacy build: the modern one calls JavaScript added to browsers in 2025 (Map.getOrInsertComputed, Math.sumPrecise)
 * without polyfills, and halls' PCs run older Chromium-based browsers; the legacy build brings its polyfills.
 */
export type Pdfjs = typeof import('pdfjs-dist');

export const PDF_WORKER_PATH = 'pdfjs/pdf.worker.min.mjs';

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL(PDF_WORKER_PATH, document.baseURI).href;
    return pdfjs;
  }).catch((e) => {
    loading = null; // a failed chunk download (network) may succeed next time
    throw e;
  });
  return loading;
}

/**
 * Options for every document we open. Our PDFs (Training.Documents, SkiaSharp) embed their fonts and use neither JPEG 2000
 * nor JBIG2 images, so nothing is fetched besides the file: no CMaps, no standard fonts, no system fonts, no WebAssembly
 * decoders (the CSP has no 'wasm-unsafe-eval') and no eval (no 'unsafe-eval').
 */
export const PDF_DOCUMENT_OPTIONS = {
  /** Errors only: pdf.js's warnings about damaged files go to the console otherwise; the viewer shows its own error. */
  verbosity: 0,
  isEvalSupported: false,
  useWasm: false,
  useSystemFonts: false,
  enableXfa: false,
} as const;
