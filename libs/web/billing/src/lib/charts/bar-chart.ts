import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { DISPLAY_LOCALE } from '@manager/web-ui';
import type { Chart } from 'chart.js';
import { type ColorRole, onColorSchemeChange, resolveColors } from './chart-colors';
import { loadChartJs } from './load-chart-js';

export interface ChartSeries {
  label: string;
  values: readonly number[];
  color: ColorRole;
  /** An outline, for a light fill that needs one to stand apart. */
  border?: ColorRole;
}

/**
 * A bar chart (Chart.js, loaded on first render) with its data as a table: the table is always
 * in the page for screen readers (visually hidden), and "Show as table" shows it instead of the
 * chart. Colours are the Material system roles, read again whenever the colour scheme changes.
 */
@Component({
  selector: 'mgr-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton],
  templateUrl: './bar-chart.html',
  styleUrl: './bar-chart.scss',
})
export class BarChart {
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly locale = inject(DISPLAY_LOCALE);

  readonly caption = input.required<string>();
  /** The header of the first column of the table (Month, Client). */
  readonly categoryLabel = input.required<string>();
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  readonly stacked = input(false);
  /** Bars along the vertical axis (long client names read better). */
  readonly horizontal = input(false);
  /** How a value reads on the axis, in the tooltip and the table: a number in the reader's locale unless told. */
  readonly format = input<(value: number) => string>((value) => new Intl.NumberFormat(this.locale).format(value));
  /** The page's own table of these figures, projected as the chart's table (none of its own then). */
  readonly projectedTable = input(false);

  protected readonly showTable = signal(false);
  protected readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  protected readonly withTotal = computed(() => this.stacked() && this.series().length > 1);
  protected readonly rows = computed(() =>
    this.labels().map((label, i) => {
      const values = this.series().map((s) => s.values[i] ?? 0);
      return { label, values, total: values.reduce((a, b) => a + b, 0) };
    }),
  );
  /** Horizontal bars grow with the number of rows; vertical ones keep one height. */
  protected readonly height = computed(() => (this.horizontal() ? Math.max(160, 36 * this.labels().length + 56) : 280));

  private readonly chart = signal<Chart<'bar'> | null>(null);

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(async () => {
      const ChartJs = await loadChartJs(this.document);
      if (destroyed) return;
      this.chart.set(new ChartJs(this.canvas().nativeElement, { type: 'bar', data: { labels: [], datasets: [] }, options: this.options() }));
      stopWatching = onColorSchemeChange(this.document, () => this.redraw());
    });
    let destroyed = false;
    let stopWatching = () => undefined as void;
    destroyRef.onDestroy(() => {
      destroyed = true;
      stopWatching();
      this.chart()?.destroy();
    });
    effect(() => this.redraw());
  }

  /** Data and colours into the chart; the colours are resolved now, for the scheme in force. */
  private redraw(): void {
    const chart = this.chart();
    if (!chart) return;
    const colors = this.colors();
    chart.data.labels = [...this.labels()];
    chart.data.datasets = this.series().map((s) => ({
      label: s.label,
      data: [...s.values],
      backgroundColor: colors[s.color],
      borderColor: s.border ? colors[s.border] : undefined,
      borderWidth: s.border ? 1.5 : 0,
      borderRadius: 4,
      maxBarThickness: 40,
    }));
    chart.options = this.options(colors);
    chart.update();
  }

  private colors(): Record<ColorRole, string> {
    const roles: ColorRole[] = ['on-surface-variant', 'outline-variant', ...this.series().flatMap((s) => (s.border ? [s.color, s.border] : [s.color]))];
    return resolveColors(this.host.nativeElement, roles);
  }

  private options(colors?: Record<ColorRole, string>): NonNullable<Chart<'bar'>['options']> {
    const text = colors?.['on-surface-variant'];
    const grid = colors?.['outline-variant'];
    const format = this.format();
    const valueAxis = { stacked: this.stacked(), beginAtZero: true, ticks: { color: text, callback: (v: string | number) => format(Number(v)) }, grid: { color: grid } };
    const labels = this.labels();
    // Long names (clients) are cut on a narrow chart; the tooltip and the table keep them whole.
    const categoryAxis = {
      stacked: this.stacked(),
      ticks: { color: text, callback: (_value: string | number, index: number) => shorten(labels[index] ?? '', this.canvas().nativeElement.clientWidth < 520 ? 14 : 36) },
      grid: { display: false },
    };
    return {
      indexAxis: this.horizontal() ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: this.horizontal() ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { display: this.series().length > 1, labels: { color: text, boxWidth: 12, boxHeight: 12 } },
        tooltip: { callbacks: { title: (items) => labels[items[0]?.dataIndex ?? 0] ?? '', label: (item) => tooltipLine(item.dataset.label ?? '', format(Number(item.raw))) } },
      },
    };
  }
}

function shorten(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** "Net: CHF 120.00" (French writes a space before the colon). */
function tooltipLine(series: string, value: string): string {
  return $localize`:@@billing.chart.tooltip:${series}:series:: ${value}:value:`;
}
