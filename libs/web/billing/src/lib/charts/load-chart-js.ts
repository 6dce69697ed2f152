import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | null = null;

/**
 * Chart.js, loaded on first use only (a chunk of its own, fetched by the Revenue and Billing
 * pages), with the pieces a bar chart needs registered once: tree-shaken, not `chart.js/auto`.
 */
export function loadChartJs(document: Document): Promise<typeof Chart> {
  loading ??= import('chart.js').then(({ Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend }) => {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
    // The app's system font stack, not Chart.js's Helvetica.
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    return Chart;
  });
  return loading;
}
