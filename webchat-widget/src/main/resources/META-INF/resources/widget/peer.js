/*
 * Webchat: one side of a 1:1 audio or video call (AV-01..04), for the customer widget and the agent workspace
 * alike. Standard WebRTC only (getUserMedia, RTCPeerConnection, getStats, Web Audio): no adapter, no vendor
 * prefix. The signalling travels in the chat sockets' call frames (calls.md); this module only makes and reads
 * their `{description?, candidates?}` part, so each page keeps its own socket and UI.
 *
 * The contract (the workspace imports it as '../../../widget/peer.js'):
 *
 * localMedia(kind) -> Promise<MediaStream>
 *   kind 'audio' | 'video': the microphone, plus the camera for 'video'. Throws an Error whose `code` is
 *   'denied' (the person or the browser refused the permission), 'no-device' (no microphone/camera, or it is
 *   busy) or 'unsupported' (no getUserMedia or RTCPeerConnection, or not a secure context). Ask for it before
 *   ringing anybody (call-start, call-answer).
 *
 * openPeer({ice, local, onRemote, onSignal, onState, timeoutMs?}) -> peer
 *   ice: the `ice` of the ACTIVE call-state ({iceServers, iceTransportPolicy}); local: the stream of
 *   localMedia (its tracks are sent; close() stops them), or null on the side that only receives and answers
 *   (a one-way stream, as the supervisor's screen watch, SUP-12). Open it on ACTIVE with `here: true`; then the caller's
 *   side calls peer.offer(), the callee's side only passes on what comes.
 *   onRemote(stream): the other side's MediaStream, called again when a track is added to it (attach it to a
 *     <video>/<audio> element's srcObject each time: same stream object).
 *   onSignal(payload): {description} or {candidates: [...at most 20]}: send it as `call-signal {call, ...payload}`.
 *     Candidates are gathered for ~100 ms and sent in batches, after the description they belong to.
 *   onState(state, reason?): 'connecting' | 'connected' | 'failed' | 'closed', each change once. 'failed' comes
 *     with reason 'ice' (ICE found no path: a TURN server may be needed), 'timeout' (not connected within
 *     timeoutMs, 15000 by default) or 'lost' (was connected, then disconnected for 10 s). On 'failed' send
 *     `call-hangup {call, failed: true}` and close the peer. 'closed' comes from close() only.
 *   peer.offer(): Promise; creates and sends the offer (the caller's endpoint, once, on ACTIVE).
 *   peer.receive(payload): feeds the {description?, candidates?} of a received `call-signal` frame, in order;
 *     an offer is answered through onSignal. Candidates that arrive before their description wait for it.
 *   peer.setMuted(bool): the microphone off/on (the track is disabled, the call stays up).
 *   peer.setCamera(bool): the camera on/off (black frames while off; no renegotiation).
 *   peer.bytesReceived(kind?): Promise<number>, inbound RTP bytes so far, for 'audio' or 'video' or both.
 *   peer.close(): ends the connection and stops the local tracks; safe to call twice.
 *   peer.pc: the RTCPeerConnection (for window.webchatCall = {pc}, which the browser tests read).
 *
 * ringTone() -> {stop()}: a ring made with Web Audio (no audio file), repeating until stop(). Start it from a
 *   page that had a user gesture, or the browser may keep it silent.
 */

const BATCH = 20; // candidates per call-signal frame: the socket's flood guard counts frames
const GATHER_MS = 100;
const LOST_MS = 10000;

export async function localMedia(kind) {
  const devices = navigator.mediaDevices;
  if (!devices || !devices.getUserMedia || typeof RTCPeerConnection !== 'function') {
    throw failure('unsupported');
  }
  const video = kind === 'video' && { width: { ideal: 640 }, height: { ideal: 480 } };
  try {
    return await devices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true }, video });
  } catch (e) {
    const name = e && e.name;
    throw failure(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied'
      : name === 'NotFoundError' || name === 'NotReadableError' || name === 'OverconstrainedError' ? 'no-device'
        : 'unsupported', e);
  }
}

function failure(code, cause) {
  const e = new Error('media: ' + code + (cause && cause.message ? ' (' + cause.message + ')' : ''));
  e.code = code;
  return e;
}

export function openPeer({ ice, local, onRemote, onSignal, onState, timeoutMs = 15000 }) {
  const pc = new RTCPeerConnection({
    iceServers: (ice && ice.iceServers) || [],
    iceTransportPolicy: (ice && ice.iceTransportPolicy) || 'all',
  });
  const remote = new MediaStream();
  let state = null;
  let gathered = [];
  let gatherTimer = 0;
  let described = false; // candidates go only after the description they belong to
  let lostTimer = 0;
  let work = Promise.resolve(); // received signals are applied one after the other
  let waiting = []; // candidates received before the remote description
  let closed = false;

  const report = (next, reason) => {
    if (state === next || state === 'failed' || state === 'closed') {
      return;
    }
    state = next;
    try {
      onState && onState(next, reason);
    } catch (e) {
      console.error(e);
    }
  };
  const send = (payload) => {
    if (!closed) {
      onSignal(payload);
    }
  };
  const flush = () => {
    clearTimeout(gatherTimer);
    gatherTimer = 0;
    while (described && gathered.length) {
      send({ candidates: gathered.splice(0, BATCH) });
    }
  };
  const describe = async (description) => {
    await pc.setLocalDescription(description);
    send({ description: { type: pc.localDescription.type, sdp: pc.localDescription.sdp } });
    described = true;
    flush();
  };

  if (local) {
    for (const track of local.getTracks()) {
      pc.addTrack(track, local);
    }
  }
  pc.onicecandidate = (e) => {
    if (!e.candidate) {
      flush(); // gathering is over
    } else if (e.candidate.candidate) {
      gathered.push(e.candidate.toJSON());
      gatherTimer = gatherTimer || setTimeout(flush, GATHER_MS);
    }
  };
  pc.ontrack = (e) => {
    if (!remote.getTracks().includes(e.track)) {
      remote.addTrack(e.track);
    }
    onRemote && onRemote(remote);
  };
  const watch = () => {
    // connectionState where the browser has it, else the ICE state alone
    const s = pc.connectionState || pc.iceConnectionState;
    if (s === 'connected' || s === 'completed') {
      clearTimeout(lostTimer);
      lostTimer = 0;
      clearTimeout(timer);
      report('connected');
    } else if (s === 'failed') {
      report('failed', state === 'connected' ? 'lost' : 'ice');
    } else if (s === 'disconnected' && state === 'connected') {
      lostTimer = lostTimer || setTimeout(() => report('failed', 'lost'), LOST_MS); // it often comes back by itself
    } else if (s === 'new' || s === 'connecting' || s === 'checking') {
      report('connecting');
    }
  };
  pc.onconnectionstatechange = watch;
  pc.oniceconnectionstatechange = () => {
    if (pc.iceConnectionState === 'failed') {
      report('failed', state === 'connected' ? 'lost' : 'ice');
    } else if (!('connectionState' in pc)) {
      watch();
    }
  };
  const timer = setTimeout(() => report('failed', 'timeout'), timeoutMs); // cleared once connected
  report('connecting');

  const tracks = (kind) => (local ? local.getTracks().filter((t) => t.kind === kind) : []);

  return {
    pc,
    async offer() {
      await describe(await pc.createOffer());
    },
    receive(payload) {
      work = work.then(async () => {
        if (closed) {
          return;
        }
        if (payload.description) {
          await pc.setRemoteDescription(payload.description);
          const early = waiting;
          waiting = [];
          for (const c of early) {
            await addCandidate(c);
          }
          if (payload.description.type === 'offer') {
            await describe(await pc.createAnswer());
          }
        }
        for (const c of payload.candidates || []) {
          if (pc.remoteDescription) {
            await addCandidate(c);
          } else {
            waiting.push(c);
          }
        }
      }).catch((e) => console.warn('call signal', e));
      return work;
    },
    setMuted(muted) {
      tracks('audio').forEach((t) => { t.enabled = !muted; });
    },
    setCamera(on) {
      tracks('video').forEach((t) => { t.enabled = !!on; });
    },
    async bytesReceived(kind) {
      let bytes = 0;
      (await pc.getStats()).forEach((s) => {
        if (s.type === 'inbound-rtp' && (!kind || (s.kind || s.mediaType) === kind)) {
          bytes += s.bytesReceived || 0;
        }
      });
      return bytes;
    },
    close() {
      if (closed) {
        return;
      }
      closed = true;
      clearTimeout(timer);
      clearTimeout(lostTimer);
      clearTimeout(gatherTimer);
      local && local.getTracks().forEach((t) => t.stop());
      pc.close();
      report('closed');
    },
  };

  async function addCandidate(c) {
    try {
      await pc.addIceCandidate(c);
    } catch (e) {
      console.warn('call candidate', e); // one bad candidate does not end the call
    }
  }
}

export function ringTone() {
  const Ctx = window.AudioContext || window.webkitAudioContext;
  if (!Ctx) {
    return { stop() {} };
  }
  const ctx = new Ctx();
  let timer = 0;
  // two short beeps of a two-tone chord, then a pause: the ring people know from phones
  const ring = () => {
    const now = ctx.currentTime;
    for (const start of [0, 0.5]) {
      const gain = ctx.createGain();
      gain.gain.setValueAtTime(0, now + start);
      gain.gain.linearRampToValueAtTime(0.15, now + start + 0.02);
      gain.gain.setValueAtTime(0.15, now + start + 0.38);
      gain.gain.linearRampToValueAtTime(0, now + start + 0.4);
      gain.connect(ctx.destination);
      for (const hz of [440, 480]) {
        const osc = ctx.createOscillator();
        osc.frequency.value = hz;
        osc.connect(gain);
        osc.start(now + start);
        osc.stop(now + start + 0.42);
      }
    }
  };
  ctx.resume().catch(() => {});
  ring();
  timer = setInterval(ring, 3000);
  return {
    stop() {
      clearInterval(timer);
      ctx.close().catch(() => {});
    },
  };
}
