import { h } from '../dom.js';
import type { McResult } from '../model/mc.js';
import { bandChart, survivalChart } from './mcCharts.js';

export interface McPanel {
  readonly element: HTMLElement;
  show(result: McResult): void;
  error(message: string): void;
}

/**
 * Monte Carlo results: the survival curve of the arrangement and each indicator's quantile bands.
 * `controls` are the buttons that load a file or the shipped sample.
 */
export function createMcPanel(controls: HTMLElement): McPanel {
  const body = h(
    'div',
    { class: 'mc-body' },
    h(
      'p',
      {},
      'Load the JSON of a sweep (',
      h('code', {}, 'npx parley mc issg-2015-2016 --runs 200 --seed 1 --json > sweep.json'),
      ') to see how often the arrangement survives and where the indicators spread.',
    ),
  );
  const message = h('p', { class: 'message error', role: 'alert' });
  const element = h(
    'section',
    { class: 'mc-panel', id: 'monte-carlo', 'aria-labelledby': 'mc-heading' },
    h('h2', { id: 'mc-heading' }, 'Monte Carlo: what could have happened'),
    controls,
    message,
    body,
  );
  return {
    element,
    show(r) {
      message.textContent = '';
      const names = Object.keys(r.bands);
      const median = r.medianSurvival === null ? `more than ${r.days} days` : `${r.medianSurvival} days`;
      body.replaceChildren(
        h(
          'p',
          { class: 'mc-facts' },
          `${r.label}: ${r.runs} runs over ${r.days} days${r.from ? ` from ${r.from}` : ''}. `,
          `Median survival of the arrangement: ${median}; still holding at the horizon in ${Math.round((r.survival[r.survival.length - 1] ?? 0) * 100)}% of runs.`,
        ),
        h(
          'div',
          { class: 'mc-grid' },
          survivalChart([r]),
          names.map((n, i) => bandChart(r, n, i)),
        ),
      );
    },
    error(text) {
      message.textContent = text;
    },
  };
}
