/*
 * A console's live socket (the agent workspace's, the supervision board's): reconnecting with backoff and jitter,
 * pinging and dropping a socket that is stuck or silent, noticing a session that ended, following the browser's
 * network. What the socket carries is the console's own business: it gets each frame, and says when its hello came.
 *
 * liveSocket({path, marker, link, handlers, onChange, onClosed, onOnline}):
 *   path     the socket's address on this server (/ws/agent)
 *   marker   a piece of the page's HTML that only the signed-in page has: when the socket keeps failing, the page's
 *            address is fetched again, and without it the session is over
 *   link     the console's state of the socket, kept up to date here: {answered, everAnswered, attempt, pongSeen};
 *            the console sets answered (answer()) when the server's hello came
 *   handlers a function giving the console's handler of each frame type, asked at each frame (modules may add
 *            theirs; and the table's module may import this one's user, whose first run would find it not there yet)
 *   onChange the connection's status may have changed (see status())
 *   onClosed the socket closed (it reconnects by itself)
 *   onOnline the network came back
 */

export function liveSocket(options) {
  const { path, marker, link, handlers } = options;
  const onChange = options.onChange || (() => {});
  const onClosed = options.onClosed || (() => {});
  const onOnline = options.onOnline || (() => {});
  let ws = null;
  let reconnectTimer = 0;
  let offline = navigator.onLine === false;
  let stopped = false; // signed out: no more reconnecting
  let openedAt = 0;
  let lastFrameAt = 0;
  let lastPingAt = 0;
  let probing = false;

  function connect() {
    clearTimeout(reconnectTimer);
    if (ws || stopped || offline) {
      onChange();
      return;
    }
    let socket;
    try {
      socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path);
    } catch (e) {
      scheduleReconnect();
      return;
    }
    ws = socket;
    link.answered = false;
    link.pongSeen = false;
    openedAt = lastFrameAt = lastPingAt = Date.now();
    socket.onmessage = (e) => {
      if (ws !== socket) {
        return;
      }
      lastFrameAt = Date.now();
      let frame;
      try {
        frame = JSON.parse(e.data);
      } catch (err) {
        return;
      }
      if (frame && typeof frame.type === 'string') {
        if (frame.type === 'pong') {
          link.pongSeen = true;
        }
        const table = handlers();
        const handle = Object.prototype.hasOwnProperty.call(table, frame.type) && table[frame.type];
        if (handle) {
          handle(frame);
        }
      }
    };
    socket.onclose = (e) => {
      if (ws !== socket) {
        return;
      }
      // 1008: sign in again (signed out, disabled, logged out by a supervisor, or the access changed).
      if (e.code === 1008 && signInAgain()) {
        return;
      }
      closed();
    };
    onChange();
  }

  function closed() {
    ws = null;
    link.answered = false;
    onClosed();
    scheduleReconnect();
    onChange();
  }

  function scheduleReconnect() {
    if (stopped || offline) {
      return;
    }
    // 0.5 s doubling to 8 s, with jitter so that a restarted server is not hit by every console at once: a console
    // is back at most 10 s after the server is (its sign-in is kept across the restart, issue 16).
    const delay = Math.min(8000, 500 * 2 ** link.attempt) * (0.75 + Math.random() * 0.5);
    link.attempt++;
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(connect, delay);
    if (link.attempt === 3 || link.attempt % 10 === 0) {
      probeSession();
    }
  }

  // A socket that keeps failing may mean that the session is over: then this page's address answers with a
  // redirect, a refusal or the sign-in form instead of the page.
  function probeSession() {
    if (probing || !window.fetch) {
      return;
    }
    probing = true;
    fetch(location.href, { method: 'GET', credentials: 'same-origin', redirect: 'manual', cache: 'no-store' })
      .then(async (r) => {
        if (r.type === 'opaqueredirect' || r.status === 401 || r.status === 403
          || (r.ok && !(await r.text()).includes(marker))) {
          stop();
          if (options.onSignedOut) {
            options.onSignedOut();
          }
        }
      })
      .catch(() => { /* the network: reconnecting says enough */ })
      .finally(() => { probing = false; });
  }

  // Reloading shows the login page; at most once a minute, so that a refusal the page cannot cure does not loop.
  // Says whether it reloads.
  function signInAgain() {
    const lastReload = Number(sessionStorage.getItem('webchat.signInReload') || 0);
    if (Date.now() - lastReload <= 60000) {
      return false;
    }
    sessionStorage.setItem('webchat.signInReload', String(Date.now()));
    stopped = true;
    clearTimeout(reconnectTimer);
    drop();
    location.reload();
    return true;
  }

  // Signed out: closes for good.
  function stop() {
    stopped = true;
    clearTimeout(reconnectTimer);
    drop();
    onChange();
  }

  // Closes at once, without waiting for a dead network's closing handshake.
  function drop() {
    if (ws) {
      const socket = ws;
      socket.onclose = socket.onmessage = null;
      try {
        socket.close();
      } catch (e) {
        // already closing
      }
      closed();
    }
  }

  // Sends a frame now; false when the socket is not open or its hello has not come.
  function send(frame) {
    if (!ws || ws.readyState !== WebSocket.OPEN || !link.answered) {
      return false;
    }
    ws.send(JSON.stringify(frame));
    return true;
  }

  // The server's hello came: the socket carries the console's frames from now on.
  function answer() {
    link.everAnswered = true;
    link.attempt = 0;
    link.answered = true;
    onChange();
  }

  function status() {
    return stopped ? 'signedOut' : offline ? 'offline' : link.answered ? 'connected'
      : link.everAnswered || link.attempt > 0 ? 'reconnecting' : 'connecting';
  }

  setInterval(() => {
    const now = Date.now();
    if (!ws) {
      return;
    }
    if (!link.answered && now - openedAt > 15000) {
      drop(); // no hello: this socket is stuck
    } else if (link.pongSeen && now - lastFrameAt > 60000) {
      drop(); // silent for a minute although the server answers pings: the connection is dead
    } else if (link.answered && now - lastPingAt >= 25000) {
      lastPingAt = now;
      options.ping ? options.ping() : send({ type: 'ping' });
    }
  }, 5000);

  window.addEventListener('offline', () => {
    offline = true;
    drop(); // at once: the status says so
    onChange();
  });

  window.addEventListener('online', () => {
    offline = false;
    link.attempt = 0;
    connect();
    onOnline();
  });

  return { connect, send, answer, stop, status, signInAgain };
}

// Shows a socket's status on element: data-state and its words, only when it changed (a status is read out each time).
export function showStatus(element, status, words) {
  if (element.dataset.state !== status) {
    element.dataset.state = status;
    element.textContent = words;
  }
}
