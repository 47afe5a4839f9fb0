import { CSS_PER_POINT, MAX_CANVAS_PIXELS, MAX_ZOOM, MIN_ZOOM, PAGE_GAP, canvasPixelRatio, fitWidthZoom, pageAt, pageTops, stepZoom } from './pdf-viewer.layout';

const A4_WIDTH_POINTS = 595.28;

describe('PDF viewer layout', () => {
  it('Should_step_to_the_next_zoom_from_between_two_steps', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.2, 1)).toBe(1.25);
    expect(stepZoom(1.2, -1)).toBe(1.1);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
  });

  it('Should_fit_an_A4_page_to_the_width_within_the_gaps', () => {
    const available = 2 * PAGE_GAP + A4_WIDTH_POINTS * CSS_PER_POINT;
    expect(fitWidthZoom(available, A4_WIDTH_POINTS)).toBeCloseTo(1, 6);
    expect(fitWidthZoom(available / 2 + PAGE_GAP, A4_WIDTH_POINTS)).toBeCloseTo(0.5, 6);
    expect(fitWidthZoom(100_000, A4_WIDTH_POINTS)).toBe(MAX_ZOOM);
    expect(fitWidthZoom(0, A4_WIDTH_POINTS)).toBe(1);
  });

  it('Should_keep_the_screen_ratio_for_a_small_canvas_and_lower_it_for_a_huge_one', () => {
    expect(canvasPixelRatio(800, 1100, 2)).toBe(2);
    const ratio = canvasPixelRatio(2400, 3400, 2);
    expect(ratio).toBeLessThan(2);
    expect(2400 * 3400 * ratio * ratio).toBeCloseTo(MAX_CANVAS_PIXELS, -3);
    expect(canvasPixelRatio(800, 1100, 0)).toBe(1);
  });

  it('Should_find_the_page_at_a_height_of_the_list', () => {
    const tops = pageTops([100, 100, 200]);
    expect(tops).toEqual([PAGE_GAP, 2 * PAGE_GAP + 100, 3 * PAGE_GAP + 200]);
    expect(pageAt(tops, 0)).toBe(1);
    expect(pageAt(tops, tops[1] - 1)).toBe(1);
    expect(pageAt(tops, tops[1])).toBe(2);
    expect(pageAt(tops, 10_000)).toBe(3);
    expect(pageAt([], 50)).toBe(0);
  });
});
