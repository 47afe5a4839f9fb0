/** The PDF viewer's arithmetic, apart from the DOM so it can be tested: zoom steps, fit to width, canvas size, page at a point. */

/** CSS pixels per PDF point at 100 % (96 dpi screen / 72 points per inch), as pdf.js's own viewer counts "100 %". */
export const CSS_PER_POINT = 96 / 72;
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1];
/** Space between pages and around them, in CSS pixels (the page list's padding and gap). */
export const PAGE_GAP = 12;
/**
 * A canvas larger than this many device pixels is drawn at a lower pixel ratio (the browser scales it up): an A4 page
 * at 300 % on a 2× screen would otherwise need 200 MB of canvas memory per page.
 */
export const MAX_CANVAS_PIXELS = 4096 * 4096;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The next zoom step above (+1) or below (-1) the current zoom, which may lie between steps after "fit width". */
export function stepZoom(current: number, direction: 1 | -1): number {
  const epsilon = 0.001;
  if (direction > 0) return ZOOM_STEPS.find((z) => z > current + epsilon) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((z) => z < current - epsilon) ?? MIN_ZOOM;
}

/** The zoom at which a page of `pageWidthPoints` fills `availableCssWidth` (the list's width less its padding). */
export function fitWidthZoom(availableCssWidth: number, pageWidthPoints: number): number {
  if (availableCssWidth <= 0 || pageWidthPoints <= 0) return 1;
  return clampZoom((availableCssWidth - 2 * PAGE_GAP) / (pageWidthPoints * CSS_PER_POINT));
}

/** Device pixels per CSS pixel for a page canvas: the screen's ratio, lowered so the canvas stays within {@link MAX_CANVAS_PIXELS}. */
export function canvasPixelRatio(cssWidth: number, cssHeight: number, devicePixelRatio: number): number {
  const ratio = devicePixelRatio > 0 ? devicePixelRatio : 1;
  const area = cssWidth * cssHeight * ratio * ratio;
  return area <= MAX_CANVAS_PIXELS ? ratio : Math.sqrt(MAX_CANVAS_PIXELS / (cssWidth * cssHeight));
}

/** The top of each page in the list (CSS pixels), given the pages' heights: the gap above the first and between pages. */
export function pageTops(heights: readonly number[]): number[] {
  const tops: number[] = [];
  let y = PAGE_GAP;
  for (const h of heights) {
    tops.push(y);
    y += h + PAGE_GAP;
  }
  return tops;
}

/** The 1-based number of the page shown at height `y` of the list (the last page whose top is at or above it). */
export function pageAt(tops: readonly number[], y: number): number {
  if (tops.length === 0) return 0;
  let lo = 0, hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
