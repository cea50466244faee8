/*
 * Wrap-up (AGT-07, ADV-02): the campaign's quality model, answered after the chat ends.
 */
import { lang } from './config.js';
import { el } from './dom.js';
import { qualityBox } from './layout.js';
import { keyOf } from './model.js';
import { send } from './socket.js';
import { t } from './texts.js';

export function renderQuality(chat) {
  const hadFocus = qualityBox.contains(document.activeElement);
  const focusedId = hadFocus ? document.activeElement.id : '';
  qualityBox.replaceChildren();
  const model = chat.ended && chat.quality;
  if (!model) {
    return;
  }
  if (chat.evaluated) {
    const done = el('p', { id: 'ws-quality-done', class: 'ws-done', role: 'status', tabindex: '-1',
      text: chat.score == null ? t('quality.doneNoScore') : t('quality.done', formatScore(chat.score)) });
    qualityBox.append(done);
    if (hadFocus) {
      done.focus();
    }
    return;
  }
  const questions = Array.isArray(model.questions) ? model.questions : [];
  const form = el('form', { id: 'ws-quality', class: 'ws-quality', novalidate: true, 'aria-labelledby': 'ws-quality-title',
    submit: (e) => { e.preventDefault(); sendEvaluation(chat, form); },
    change: (e) => {
      const fieldset = e.target.closest('.ws-question');
      if (fieldset && e.target.checked) {
        chat.answers[fieldset.dataset.question] = Number(e.target.value);
        fieldset.classList.remove('ws-missing');
        fieldset.querySelector('.ws-error').textContent = '';
      }
    } });
  form.append(el('h3', { id: 'ws-quality-title', text: t('quality.title', model.name || '') }),
    el('p', { class: 'ws-muted', text: t('quality.intro') }));
  questions.forEach((q, i) => {
    const qid = keyOf(q.id);
    let min = Math.round(Number(q.scaleMin));
    let max = Math.round(Number(q.scaleMax));
    if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) {
      min = 0;
      max = 0;
    }
    max = Math.min(max, min + 100);
    const scale = el('div', { class: 'ws-scale' });
    for (let v = min; v <= max; v++) {
      const id = 'ws-q-' + i + '-' + v;
      scale.append(el('span', { class: 'ws-scale-value' }, [
        el('input', { type: 'radio', id, name: 'ws-q-' + i, value: String(v), required: true,
          checked: chat.answers[qid] === v }),
        el('label', { for: id, text: String(v) })]));
    }
    form.append(el('fieldset', { class: 'ws-question', 'data-question': qid, 'aria-describedby': 'ws-q-error-' + i }, [
      el('legend', { text: (i + 1) + '. ' + String(q.text || '') }),
      scale,
      el('p', { id: 'ws-q-error-' + i, class: 'ws-error' })]));
  });
  form.append(el('p', { id: 'ws-quality-error', class: 'ws-error', role: 'alert' }),
    el('button', { type: 'submit', id: 'ws-quality-send', class: 'ws-btn ws-primary', text: t('quality.send'),
      disabled: !!chat.evaluating }));
  qualityBox.append(form);
  const again = focusedId && document.getElementById(focusedId);
  if (again) {
    again.focus(); // a re-rendering (a reconnect, a frame) must not pull the agent out of the form
  }
}

function formatScore(score) {
  const n = Number(score);
  return Number.isFinite(n) ? n.toLocaleString(lang, { maximumFractionDigits: 2 }) : String(score);
}

// Every question must be answered: the missing ones are named, and the first gets the focus.
function sendEvaluation(chat, form) {
  const questions = Array.isArray(chat.quality.questions) ? chat.quality.questions : [];
  const fieldsets = [...form.querySelectorAll('.ws-question')];
  const missing = [];
  questions.forEach((q, i) => {
    const answered = chat.answers[keyOf(q.id)] != null;
    fieldsets[i].classList.toggle('ws-missing', !answered);
    fieldsets[i].querySelector('.ws-error').textContent = answered ? '' : t('quality.choose');
    if (!answered) {
      missing.push(i);
    }
  });
  const summary = form.querySelector('#ws-quality-error');
  if (missing.length) {
    summary.textContent = t('quality.missing', missing.map((i) => i + 1).join(', '));
    fieldsets[missing[0]].querySelector('input').focus();
    return;
  }
  summary.textContent = '';
  chat.evaluating = { type: 'evaluate', interaction: chat.id,
    answers: questions.map((q) => ({ question: q.id, value: chat.answers[keyOf(q.id)] })) };
  form.querySelector('#ws-quality-send').disabled = true;
  if (!send(chat.evaluating)) {
    summary.textContent = t('error.offlineLater'); // sent again once connected
  }
}
