/*
 * Webchat: what the customer widget and the agent workspace both need, written once: chat text made safe with
 * its links, line icons, file sizes, and one audio message recorded with the browser's MediaRecorder (WID-06,
 * AGT-05). Each page draws its own elements around them. A module: both import what they use.
 */
const TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];
const ENDINGS = { 'audio/ogg': '.ogg', 'audio/mp4': '.m4a' };

/**
 * Chat text as nodes to append: never markup, only text nodes, with each http(s) address as a link of its own
 * that opens apart from the chat.
 */
export function linkify(text) {
  const parts = [];
  let from = 0;
  for (const match of text.matchAll(/\bhttps?:\/\/[^\s<>"']+/gi)) {
    const url = match[0].replace(/[.,;:!?)\]}]+$/, ''); // trailing punctuation belongs to the sentence
    const a = document.createElement('a');
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = url;
    parts.push(document.createTextNode(text.slice(from, match.index)), a);
    from = match.index + url.length;
  }
  parts.push(document.createTextNode(text.slice(from)));
  return parts;
}

/** A line icon drawn with strokes on a 24x24 grid, hidden from assistive technology (its button is labelled). */
export function icon(path) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const line = document.createElementNS(ns, 'path');
  line.setAttribute('d', path);
  svg.append(line);
  return svg;
}

/** A file size as people read it, in the page's language: 980 B, 12.5 KB, 3 MB. */
export function humanSize(bytes, lang) {
  const n = Number(bytes) || 0;
  const [unit, div] = n >= 1048576 ? ['MB', 1048576] : n >= 1024 ? ['KB', 1024] : ['B', 1];
  return (n / div).toLocaleString(lang, { maximumFractionDigits: div > 1 ? 1 : 0 }) + ' ' + unit;
}

/** Seconds as m:ss. */
export function clock(s) {
  return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}

/**
 * Starts recording and returns the recording, or null when this browser cannot record. o: {maxSeconds,
 * started(), tick(text: "0:07 / 2:00"), full() at maxSeconds (the server's limit for one audio message),
 * done(blob, fileName) when stopped with keep, fail('noAudio' | 'microphone')}. stop(keep) ends it, also while
 * the browser still asks for the microphone.
 */
export function record(o) {
  const media = navigator.mediaDevices;
  if (!media || !media.getUserMedia || !window.MediaRecorder) {
    return null;
  }
  let recorder = null;
  let timer = 0;
  const recording = {
    stopped: false,
    keep: false,
    stop(keep) {
      if (recording.stopped) {
        return;
      }
      recording.stopped = true;
      recording.keep = keep;
      clearInterval(timer);
      if (recorder && recorder.state !== 'inactive') {
        recorder.stop();
      }
    },
  };
  media.getUserMedia({ audio: true }).then((stream) => {
    const release = () => stream.getTracks().forEach((track) => track.stop());
    if (recording.stopped) {
      release(); // stopped while the browser asked
      return;
    }
    const wanted = TYPES.find((m) => MediaRecorder.isTypeSupported(m));
    try {
      recorder = new MediaRecorder(stream, wanted ? { mimeType: wanted } : undefined);
    } catch (e) {
      release();
      recording.stopped = true;
      o.fail('noAudio');
      return;
    }
    const chunks = [];
    const startedAt = Date.now();
    recorder.ondataavailable = (e) => {
      if (e.data && e.data.size) {
        chunks.push(e.data);
      }
    };
    recorder.onstop = () => {
      release();
      if (recording.keep && chunks.length) {
        const type = String(recorder.mimeType || wanted || 'audio/webm').split(';')[0];
        const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
        o.done(new Blob(chunks, { type }), 'audio-' + stamp + (ENDINGS[type] || '.webm'));
      }
    };
    const tick = () => {
      const s = Math.floor((Date.now() - startedAt) / 1000);
      o.tick(clock(Math.min(s, o.maxSeconds)) + ' / ' + clock(o.maxSeconds));
      if (s >= o.maxSeconds) {
        o.full(); // the page stops it with keep, and hides its recording bar
      }
    };
    recorder.start();
    o.started();
    tick();
    timer = setInterval(tick, 250);
  }, () => {
    const cancelled = recording.stopped;
    recording.stopped = true;
    if (!cancelled) {
      o.fail('microphone');
    }
  });
  return recording;
}
