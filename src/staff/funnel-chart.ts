import { html } from "hono/html";
import type { Markup } from "../lib/page-markup.js";
import type { FunnelStep } from "./funnel.js";

// An inline SVG bar chart of the funnel: no script, no external assets. The same figures are
// in a table next to it, so the chart is decorative for screen readers beyond its title.

const WIDTH = 640;
const ROW = 44;
const LABEL_WIDTH = 190;
const BAR_MAX = WIDTH - LABEL_WIDTH - 90;

export function funnelChart(steps: FunnelStep[], brandColor: string): Markup {
  const top = Math.max(1, ...steps.map((step) => step.count));
  const first = steps[0]?.count ?? 0;
  const height = steps.length * ROW + 10;
  const fill = /^#[0-9a-f]{6}$/i.test(brandColor) ? brandColor : "#0f766e";
  const rows = steps.map((step, index) => {
    const y = index * ROW + 8;
    const width = Math.round((step.count / top) * BAR_MAX);
    const share = first > 0 && index > 0 ? ` (${Math.round((step.count / first) * 100)}%)` : "";
    return html`<text x="${LABEL_WIDTH - 10}" y="${y + 22}" text-anchor="end" class="chart-label">${step.label}</text><rect x="${LABEL_WIDTH}" y="${y}" width="${Math.max(width, 2)}" height="${ROW - 14}" rx="4" fill="${fill}"></rect><text x="${LABEL_WIDTH + Math.max(width, 2) + 8}" y="${y + 22}" class="chart-value">${step.count}${share}</text>`;
  });
  const summary = steps.map((step) => `${step.label}: ${step.count}`).join(", ");
  return html`<svg class="funnel-chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="funnel-chart-title"><title id="funnel-chart-title">Funnel: ${summary}</title>${rows}</svg>`;
}
