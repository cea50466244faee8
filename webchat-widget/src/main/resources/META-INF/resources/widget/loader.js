/*
 * Webchat loader (WID-10): runs on the host page. It draws the launcher button, keeps the chat iframe,
 * relays the page's address to it and offers the Webchat(...) API. Everything it adds to the page has an
 * id starting with "webchat-". The chat iframe is loaded when the visitor reaches for the launcher (pointer
 * over it, focus, touch, click) or calls the API, never with the host page's own loading: a page of the
 * chat's own site runs the iframe on its main thread, where the app's start cost long tasks. At once only while
 * a chat is under way (its unread badge and preview need the app), which the loader remembers in the host's
 * localStorage ("webchat.chat.<campaign>"). Idle time only opens the connection (issue 11, point 20).
 */
(function () {
  'use strict';

  const started = performance.now();
  const w = window;
  const doc = document;
  const stub = w.Webchat;
  if (stub && stub.timings) {
    return; // the snippet was pasted twice: the first copy already serves the page
  }

  const LANGS = ['es', 'en', 'pt'];
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const BUBBLE = 'M4 5h16v11H9l-5 4z';
  const CROSS = 'M6 6l12 12M18 6L6 18';
  const CSS = `
#webchat-launcher{position:fixed;z-index:2147483000;bottom:20px;right:20px;width:56px;height:56px;margin:0;padding:0;
border:0;border-radius:50%;box-sizing:border-box;display:flex;align-items:center;justify-content:center;cursor:pointer;
box-shadow:0 4px 14px rgba(0,0,0,.28);transition:transform .15s}
#webchat-launcher:hover{transform:scale(1.06)}
#webchat-launcher:focus-visible{outline:3px solid #fff;outline-offset:0;box-shadow:0 0 0 6px #111}
#webchat-launcher svg{width:28px;height:28px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
#webchat-launcher .webchat-x,#webchat-launcher.webchat-open .webchat-bubble{display:none}
#webchat-launcher.webchat-open .webchat-x{display:block}
#webchat-badge{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;box-sizing:border-box;
border-radius:10px;background:#c62828;color:#fff;font:700 12px/20px system-ui,sans-serif;text-align:center}
#webchat-preview{position:fixed;z-index:2147483000;bottom:88px;right:20px;max-width:260px;margin:0;padding:10px 14px;
box-sizing:border-box;border-radius:12px;background:#fff;color:#1b1f24;font:14px/1.4 system-ui,sans-serif;
overflow-wrap:anywhere;cursor:pointer;box-shadow:0 4px 18px rgba(0,0,0,.22)}
#webchat-badge[hidden],#webchat-preview[hidden]{display:none}
#webchat-frame{position:fixed;z-index:2147482999;bottom:90px;right:20px;width:370px;height:560px;max-width:calc(100vw - 40px);
max-height:calc(100vh - 110px);margin:0;padding:0;border:0;border-radius:12px;background:#fff;
box-shadow:0 8px 32px rgba(0,0,0,.3);visibility:hidden;opacity:0;transform:translateY(12px);
transition:opacity .2s,transform .2s,visibility 0s .2s}
#webchat-frame.webchat-open{visibility:visible;opacity:1;transform:none;transition:opacity .2s,transform .2s}
#webchat-launcher.webchat-left,#webchat-preview.webchat-left,#webchat-frame.webchat-left{right:auto;left:20px}
@media (max-width:480px){
#webchat-frame.webchat-open{top:0;left:0;right:0;bottom:0;width:100vw;height:100vh;height:100dvh;max-width:none;
max-height:none;border-radius:0}
#webchat-launcher.webchat-open{display:none}}
@media (prefers-reduced-motion:reduce){#webchat-launcher,#webchat-frame{transition:none}}`;

  const handlers = {};
  const waiting = []; // posts for the app that wait for its 'ready'
  let options = null;
  let origin = '';
  let texts = {};
  let launcher = null;
  let badge = null;
  let preview = null;
  let frame = null;
  let ready = false;
  let opened = false;
  let openWhenDrawn = false;
  let lastUrl = '';
  let frameSrc = '';

  function fire(event, data) {
    for (const fn of handlers[event] || []) {
      try {
        fn(data);
      } catch (e) {
        console.error(e); // a host callback's failure must not stop the widget
      }
    }
  }

  function fail(reason, detail) {
    console.warn('Webchat: ' + reason + (detail ? ' (' + detail + ')' : ''));
    fire('error', { reason });
  }

  function post(type, data) {
    const message = Object.assign({ webchat: 1, type }, data);
    if (frame) {
      loadFrame(); // the app is wanted now (start, end): no waiting for idle time
    }
    if (ready) {
      frame.contentWindow.postMessage(message, origin);
    } else {
      waiting.push(message);
    }
  }

  // WCAG: black or white, whichever contrasts more with the campaign colour.
  function textOn(hex) {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) ? '#000' : '#fff';
  }

  function colour(value) {
    const c = String(value || '');
    if (/^#[0-9a-f]{6}$/i.test(c)) {
      return c;
    }
    return /^#[0-9a-f]{3}$/i.test(c) ? '#' + c[1] + c[1] + c[2] + c[2] + c[3] + c[3] : '#1f6feb';
  }

  function icon(cls, path) {
    const svg = doc.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', cls);
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const p = doc.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', path);
    svg.appendChild(p);
    return svg;
  }

  function element(tag, id, side) {
    const el = doc.createElement(tag);
    el.id = id;
    if (side) {
      el.className = side;
    }
    return el;
  }

  function init(opts) {
    if (options) {
      console.warn('Webchat: init was already called');
      return;
    }
    let server;
    try {
      server = new URL(opts.server);
    } catch (e) {
      fail('init needs the server address', opts && opts.server);
      return;
    }
    const campaign = Number(opts.campaign);
    if (!/^https?:$/.test(server.protocol) || !Number.isInteger(campaign) || campaign < 1) {
      fail('init needs an http(s) server and a campaign number');
      return;
    }
    options = Object.assign({}, opts, { campaign, base: String(opts.server).replace(/\/+$/, '') });
    origin = server.origin;
    fetch(options.base + '/widget/api/campaigns/' + campaign + '/launcher', { credentials: 'omit' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status))))
      .then((data) => {
        // A disabled campaign (ADV-09) still shows its launcher: the panel then says the chat is unavailable.
        if (doc.body) {
          draw(data);
        } else {
          doc.addEventListener('DOMContentLoaded', () => draw(data));
        }
      })
      .catch((e) => fail('the launcher could not be loaded', e.message));
  }

  function draw(data) {
    const fallback = LANGS.includes(data.defaultLanguage) ? data.defaultLanguage : 'es';
    const lang = [options.language, ...(navigator.languages || [navigator.language])]
      .map((l) => String(l || '').slice(0, 2).toLowerCase())
      .find((l) => LANGS.includes(l)) || fallback;
    texts = (data.texts && (data.texts[lang] || data.texts[fallback])) || {};
    const side = options.position === 'left' ? 'webchat-left' : '';
    const bg = colour(data.color);

    const style = element('style', 'webchat-style');
    style.textContent = CSS;
    doc.head.appendChild(style);

    frame = element('iframe', 'webchat-frame', side);
    frame.title = data.name || 'Chat';
    frame.setAttribute('allow', 'microphone; camera; display-capture');
    frameSrc = options.base + '/widget/chat?campaign=' + options.campaign + '&host=' + encodeURIComponent(location.origin)
      + (options.language ? '&lang=' + encodeURIComponent(options.language) : '');

    preview = element('div', 'webchat-preview', side);
    preview.hidden = true;
    preview.setAttribute('role', 'status'); // read out while the panel is closed
    preview.addEventListener('click', () => open(true));

    launcher = element('button', 'webchat-launcher', side);
    launcher.type = 'button';
    launcher.style.background = bg;
    launcher.style.color = textOn(bg);
    launcher.setAttribute('aria-describedby', 'webchat-badge');
    badge = element('span', 'webchat-badge');
    badge.hidden = true;
    launcher.append(icon('webchat-bubble', BUBBLE), icon('webchat-x', CROSS), badge);
    launcher.addEventListener('click', () => {
      fire('button');
      if (opened) {
        close();
      } else {
        open(true);
      }
    });

    w.addEventListener('message', fromApp);
    doc.body.append(preview, launcher);
    render();
    api.timings.launcherMs = performance.now() - started;
    if (chatUnderWay() || waiting.length) {
      loadFrame();
    } else {
      for (const event of ['pointerenter', 'focus', 'touchstart']) {
        launcher.addEventListener(event, loadFrame, { once: true, passive: true });
      }
      (w.requestIdleCallback || ((fn) => setTimeout(fn, 2000)))(() => {
        const link = element('link', 'webchat-preconnect');
        link.rel = 'preconnect';
        link.href = origin;
        doc.head.appendChild(link);
      }, { timeout: 10000 });
    }

    // The agent sees the page the visitor is on, SPA navigation included.
    w.addEventListener('popstate', reportPage);
    w.addEventListener('hashchange', reportPage);
    setInterval(reportPage, 1000);
    if (openWhenDrawn) {
      open(false);
    }
  }

  // The iframe goes in once, before the launcher (the page's order: panel, preview, button).
  function loadFrame() {
    if (!frame.isConnected) {
      frame.src = frameSrc;
      launcher.before(frame);
      launcher.setAttribute('aria-controls', 'webchat-frame'); // only once there is something to control
    }
  }

  function chatKey() {
    return 'webchat.chat.' + options.campaign;
  }

  function chatUnderWay() {
    try {
      return w.localStorage.getItem(chatKey()) === '1';
    } catch (e) {
      return false; // storage blocked: the iframe comes when the visitor reaches for the launcher
    }
  }

  function rememberChat(state) {
    try {
      if (state === 'QUEUED' || state === 'OFFERED' || state === 'ASSIGNED') {
        w.localStorage.setItem(chatKey(), '1');
      } else {
        w.localStorage.removeItem(chatKey());
      }
    } catch (e) {
      // see chatUnderWay
    }
  }

  function render() {
    launcher.classList.toggle('webchat-open', opened);
    frame.classList.toggle('webchat-open', opened);
    launcher.setAttribute('aria-expanded', String(opened));
    launcher.setAttribute('aria-label', (opened ? texts.close : texts.open) || 'Chat');
    if (opened) {
      preview.hidden = true;
    }
  }

  function open(focus) {
    if (!frame) {
      openWhenDrawn = true;
      return;
    }
    loadFrame();
    if (!opened) {
      opened = true;
      render();
      if (ready) {
        post('open', { focus });
      }
      fire('open');
    }
    if (focus) {
      frame.focus();
    }
  }

  function close() {
    openWhenDrawn = false;
    if (!opened) {
      return;
    }
    const hadFocus = doc.activeElement === frame;
    opened = false;
    render();
    if (ready) {
      post('close');
    }
    fire('close');
    if (hadFocus) {
      launcher.focus(); // keyboard users keep their place
    }
  }

  function reportPage() {
    if (ready && location.href !== lastUrl) {
      lastUrl = location.href;
      post('page', { url: lastUrl, title: doc.title });
    }
  }

  function fromApp(e) {
    if (e.origin !== origin || e.source !== frame.contentWindow || !e.data || e.data.webchat !== 1) {
      return;
    }
    const m = e.data;
    switch (m.type) {
      case 'ready': // also after the iframe reloads: tell it everything again
        ready = true;
        lastUrl = '';
        reportPage();
        post(opened ? 'open' : 'close', { focus: opened && doc.activeElement === frame });
        waiting.splice(0).forEach((queued) => frame.contentWindow.postMessage(queued, origin));
        fire('ready');
        break;
      case 'state':
        rememberChat(m.state);
        fire('state', { state: m.state });
        break;
      case 'message':
        if (m.from === 'agent' && !opened && m.text) {
          const chars = Array.from(String(m.text));
          preview.textContent = chars.length > 90 ? chars.slice(0, 89).join('') + '\u2026' : chars.join('');
          preview.hidden = false;
        }
        fire('message', { from: m.from, text: m.text });
        break;
      case 'unread': {
        const n = Math.max(0, Number(m.count) || 0);
        badge.textContent = n > 99 ? '99+' : n ? String(n) : '';
        badge.hidden = !n;
        if (!n) {
          preview.hidden = true;
        }
        break;
      }
      case 'close-request':
        close();
        break;
      case 'open-request':
        open(false);
        break;
    }
  }

  function text(value) {
    return typeof value === 'string' ? value : undefined;
  }

  function start(data) {
    const d = data || {};
    post('start', { data: { name: text(d.name), email: text(d.email), phone: text(d.phone), message: text(d.message) } });
  }

  function end() {
    post('end');
  }

  function on(event, fn) {
    if (typeof fn !== 'function') {
      return;
    }
    (handlers[event] = handlers[event] || []).push(fn);
    if (event === 'ready' && ready) {
      fn(); // registered late: the widget is ready already
    }
  }

  const commands = { init, open: () => open(false), close, start, end, on };

  function api(command, ...args) {
    const fn = commands[command];
    if (fn) {
      fn(...args);
    } else {
      console.warn('Webchat: unknown command ' + command);
    }
  }
  Object.assign(api, { open: commands.open, close, start, end, on, timings: {} });

  w.Webchat = api;
  for (const args of (stub && stub.q) || []) {
    api.apply(null, args);
  }
})();
