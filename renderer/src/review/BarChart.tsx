// A bar chart drawn by chart.js on a canvas. Colours come from the theme's CSS variables (read when drawn, so
// a theme switch redraws in the new colours); a click or Enter on a bar calls `onPick` with its index, and the
// same data is offered as a list of buttons for keyboard and screen-reader users.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef, useState } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface Bar {
  label: string;
  value: number;
  /** Accessible name of the bar's button, e.g. "Open page 3". */
  action: string;
  tone?: 'accent' | 'sure' | 'unsure' | 'doubtful';
}

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';

function useTheme(): string {
  const [theme, setTheme] = useState(() => document.documentElement.dataset.theme ?? '');
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(document.documentElement.dataset.theme ?? ''));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

export function BarChart({ title, label, bars, horizontal = false, onPick, valueLabel }: { title: string; label: string; bars: Bar[]; horizontal?: boolean; onPick: (index: number) => void; valueLabel: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const theme = useTheme();
  const key = JSON.stringify(bars.map((b) => [b.label, b.value, b.tone]));
  useEffect(() => {
    if (!canvas.current) return;
    const fg = css('--fg-muted');
    const grid = css('--border');
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.map((b) => b.label),
        datasets: [{ label: valueLabel, data: bars.map((b) => b.value), backgroundColor: bars.map((b) => css(`--${b.tone ?? 'accent'}`)), borderRadius: 2, maxBarThickness: 28 }],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false }, tooltip: { enabled: true } },
        scales: {
          x: { ticks: { color: fg, font: { size: 11 }, autoSkip: !horizontal, precision: 0 }, grid: { color: grid }, beginAtZero: true },
          y: {
            ticks: {
              color: fg,
              font: { size: 11 },
              autoSkip: false,
              precision: 0,
              // Long category names are shortened on the axis; the tooltip and the buttons carry them whole.
              callback(value) {
                const text = horizontal ? this.getLabelForValue(Number(value)) : String(value);
                return text.length > 24 ? `${text.slice(0, 23)}…` : text;
              },
            },
            grid: { color: grid },
            beginAtZero: true,
          },
        },
        onClick: (_event, elements) => {
          const index = elements[0]?.index;
          if (index !== undefined) pick.current(index);
        },
        onHover: (event, elements) => {
          const target = event.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
        },
      },
    });
    return () => chart.destroy();
    // `key` stands for `bars`; `theme` redraws in the new colours.
  }, [key, theme, horizontal, valueLabel]);
  const height = horizontal ? Math.max(180, bars.length * 22 + 40) : 180;
  return (
    <figure className="review-chart">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      <ul className="chart-bars sr-only-focusable" aria-label={label}>
        {bars.map((b, i) => (
          <li key={`${b.label}-${i}`}>
            <button type="button" onClick={() => onPick(i)} aria-label={b.action}>
              {b.label}: {b.value}
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}
