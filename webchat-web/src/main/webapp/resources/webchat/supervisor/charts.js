/*
 * The charts PrimeFaces drew (p:chart, Chart.js) follow the board: today's interactions per quarter of an hour
 * (offered, answered, abandoned), the service level through the day, and the agents by state; each with a sentence
 * for screen readers.
 */
import { lang, t } from './config.js';
import { onBoard } from './render.js';

const STATES = ['DISCONNECTED', 'BUSY', 'FREE', 'FREE_IN_BREAK', 'BUSY_IN_BREAK'];
const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
const hour = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });

// The Chart.js instance of a p:chart, once PrimeFaces has drawn it.
function chartOf(widgetVar) {
  const widget = window.PrimeFaces && window.PrimeFaces.widgets && window.PrimeFaces.widgets[widgetVar];
  return widget && widget.chart ? widget.chart : null;
}

function update(widgetVar, labels, series) {
  const chart = chartOf(widgetVar);
  if (!chart) {
    return;
  }
  if (labels) {
    chart.data.labels = labels;
  }
  series.forEach((data, i) => {
    if (chart.data.datasets[i]) {
      chart.data.datasets[i].data = data;
    }
  });
  chart.update('none');
}

const sum = (values) => values.reduce((total, v) => total + (Number(v) || 0), 0);

function say(id, text) {
  const node = document.getElementById(id);
  if (node && node.textContent !== text) {
    node.textContent = text;
  }
}

onBoard((frame) => {
  const series = frame.series || {};
  const slots = Array.isArray(series.slots) ? series.slots : [];
  const labels = slots.map((slot) => hour.format(new Date(Date.parse(slot))));
  const offered = series.offered || [];
  const answered = series.answered || [];
  const abandoned = series.abandoned || [];
  update('supChartInteractions', labels, [offered, answered, abandoned]);
  update('supChartServiceLevel', labels, [series.serviceLevel || []]);
  const byState = frame.agentsByState || {};
  update('supChartAgents', null, [STATES.map((s) => Number(byState[s]) || 0)]);
  say('sup-chart-interactions-summary', t('chart.summary.interactions', sum(offered), sum(answered), sum(abandoned)));
  const level = frame.total && frame.total.today && frame.total.today.serviceLevel;
  say('sup-chart-service-level-summary', t('chart.summary.serviceLevel',
    level ? number.format(level.value) + ' %' : t('figures.none')));
  say('sup-chart-agents-summary', STATES.map((s) => t('state.' + s) + ': ' + (Number(byState[s]) || 0)).join(', '));
});
