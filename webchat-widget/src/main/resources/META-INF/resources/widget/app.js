/*
 * Webchat app: the customer's chat inside the widget's iframe (or opened directly as a page).
 * Pre-chat form, offline message, queue, conversation, rating (WID-02..09). Talks to the server over
 * the chat socket (protocol v1) and to the host page's loader over postMessage. Texts from customers
 * and agents only ever reach the page through textContent.
 */
(function () {
  'use strict';

  const cfg = JSON.parse(document.getElementById('webchat-config').textContent);
  const LANGS = ['es', 'en', 'pt'];
  const lang = [cfg.language, ...(navigator.languages || [navigator.language])]
    .map((l) => String(l || '').slice(0, 2).toLowerCase())
    .find((l) => LANGS.includes(l)) || (LANGS.includes(cfg.defaultLanguage) ? cfg.defaultLanguage : 'es');

  const TEXTS = {
    en: {
      chat: 'Chat', close: 'Minimise chat', intro: 'Tell us who you are and an agent will be with you shortly.',
      name: 'Name', email: 'Email', phone: 'Phone', optional: '(optional)', firstMessage: 'How can we help you?',
      start: 'Start chat', nameRequired: 'Please enter your name.', emailRequired: 'Please enter your email.',
      emailInvalid: 'This email address is not valid.', fieldRequired: 'Please fill in this field.',
      startFailed: 'The chat could not be started. Please try again.', connecting: 'Connecting…',
      reconnecting: 'Reconnecting…', queue: 'You are number {n} in the queue', waiting: 'Waiting for an agent…',
      connected: 'Connected with an agent', ended: 'The chat has ended', typing: '{name} is typing…',
      agent: 'The agent', you: 'You', messages: 'Messages', composer: 'Write a message', send: 'Send',
      sending: 'Sending', stored: 'Delivered', failed: 'Not sent', end: 'End chat', endQuestion: 'End this chat?',
      endYes: 'Yes, end it', cancel: 'Cancel', rateQuestion: 'How would you rate this chat?', stars: '{n} of 5',
      comment: 'Comment', rate: 'Send rating', chooseRating: 'Choose from 1 to 5 stars.',
      rated: 'Thank you for your rating!', newChat: 'New chat', offlineLabel: 'Leave us a message',
      offlineSend: 'Send message', offlineSent: 'Message sent, we will answer you.',
      messageRequired: 'Please write a message.', unavailable: 'Chat unavailable', retry: 'Try again',
      'out-of-hours': 'We are out of office hours. Please come back later.',
      'queue-full': 'All our agents are busy. Please try again in a few minutes.',
      'campaign-disabled': 'This chat is not available right now.',
      'domain-not-allowed': 'This chat cannot be used on this website.',
      'unknown-campaign': 'This chat does not exist.',
      emoji: 'Insert emoji', emojiPanel: 'Emoji', attach: 'Attach a file', attachHelp: 'Up to {size}. Allowed: {types}',
      record: 'Record an audio message', recording: 'Recording', stopRecord: 'Stop and send',
      cancelRecord: 'Discard the recording', noAudio: 'Audio recording is not available in this browser.',
      micDenied: 'The microphone could not be used.', tooBig: 'The file is larger than {size}.',
      badType: 'This kind of file cannot be sent.', noChat: 'There is no open chat to send the file to.',
      uploadFailed: 'The file could not be sent. Please try again.', audio: 'Audio message',
    },
    es: {
      chat: 'Chat', close: 'Minimizar el chat', intro: 'Indícanos tus datos y un agente te atenderá en breve.',
      name: 'Nombre', email: 'Correo electrónico', phone: 'Teléfono', optional: '(opcional)',
      firstMessage: '¿En qué podemos ayudarte?', start: 'Iniciar chat', nameRequired: 'Escribe tu nombre.',
      emailRequired: 'Escribe tu correo electrónico.', emailInvalid: 'Esta dirección de correo no es válida.',
      fieldRequired: 'Rellena este campo.', startFailed: 'No se pudo iniciar el chat. Inténtalo de nuevo.',
      connecting: 'Conectando…', reconnecting: 'Reconectando…', queue: 'Eres el número {n} en la cola',
      waiting: 'Esperando a un agente…', connected: 'Conectado con un agente', ended: 'El chat ha finalizado',
      typing: '{name} está escribiendo…', agent: 'El agente', you: 'Tú', messages: 'Mensajes',
      composer: 'Escribe un mensaje', send: 'Enviar', sending: 'Enviando', stored: 'Entregado',
      failed: 'No enviado', end: 'Finalizar chat', endQuestion: '¿Finalizar este chat?', endYes: 'Sí, finalizar',
      cancel: 'Cancelar', rateQuestion: '¿Cómo valorarías este chat?', stars: '{n} de 5', comment: 'Comentario',
      rate: 'Enviar valoración', chooseRating: 'Elige de 1 a 5 estrellas.', rated: '¡Gracias por tu valoración!',
      newChat: 'Nuevo chat', offlineLabel: 'Déjanos un mensaje', offlineSend: 'Enviar mensaje',
      offlineSent: 'Mensaje enviado, te responderemos.', messageRequired: 'Escribe un mensaje.',
      unavailable: 'Chat no disponible', retry: 'Reintentar',
      'out-of-hours': 'Estamos fuera del horario de atención. Vuelve más tarde.',
      'queue-full': 'Todos nuestros agentes están ocupados. Inténtalo de nuevo en unos minutos.',
      'campaign-disabled': 'Este chat no está disponible en este momento.',
      'domain-not-allowed': 'Este chat no se puede usar en este sitio web.',
      'unknown-campaign': 'Este chat no existe.',
      emoji: 'Insertar emoji', emojiPanel: 'Emojis', attach: 'Adjuntar un archivo',
      attachHelp: 'Hasta {size}. Permitidos: {types}', record: 'Grabar un mensaje de audio', recording: 'Grabando',
      stopRecord: 'Detener y enviar', cancelRecord: 'Descartar la grabación',
      noAudio: 'La grabación de audio no está disponible en este navegador.', micDenied: 'No se pudo usar el micrófono.',
      tooBig: 'El archivo supera {size}.', badType: 'Este tipo de archivo no se puede enviar.',
      noChat: 'No hay un chat abierto al que enviar el archivo.',
      uploadFailed: 'No se pudo enviar el archivo. Inténtalo de nuevo.', audio: 'Mensaje de audio',
    },
    pt: {
      chat: 'Chat', close: 'Minimizar o chat', intro: 'Informe seus dados e um atendente falará com você em breve.',
      name: 'Nome', email: 'E-mail', phone: 'Telefone', optional: '(opcional)', firstMessage: 'Como podemos ajudar?',
      start: 'Iniciar conversa', nameRequired: 'Informe seu nome.', emailRequired: 'Informe seu e-mail.',
      emailInvalid: 'Este endereço de e-mail não é válido.', fieldRequired: 'Preencha este campo.',
      startFailed: 'Não foi possível iniciar a conversa. Tente novamente.', connecting: 'Conectando…',
      reconnecting: 'Reconectando…', queue: 'Você é o número {n} na fila', waiting: 'Aguardando um atendente…',
      connected: 'Conectado a um atendente', ended: 'A conversa foi encerrada', typing: '{name} está digitando…',
      agent: 'O atendente', you: 'Você', messages: 'Mensagens', composer: 'Escreva uma mensagem', send: 'Enviar',
      sending: 'Enviando', stored: 'Entregue', failed: 'Não enviada', end: 'Encerrar conversa',
      endQuestion: 'Encerrar esta conversa?', endYes: 'Sim, encerrar', cancel: 'Cancelar',
      rateQuestion: 'Como você avalia esta conversa?', stars: '{n} de 5', comment: 'Comentário',
      rate: 'Enviar avaliação', chooseRating: 'Escolha de 1 a 5 estrelas.', rated: 'Obrigado pela sua avaliação!',
      newChat: 'Nova conversa', offlineLabel: 'Deixe-nos uma mensagem', offlineSend: 'Enviar mensagem',
      offlineSent: 'Mensagem enviada, vamos responder a você.', messageRequired: 'Escreva uma mensagem.',
      unavailable: 'Chat indisponível', retry: 'Tentar novamente',
      'out-of-hours': 'Estamos fora do horário de atendimento. Volte mais tarde.',
      'queue-full': 'Todos os nossos atendentes estão ocupados. Tente novamente em alguns minutos.',
      'campaign-disabled': 'Este chat não está disponível no momento.',
      'domain-not-allowed': 'Este chat não pode ser usado neste site.',
      'unknown-campaign': 'Este chat não existe.',
      emoji: 'Inserir emoji', emojiPanel: 'Emojis', attach: 'Anexar um arquivo',
      attachHelp: 'Até {size}. Permitidos: {types}', record: 'Gravar uma mensagem de áudio', recording: 'Gravando',
      stopRecord: 'Parar e enviar', cancelRecord: 'Descartar a gravação',
      noAudio: 'A gravação de áudio não está disponível neste navegador.',
      micDenied: 'Não foi possível usar o microfone.', tooBig: 'O arquivo é maior que {size}.',
      badType: 'Este tipo de arquivo não pode ser enviado.', noChat: 'Não há uma conversa aberta para enviar o arquivo.',
      uploadFailed: 'Não foi possível enviar o arquivo. Tente novamente.', audio: 'Mensagem de áudio',
    },
  };

  function t(key, vars) {
    const s = TEXTS[lang][key] || '';
    return vars ? s.replace(/\{(\w+)\}/g, (_, k) => vars[k]) : s;
  }

  // A compact emoji set; names in the customer's language label each button.
  const EMOJI = ('😀 😂 🤣 😊 😇 🙂 😉 😍 😘 😋 😎 🤩 🤔 🤗 😐 🙄 😏 😌 😴 😷 🤒 🥳 😕 😟 🙁 😮 😲 😳 🥺 😢 😭 😱 😠 '
    + '😡 🤯 😬 🤫 👍 👎 👌 ✌️ 🤞 👏 🙌 👋 🙏 💪 🤝 👀 ❤️ 💔 💯 ✨ 🔥 ⭐ 🎉 🎁 🎂 ☕ 🍕 ☀️ 🌈 🌹 🐶 🐱 ✅ ❌ ❓ ❗ ⚠️ '
    + '💡 📞 📧 📦 💳 🛒 ⏰ 📅 🚚 🏠').split(' ');
  const EMOJI_NAMES = {
    en: 'grinning face|face with tears of joy|rolling on the floor laughing|smiling face with smiling eyes|'
      + 'smiling face with halo|slightly smiling face|winking face|smiling face with heart-eyes|face blowing a kiss|'
      + 'face savoring food|smiling face with sunglasses|star-struck|thinking face|hugging face|neutral face|'
      + 'face with rolling eyes|smirking face|relieved face|sleeping face|face with medical mask|'
      + 'face with thermometer|partying face|confused face|worried face|slightly frowning face|face with open mouth|'
      + 'astonished face|flushed face|pleading face|crying face|loudly crying face|face screaming in fear|angry face|'
      + 'enraged face|exploding head|grimacing face|shushing face|thumbs up|thumbs down|OK hand|victory hand|'
      + 'crossed fingers|clapping hands|raising hands|waving hand|folded hands|flexed biceps|handshake|eyes|red heart|'
      + 'broken heart|hundred points|sparkles|fire|star|party popper|wrapped gift|birthday cake|hot beverage|pizza|sun|'
      + 'rainbow|rose|dog face|cat face|check mark|cross mark|question mark|exclamation mark|warning|light bulb|'
      + 'telephone receiver|e-mail|package|credit card|shopping cart|alarm clock|calendar|delivery truck|house',
    es: 'cara sonriente|cara llorando de risa|revolcándose de risa|cara feliz con ojos sonrientes|'
      + 'cara sonriente con aureola|cara sonriendo ligeramente|cara guiñando un ojo|cara sonriente con ojos de corazón|'
      + 'cara lanzando un beso|cara saboreando comida|cara sonriente con gafas de sol|cara con estrellas|'
      + 'cara pensativa|cara con abrazo|cara neutral|cara con ojos en blanco|cara sonriendo con suficiencia|'
      + 'cara de alivio|cara durmiendo|cara con mascarilla|cara con termómetro|cara de fiesta|cara de confusión|'
      + 'cara preocupada|cara con el ceño algo fruncido|cara con la boca abierta|cara asombrada|cara sonrojada|'
      + 'cara suplicante|cara llorando|cara llorando a mares|cara gritando de miedo|cara enfadada|cara furiosa|'
      + 'cabeza explotando|cara haciendo una mueca|cara pidiendo silencio|pulgar hacia arriba|pulgar hacia abajo|'
      + 'señal de OK|mano con señal de victoria|dedos cruzados|manos aplaudiendo|manos levantadas celebrando|'
      + 'mano saludando|manos en oración|bíceps flexionado|apretón de manos|ojos|corazón rojo|corazón roto|'
      + 'cien puntos|chispas|fuego|estrella|cañón de confeti|regalo|tarta de cumpleaños|bebida caliente|pizza|sol|'
      + 'arcoíris|rosa|cara de perro|cara de gato|marca de verificación|marca de cruz|signo de interrogación|'
      + 'signo de exclamación|advertencia|bombilla|auricular de teléfono|correo electrónico|paquete|'
      + 'tarjeta de crédito|carrito de compra|despertador|calendario|camión de reparto|casa',
    pt: 'rosto sorridente|rosto chorando de rir|rolando no chão de rir|rosto sorridente com olhos sorridentes|'
      + 'rosto sorridente com auréola|rosto levemente sorridente|rosto piscando|rosto sorridente com olhos de coração|'
      + 'rosto mandando um beijo|rosto saboreando comida|rosto sorridente com óculos escuros|rosto deslumbrado|'
      + 'rosto pensativo|rosto abraçando|rosto neutro|rosto revirando os olhos|rosto com sorriso malicioso|'
      + 'rosto aliviado|rosto dormindo|rosto com máscara médica|rosto com termômetro|rosto festivo|rosto confuso|'
      + 'rosto preocupado|rosto levemente franzido|rosto com boca aberta|rosto espantado|rosto ruborizado|'
      + 'rosto suplicante|rosto chorando|rosto chorando muito|rosto gritando de medo|rosto zangado|rosto furioso|'
      + 'cabeça explodindo|rosto com careta|rosto pedindo silêncio|polegar para cima|polegar para baixo|sinal de OK|'
      + 'mão em V de vitória|dedos cruzados|mãos aplaudindo|mãos para o alto|mão acenando|mãos juntas|'
      + 'bíceps flexionado|aperto de mãos|olhos|coração vermelho|coração partido|cem pontos|brilhos|fogo|estrela|'
      + 'confete|presente|bolo de aniversário|bebida quente|pizza|sol|arco-íris|rosa|rosto de cachorro|rosto de gato|'
      + 'marca de seleção|xis|ponto de interrogação|ponto de exclamação|aviso|lâmpada|telefone|e-mail|pacote|'
      + 'cartão de crédito|carrinho de compras|despertador|calendário|caminhão de entrega|casa',
  }[lang].split('|');

  const MAX_TEXT = 8000; // the server's limit for one message
  const EMAIL = /^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$/; // the server's own check
  const KEY = 'webchat.' + cfg.campaign;
  const host = cfg.hostOrigin && window.parent !== window ? cfg.hostOrigin : null;
  const phoneShown = !!cfg.phone && (cfg.phone.visible || cfg.phone.required);

  // ---- DOM building (never innerHTML: every text goes in as textContent) -----------------------

  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) {
        continue;
      }
      if (k === 'text') {
        el.textContent = v;
      } else if (k.startsWith('on')) {
        el.addEventListener(k.slice(2), v);
      } else {
        el.setAttribute(k, v === true ? '' : v);
      }
    }
    el.append(...kids.filter((kid) => kid != null && kid !== false && kid !== ''));
    return el;
  }

  const ICONS = {
    down: 'M6 9l6 6 6-6',
    send: 'M3 11l18-8-8 18-2-8z',
    end: 'M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10',
    emoji: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 14c1 1.5 2.3 2 4 2s3-.5 4-2M9 9.5h.01M15 9.5h.01',
    attach: 'M20 11.5l-7.8 7.8a5 5 0 0 1-7-7l8.4-8.4a3.3 3.3 0 0 1 4.7 4.7l-8.4 8.4a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8',
    mic: 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3',
    stop: 'M7 7h10v10H7z',
    trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
    person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c1-4 4.5-6 8-6s7 2 8 6',
  };

  function icon(name) {
    return WebchatShared.icon(ICONS[name]);
  }

  function iconButton(id, label, name, onclick) {
    return h('button', { type: 'button', id, class: 'wc-icon', 'aria-label': label, title: label, onclick }, icon(name));
  }

  // A labelled input with its own error line, tied together for assistive technology.
  function field(input, label, required, withError) {
    input.required = !!required;
    const error = withError && h('p', { id: input.id + '-error', class: 'wc-error', 'aria-live': 'polite' });
    if (error) {
      input.setAttribute('aria-describedby', error.id);
    }
    return h('div', { class: 'wc-field' },
      h('label', { for: input.id }, label, !required && h('span', { class: 'wc-opt', text: ' ' + t('optional') })),
      input, error);
  }

  function setError(input, message) {
    document.getElementById(input.id + '-error').textContent = message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  // Header: who the customer talks to, and the connection / queue status.
  const avatar = h('span', { class: 'wc-avatar', 'aria-hidden': 'true' }, icon('person'));
  const picture = h('img', { id: 'wc-agent-picture', alt: '', hidden: true });
  picture.addEventListener('error', () => {
    picture.hidden = true;
    avatar.hidden = false;
  });
  const agentNameEl = h('strong', { id: 'wc-agent-name' });
  const statusEl = h('p', { id: 'wc-status', 'aria-live': 'polite' });
  const header = h('header', { class: 'wc-header' }, avatar, picture,
    h('div', { class: 'wc-who' }, agentNameEl, statusEl),
    host && iconButton('wc-close', t('close'), 'down', () => toHost('close-request')));

  // 1. Pre-chat form (WID-02).
  const nameIn = h('input', { id: 'wc-name', type: 'text', maxlength: 200, autocomplete: 'name' });
  const emailIn = h('input', { id: 'wc-email', type: 'email', maxlength: 254, autocomplete: 'email' });
  const phoneIn = h('input', { id: 'wc-phone', type: 'text', maxlength: 50 });
  const firstIn = h('textarea', { id: 'wc-first-message', rows: 3, maxlength: MAX_TEXT });
  const formError = h('p', { id: 'wc-form-error', class: 'wc-error', 'aria-live': 'polite' });
  const startBtn = h('button', { type: 'submit', id: 'wc-start', class: 'wc-primary', text: t('start') });
  const phoneField = field(phoneIn, (cfg.phone && cfg.phone.label) || t('phone'), cfg.phone && cfg.phone.required, true);
  phoneField.hidden = !phoneShown;
  const prechat = h('form', { id: 'wc-prechat', class: 'wc-view', novalidate: true, hidden: true, onsubmit: submitForm },
    h('p', { class: 'wc-intro', text: t('intro') }),
    field(nameIn, t('name'), true, true),
    field(emailIn, t('email'), cfg.emailRequired, true),
    phoneField,
    field(firstIn, t('firstMessage'), false, false),
    formError, startBtn);
  prechat.addEventListener('input', (e) => {
    if (e.target.hasAttribute('aria-invalid')) {
      setError(e.target, ''); // the customer is fixing it
    }
  });

  // 2a. Offline message (WID-04).
  const offlineInfo = h('p', { class: 'wc-server-text' });
  const offlineIn = h('textarea', { id: 'wc-offline-text', rows: 5, maxlength: MAX_TEXT });
  const offlineBtn = h('button', { type: 'submit', id: 'wc-offline-send', class: 'wc-primary', text: t('offlineSend') });
  const offlineForm = h('form', { id: 'wc-offline', novalidate: true, onsubmit: sendOffline },
    offlineInfo, field(offlineIn, t('offlineLabel'), true, true), offlineBtn);
  const offlineSent = h('p', { id: 'wc-offline-sent', class: 'wc-done', tabindex: -1, hidden: true, text: t('offlineSent') });
  const offlineView = h('div', { class: 'wc-view', hidden: true }, offlineForm, offlineSent);

  // 2b. Unavailable (WID-03).
  const unavailableInfo = h('p', { class: 'wc-server-text' });
  const retryBtn = h('button', { type: 'button', id: 'wc-retry', class: 'wc-secondary', text: t('retry'), onclick: showForm });
  const unavailableView = h('div', { id: 'wc-unavailable', class: 'wc-view wc-center', role: 'status', hidden: true },
    h('h2', { text: t('unavailable') }), unavailableInfo, retryBtn);

  // 3-5. The conversation.
  const list = h('ol', { id: 'wc-messages', role: 'log', 'aria-live': 'polite', 'aria-label': t('messages'), tabindex: 0 });
  const typingEl = h('p', { id: 'wc-typing', hidden: true });
  const noticeEl = h('p', { id: 'wc-notice', role: 'status' });
  const endConfirm = h('div', { id: 'wc-end-confirm', class: 'wc-confirm', role: 'group', 'aria-labelledby': 'wc-end-question', hidden: true },
    h('span', { id: 'wc-end-question', text: t('endQuestion') }),
    h('button', { type: 'button', id: 'wc-end-yes', class: 'wc-danger', text: t('endYes'), onclick: endChat }),
    h('button', { type: 'button', id: 'wc-end-no', class: 'wc-secondary', text: t('cancel'), onclick: cancelEnd }));
  endConfirm.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      cancelEnd();
    }
  });
  const textIn = h('textarea', { id: 'wc-text', rows: 1, maxlength: MAX_TEXT, placeholder: t('composer'),
    onkeydown: composerKey, oninput: composerInput });
  const emojiBtn = iconButton('wc-emoji', t('emoji'), 'emoji', () => toggleEmoji(emojiPanel.hidden));
  emojiBtn.setAttribute('aria-haspopup', 'dialog');
  emojiBtn.setAttribute('aria-controls', 'wc-emoji-panel');
  emojiBtn.setAttribute('aria-expanded', 'false');
  const emojiPanel = h('div', { id: 'wc-emoji-panel', role: 'dialog', 'aria-label': t('emojiPanel'), hidden: true,
    onkeydown: emojiKey });
  const upload = cfg.upload || {};
  const attachHelp = t('attachHelp', { size: humanSize(upload.maxBytes), types: (upload.extensions || []).join(' ') });
  const fileIn = h('input', { type: 'file', id: 'wc-file', hidden: true, tabindex: -1, 'aria-label': t('attach'),
    accept: (upload.types || []).concat(upload.extensions || []).join(','), onchange: pickedFile });
  const attachBtn = iconButton('wc-attach', t('attach'), 'attach', () => fileIn.click());
  attachBtn.title = t('attach') + '. ' + attachHelp;
  attachBtn.setAttribute('aria-describedby', 'wc-attach-help');
  const recordBtn = iconButton('wc-record', t('record'), 'mic', startRecording);
  const recTime = h('span', { class: 'wc-rec-time' });
  const recBar = h('div', { id: 'wc-recording', class: 'wc-recording', hidden: true },
    h('span', { class: 'wc-rec-dot', 'aria-hidden': 'true' }), h('span', { text: t('recording') }), recTime,
    iconButton('wc-record-cancel', t('cancelRecord'), 'trash', () => stopRecording(false)),
    iconButton('wc-record-stop', t('stopRecord'), 'stop', () => stopRecording(true)));
  const tools = h('div', { class: 'wc-tools' },
    emojiBtn, attachBtn, fileIn, h('span', { id: 'wc-attach-help', class: 'wc-sr', text: attachHelp }), recordBtn,
    iconButton('wc-end', t('end'), 'end', () => askEnd(true)),
    h('button', { type: 'submit', id: 'wc-send', class: 'wc-icon', 'aria-label': t('send'), title: t('send') }, icon('send')));
  const composer = h('form', { id: 'wc-composer', onsubmit: (e) => { e.preventDefault(); sendComposer(); } },
    emojiPanel, h('label', { for: 'wc-text', class: 'wc-sr', text: t('composer') }), textIn, tools, recBar);

  // Rating (WID-08, ADV-10).
  let rating = 0;
  const stars = [1, 2, 3, 4, 5].map((n) => h('button', { type: 'button', class: 'wc-star', 'data-rating': n,
    'aria-pressed': 'false', 'aria-label': t('stars', { n }), text: '★', onclick: () => setRating(n) }));
  const ratingError = h('p', { id: 'wc-rating-error', class: 'wc-error', 'aria-live': 'polite' });
  const commentIn = h('textarea', { id: 'wc-rating-comment', rows: 2, maxlength: 2000 });
  const rateBtn = h('button', { type: 'submit', id: 'wc-rate', class: 'wc-primary', text: t('rate') });
  const ratingForm = h('form', { id: 'wc-rating', novalidate: true, hidden: true, onsubmit: sendRating },
    h('p', { id: 'wc-rating-question', text: t('rateQuestion') }),
    h('div', { class: 'wc-stars', role: 'group', 'aria-labelledby': 'wc-rating-question' }, ...stars),
    ratingError, field(commentIn, t('comment'), false, false), rateBtn);
  const ratedEl = h('p', { id: 'wc-rated', class: 'wc-done', tabindex: -1, hidden: true, text: t('rated') });
  const newBtn = h('button', { type: 'button', id: 'wc-new', class: 'wc-secondary', text: t('newChat'), onclick: newChat });
  const endedBox = h('div', { id: 'wc-ended', class: 'wc-ended', hidden: true }, ratingForm, ratedEl, newBtn);

  const chatView = h('section', { id: 'wc-chat', class: 'wc-view', hidden: true },
    list, h('div', { 'aria-live': 'polite' }, typingEl), endConfirm, noticeEl, composer, endedBox);

  const views = [prechat, offlineView, unavailableView, chatView];
  let view = null;

  function show(v) {
    for (const each of views) {
      each.hidden = each !== v;
    }
    view = v;
  }

  // ---- Storage: token, last seq, unsent messages; shared by the site's tabs (WID-09) -----------

  let store = {}; // mirror of localStorage[KEY]: {token, lastSeq, outbox: [{clientId, text}], welcome}
  let token = null; // the chat this tab shows (the stored one may change under it in another tab)

  function readStore() {
    try {
      store = JSON.parse(localStorage.getItem(KEY)) || {};
    } catch (e) {
      // storage blocked (e.g. third-party iframe in private mode): the in-memory copy serves this tab
    }
    return store;
  }

  function writeStore(patch) {
    readStore(); // another tab may have written since
    Object.assign(store, patch);
    try {
      localStorage.setItem(KEY, JSON.stringify(store));
    } catch (e) {
      // see readStore
    }
  }

  function forget() {
    store = {};
    try {
      localStorage.removeItem(KEY);
    } catch (e) {
      // see readStore
    }
  }

  const outbox = () => readStore().outbox || [];

  function unqueue(clientId) {
    const left = outbox().filter((m) => m.clientId !== clientId);
    if (left.length !== outbox().length) {
      writeStore({ outbox: left });
    }
  }

  function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(12)); // 12 bytes = 16 base64url characters
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
  }

  // ---- Messages ----------------------------------------------------------------------------------

  const shown = new Map(); // seq -> li: each seq is rendered once
  const pending = new Map(); // clientId -> li of a message the server has not confirmed yet
  let seenSeq = 0; // messages up to here were seen before (history replays do not notify)

  function linkify(text) {
    return WebchatShared.linkify(text);
  }

  function buildMessage(f, state) {
    const from = ['customer', 'agent', 'system'].includes(f.from) ? f.from : 'system';
    const li = h('li', { class: 'wc-msg wc-from-' + from, 'data-seq': f.seq, 'data-client-id': f.clientId });
    if (from === 'customer') {
      li.append(h('span', { class: 'wc-sr', text: t('you') + ': ' }));
    } else if (from === 'agent') {
      const name = cfg.showAgentName && f.name;
      li.append(h('span', { class: name ? 'wc-name' : 'wc-sr', text: (name || t('agent')) + (name ? '' : ': ') }));
    }
    if (f.text) {
      li.append(h('div', { class: 'wc-text' }, ...linkify(String(f.text))));
    }
    if (f.attachment) {
      li.append(attachment(f.attachment));
    }
    const meta = h('div', { class: 'wc-meta' });
    const at = f.at && new Date(f.at);
    if (at && !isNaN(at)) {
      meta.append(h('time', { datetime: f.at, text: at.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }) }));
    }
    if (from === 'customer') {
      meta.append(h('span', { class: 'wc-tick', role: 'img' }));
      li.append(meta);
      setTick(li, state);
    } else if (meta.firstChild) {
      li.append(meta);
    }
    return li;
  }

  // Attachment urls are the server's own; anything else is shown as a plain name.
  function attachment(a) {
    const name = String(a.name || '');
    let url = '';
    try {
      const u = typeof a.url === 'string' && new URL(a.url, location.href);
      url = u && u.origin === location.origin ? u.href : '';
    } catch (e) {
      // not a url: no link
    }
    if (!url) {
      return h('span', { class: 'wc-file', text: name });
    }
    if (a.kind === 'audio') {
      return h('audio', { class: 'wc-audio', controls: true, preload: 'none', src: url, 'aria-label': t('audio') });
    }
    if (/^image\//.test(a.type)) {
      return h('a', { class: 'wc-thumb', href: url, target: '_blank', rel: 'noopener noreferrer' },
        h('img', { src: url, alt: name, loading: 'lazy' }));
    }
    return h('a', { class: 'wc-file', href: url, download: name, rel: 'noopener noreferrer' },
      name, h('span', { class: 'wc-size', text: ' (' + humanSize(a.size) + ')' }));
  }

  function humanSize(bytes) {
    return WebchatShared.humanSize(bytes, lang);
  }

  function setTick(li, state) {
    li.dataset.state = state;
    const tick = li.querySelector('.wc-tick');
    tick.textContent = { sending: '✓', stored: '✓✓', failed: '!' }[state];
    tick.setAttribute('aria-label', t(state));
  }

  // Keeps the list in seq order; pending messages (no seq yet) stay at the bottom.
  function place(li) {
    const seq = Number(li.dataset.seq);
    let before = null;
    for (const el of list.children) {
      if (el !== li && (el.dataset.seq ? Number(el.dataset.seq) > seq : !el.classList.contains('wc-welcome'))) {
        before = el;
        break;
      }
    }
    list.insertBefore(li, before);
  }

  const nearBottom = () => list.scrollHeight - list.scrollTop - list.clientHeight < 60;
  const scrollDown = () => { list.scrollTop = list.scrollHeight; };

  function addPending(clientId, text) {
    const li = buildMessage({ from: 'customer', clientId, text, at: new Date().toISOString() }, 'sending');
    pending.set(clientId, li);
    list.append(li);
    scrollDown();
    return li;
  }

  function settle(li, seq) {
    pending.delete(li.dataset.clientId);
    if (shown.has(seq)) {
      li.remove();
      return;
    }
    li.dataset.seq = seq;
    setTick(li, 'stored');
    shown.set(seq, li);
    place(li);
  }

  function noteSeq(seq) {
    if (seq > (store.lastSeq || 0)) {
      writeStore({ lastSeq: seq });
    }
  }

  function renderWelcome() {
    let li = list.querySelector('.wc-welcome');
    if (!store.welcome) {
      if (li) {
        li.remove();
      }
    } else if (!li) {
      li = buildMessage({ from: 'system', text: store.welcome });
      li.classList.add('wc-welcome');
      list.prepend(li);
    }
  }

  let noticeTimer = 0;

  function notice(text) {
    noticeEl.textContent = text;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => { noticeEl.textContent = ''; }, 8000);
  }

  // ---- Chat state and header ---------------------------------------------------------------------

  let chatState = null; // QUEUED | OFFERED | ASSIGNED | ENDED
  let position = 0;
  let agentName = '';
  let agentPicture = '';
  let pictureSrc;
  let canRate = false;
  let hasRated = false;
  let unread = 0;
  let isOpen = !host; // a direct page is always open

  function renderHeader() {
    const assigned = chatState === 'ASSIGNED' || (chatState === 'ENDED' && agentName);
    const name = assigned ? agentName || t('chat') : cfg.campaignName || t('chat');
    agentNameEl.textContent = name;
    picture.alt = name;
    const src = (assigned && agentPicture) || cfg.image || '';
    if (src !== pictureSrc) {
      pictureSrc = src;
      picture.hidden = !src;
      avatar.hidden = !!src;
      if (src) {
        picture.src = src;
      }
    }
  }

  function renderStatus() {
    let s = '';
    if (wanted && !answered) {
      s = offline || attempt > 0 ? t('reconnecting') : t('connecting');
    } else if (chatState === 'QUEUED' || chatState === 'OFFERED') {
      s = position ? t('queue', { n: position }) : t('waiting');
    } else if (chatState === 'ASSIGNED') {
      s = t('connected');
    } else if (chatState === 'ENDED') {
      s = t('ended');
    }
    if (statusEl.textContent !== s) {
      statusEl.textContent = s; // only real changes, so that screen readers are not spammed
    }
  }

  function applyState(state) {
    chatState = state;
    const ended = state === 'ENDED';
    const hadFocus = composer.contains(document.activeElement);
    composer.hidden = ended;
    endedBox.hidden = !ended;
    ratingForm.hidden = !(ended && canRate);
    if (ended && hadFocus) {
      (canRate ? stars[0] : newBtn).focus(); // focus must not stay on a control that is now hidden
    }
    if (ended) {
      askEnd(false);
      toggleEmoji(false);
      stopRecording(false);
      typingEl.hidden = true;
      endPending = false;
      // Nothing more can be stored in an ended chat: what is still unsent stays marked as not sent.
      writeStore({ outbox: [] });
      for (const li of pending.values()) {
        setTick(li, 'failed');
      }
      if (!canRate) {
        closeSoon();
      }
    }
    renderHeader();
    renderStatus();
    toHost('state', { state });
  }

  // ---- Socket (WID-09) ---------------------------------------------------------------------------

  let ws = null;
  let wanted = false; // whether a socket should be kept open (and reopened when it drops)
  let answered = false; // the server answered this socket's hello
  let attempt = 0;
  let reconnectTimer = 0;
  let offline = navigator.onLine === false;
  let lastFrameAt = 0;
  let lastPingAt = 0;
  let arrival = null; // the form's data for a new chat
  let firstMessage = '';
  let starting = false;
  let endPending = false;
  let ratingPending = null;
  let offlinePending = null;
  let pageUrl = location.href; // the host page's address once the loader reports it
  let reportedUrl = null; // the address the server last heard of
  const sentHere = new Set(); // outbox entries already sent on the current socket
  let budget = 20;
  let budgetAt = 0;
  let flushTimer = 0;
  let quietTimer = 0;
  let typingTimer = 0;

  function connect() {
    clearTimeout(reconnectTimer);
    if (!ws && wanted && !offline) {
      const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + cfg.socket);
      ws = socket;
      lastFrameAt = lastPingAt = Date.now();
      socket.onopen = hello;
      socket.onmessage = (e) => {
        lastFrameAt = Date.now();
        let frame;
        try {
          frame = JSON.parse(e.data);
        } catch (err) {
          return;
        }
        const handle = frame && Object.prototype.hasOwnProperty.call(handlers, frame.type) && handlers[frame.type];
        if (handle) {
          handle(frame);
        }
      };
      socket.onclose = () => {
        if (ws === socket) {
          closed();
        }
      };
    }
    renderStatus();
  }

  function closed() {
    ws = null;
    answered = false;
    sentHere.clear();
    if (wanted && !offline) {
      // 0.5 s doubling to 10 s, with jitter so that many widgets do not come back at once
      const delay = Math.min(10000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      attempt++;
      reconnectTimer = setTimeout(connect, delay);
    }
    renderStatus();
  }

  // Closes at once, without waiting for a dead network's closing handshake.
  function drop() {
    if (ws) {
      const socket = ws;
      socket.onclose = socket.onmessage = socket.onopen = null;
      socket.close();
      closed();
    }
  }

  function stopSocket() {
    wanted = false;
    clearTimeout(reconnectTimer);
    drop();
    renderStatus();
  }

  // An ended chat with nothing left to rate needs no socket; a short grace lets the last frames
  // (history replay, the Comments message) arrive first.
  function closeSoon() {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(stopSocket, 15000);
  }

  function send(frame) {
    if (ws && ws.readyState === WebSocket.OPEN) {
      ws.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  // Frames that only mean something inside an open chat.
  function sendInChat(frame) {
    return answered && !!token && send(frame);
  }

  function hello() {
    lastFrameAt = Date.now();
    const f = { type: 'hello', v: 1, campaign: cfg.campaign, lastSeq: 0, language: lang };
    if (token) {
      f.token = token;
    }
    if (arrival) {
      f.name = arrival.name;
      if (arrival.email) {
        f.email = arrival.email;
      }
      if (arrival.phone) {
        // The campaign's configurable field (ADV-14) travels as "extra": it may be a phone or an ID document.
        f.extra = arrival.phone;
      }
    }
    if (/^https?:\/\//i.test(pageUrl)) {
      f.pageUrl = pageUrl.slice(0, 2000);
      reportedUrl = pageUrl;
    }
    if (cfg.hostOrigin) {
      f.host = cfg.hostOrigin;
    }
    send(f);
  }

  // Sends the outbox in order, at most ~4 frames a second past a burst: the server closes flooding sockets.
  function flushOutbox() {
    if (!answered || !token || chatState === 'ENDED') {
      return;
    }
    const now = Date.now();
    budget = Math.min(20, budget + (now - budgetAt) / 250);
    budgetAt = now;
    for (const m of outbox()) {
      if (sentHere.has(m.clientId)) {
        continue;
      }
      if (budget < 1) {
        clearTimeout(flushTimer);
        flushTimer = setTimeout(flushOutbox, 300);
        return;
      }
      budget--;
      sentHere.add(m.clientId);
      send({ type: 'message', clientId: m.clientId, text: m.text });
    }
  }

  // Everything not yet confirmed, again: the server stores a clientId once, so nothing doubles.
  function resendPending() {
    sentHere.clear();
    flushOutbox();
    if (offlinePending) {
      send(Object.assign({ type: 'message' }, offlinePending));
    }
    if (endPending) {
      sendInChat({ type: 'end' });
    }
    if (ratingPending) {
      sendInChat(Object.assign({ type: 'feedback' }, ratingPending));
    }
  }

  setInterval(() => {
    const now = Date.now();
    if (!ws) {
      return;
    }
    if (now - lastFrameAt > 60000) {
      drop(); // silent for a minute: the connection is dead even if the browser has not noticed
    } else if (ws.readyState === WebSocket.OPEN && now - lastPingAt >= 25000) {
      lastPingAt = now;
      send({ type: 'ping' });
    }
  }, 5000);

  // ---- Server frames -----------------------------------------------------------------------------

  const handlers = {
    welcome(f) {
      answered = true;
      attempt = 0;
      if (f.state === 'OFFLINE') {
        return; // the offline message's own interaction; its ack confirms it
      }
      if (f.token !== token) {
        if (token) {
          clearChat(); // the server could not resume the old chat and opened a new one
        }
        token = f.token;
        writeStore({ token, lastSeq: 0, welcome: f.text || '' });
      }
      starting = false;
      startBtn.disabled = false;
      position = f.position || 0;
      if (f.state === 'ASSIGNED') {
        agentName = f.agentName || '';
        agentPicture = f.agentPicture || '';
      }
      canRate = !!f.feedback;
      hasRated = f.state === 'ENDED' && !f.feedback;
      if (view !== chatView) {
        show(chatView);
      }
      renderWelcome();
      applyState(f.state);
      if (firstMessage) {
        queueText(firstMessage);
        firstMessage = firstIn.value = '';
      }
      resendPending();
      if (pageUrl !== reportedUrl) {
        reportPage(); // the loader's report came after the hello had gone
      }
    },

    refused(f) {
      answered = true;
      starting = false;
      startBtn.disabled = false;
      if (token) {
        forget(); // the stored chat no longer exists
        clearChat();
      }
      if (f.reason === 'out-of-hours' && f.offlineMessage) {
        offlineInfo.textContent = f.text || t('out-of-hours');
        if (view !== offlineView) {
          offlineIn.value = offlineIn.value || firstMessage;
          show(offlineView);
          toHost('state', { state: 'offline' });
        }
        if (offlinePending) {
          send(Object.assign({ type: 'message' }, offlinePending)); // typed before the socket dropped
        }
        return;
      }
      stopSocket();
      if (f.reason === 'email-required' || f.reason === 'phone-field-required') {
        showForm();
        const input = f.reason === 'email-required' ? emailIn : phoneIn;
        setError(input, f.reason === 'email-required' ? t('emailRequired') : t('fieldRequired'));
        input.focus();
      } else {
        showUnavailable(f.text, f.reason);
      }
    },

    message(f) {
      const seq = Number(f.seq);
      if (!(seq > 0) || shown.has(seq)) {
        return; // each seq once: history replays and multi-tab echoes are dropped here
      }
      const stick = nearBottom();
      const li = buildMessage(f, 'stored');
      const mine = f.clientId && pending.get(f.clientId);
      if (mine) {
        pending.delete(f.clientId);
        mine.remove();
      }
      if (f.clientId) {
        unqueue(f.clientId);
      }
      shown.set(seq, li);
      place(li);
      if (stick || mine) {
        scrollDown();
      }
      noteSeq(seq);
      if (seq > seenSeq) {
        seenSeq = seq;
        if (f.from === 'agent') {
          typingEl.hidden = true;
        }
        if (f.from !== 'customer') {
          toHost('message', { from: f.from, text: f.text || (f.attachment && f.attachment.name) || '' });
        }
        if (f.from === 'agent' && !isOpen) {
          unread++;
          toHost('unread', { count: unread });
        }
      }
    },

    ack(f) {
      if (offlinePending && f.clientId === offlinePending.clientId) {
        offlinePending = null;
        stopSocket();
        offlineForm.hidden = true;
        offlineSent.hidden = false;
        offlineSent.focus();
        toHost('state', { state: 'offline-sent' });
        return;
      }
      unqueue(f.clientId);
      const li = pending.get(f.clientId);
      if (li) {
        settle(li, Number(f.seq));
      }
      noteSeq(Number(f.seq));
    },

    state(f) {
      if (f.state === 'ASSIGNED') {
        agentName = f.agentName || '';
        agentPicture = f.agentPicture || '';
      }
      if (f.state === 'ENDED' && chatState !== 'ENDED') {
        canRate = !!cfg.feedback && !hasRated;
      }
      applyState(f.state);
    },

    queue(f) {
      position = Number(f.position) || 0;
      renderStatus();
    },

    typing(f) {
      clearTimeout(typingTimer);
      typingEl.hidden = !f.typing;
      if (f.typing) {
        typingEl.textContent = t('typing', { name: agentName || t('agent') });
        typingTimer = setTimeout(() => { typingEl.hidden = true; }, 6000);
      }
    },

    rated() {
      hasRated = true;
      canRate = false;
      ratingPending = null;
      ratingForm.hidden = true;
      ratedEl.hidden = false;
      ratedEl.focus();
      closeSoon();
    },

    error(f) {
      if (f.code === 'retry') {
        if (answered) {
          setTimeout(resendPending, 1000);
        } else {
          drop(); // the hello itself failed: reconnect with backoff
        }
      } else if (!answered) {
        // The hello was refused as malformed: a new chat goes back to the form, a resumed one starts over.
        stopSocket();
        if (!starting) {
          forget();
          clearChat();
        }
        showForm();
        if (f.code === 'bad-email') {
          setError(emailIn, t('emailInvalid'));
        } else {
          formError.textContent = t('startFailed');
        }
      } else {
        if (f.code === 'no-feedback') {
          ratingPending = null;
          ratingForm.hidden = true;
        }
        notice(f.message || '');
      }
    },
  };

  // ---- Views -------------------------------------------------------------------------------------

  function showForm() {
    starting = false;
    startBtn.disabled = false;
    show(prechat);
    renderHeader();
    renderStatus();
    toHost('state', { state: 'form' });
  }

  function showUnavailable(text, reason) {
    unavailableInfo.textContent = text || t(reason) || t('campaign-disabled');
    retryBtn.hidden = !(reason === 'queue-full' || reason === 'out-of-hours');
    show(unavailableView);
    toHost('state', { state: 'unavailable' });
  }

  function validate() {
    let first = null;
    const check = (input, message) => {
      setError(input, message);
      first = first || (message && input);
    };
    const email = emailIn.value.trim();
    check(nameIn, nameIn.value.trim() ? '' : t('nameRequired'));
    check(emailIn, email ? (EMAIL.test(email) ? '' : t('emailInvalid')) : cfg.emailRequired ? t('emailRequired') : '');
    if (phoneShown) {
      check(phoneIn, phoneIn.value.trim() || !cfg.phone.required ? '' : t('fieldRequired'));
    }
    if (first) {
      first.focus();
    }
    return !first;
  }

  function submitForm(e) {
    if (e) {
      e.preventDefault();
    }
    formError.textContent = '';
    if (starting || !validate()) {
      return;
    }
    arrival = { name: nameIn.value.trim(), email: emailIn.value.trim(), phone: phoneShown ? phoneIn.value.trim() : '' };
    firstMessage = firstIn.value.trim(); // sent once the chat is open; kept in the form if refused
    starting = true;
    startBtn.disabled = true;
    wanted = true;
    attempt = 0;
    connect();
  }

  // A stored chat: show it at once (history comes with the welcome) and connect.
  function resume() {
    token = store.token;
    seenSeq = store.lastSeq || 0;
    show(chatView);
    renderWelcome();
    for (const m of store.outbox || []) {
      addPending(m.clientId, m.text);
    }
    wanted = true;
    renderHeader();
    connect();
  }

  // Empties the conversation on screen (the stored copy is the caller's business).
  function clearChat() {
    token = null;
    clearTimeout(quietTimer);
    list.textContent = '';
    shown.clear();
    pending.clear();
    seenSeq = 0;
    chatState = null;
    position = 0;
    agentName = agentPicture = '';
    canRate = hasRated = false;
    endPending = false;
    ratingPending = null;
    setRating(0);
    commentIn.value = '';
    rateBtn.disabled = false;
    ratedEl.hidden = true;
    composer.hidden = false;
    endedBox.hidden = true;
    typingEl.hidden = true;
    stopRecording(false);
    unread = 0;
    toHost('unread', { count: 0 });
  }

  function newChat() {
    stopSocket();
    forget();
    clearChat();
    showForm();
    nameIn.focus();
  }

  function sendOffline(e) {
    e.preventDefault();
    const text = offlineIn.value.trim();
    setError(offlineIn, text ? '' : t('messageRequired'));
    if (!text) {
      offlineIn.focus();
      return;
    }
    offlinePending = { clientId: newId(), text };
    offlineBtn.disabled = true;
    send(Object.assign({ type: 'message' }, offlinePending)); // else sent after the next refused frame
  }

  function setRating(n) {
    rating = n;
    stars.forEach((b, i) => {
      b.setAttribute('aria-pressed', String(i + 1 === n));
      b.classList.toggle('wc-on', i < n);
    });
    ratingError.textContent = '';
  }

  function sendRating(e) {
    e.preventDefault();
    if (!rating) {
      ratingError.textContent = t('chooseRating');
      stars[0].focus();
      return;
    }
    const comment = commentIn.value.trim();
    ratingPending = comment ? { rating, comment } : { rating };
    rateBtn.disabled = true;
    sendInChat(Object.assign({ type: 'feedback' }, ratingPending));
  }

  // ---- Composer ----------------------------------------------------------------------------------

  let typingOn = false;
  let typingSentAt = 0;
  let idleTimer = 0;

  function queueText(text) {
    const m = { clientId: newId(), text };
    writeStore({ outbox: outbox().concat(m) });
    addPending(m.clientId, text);
    flushOutbox();
  }

  function sendComposer() {
    const text = textIn.value.trim();
    if (!text) {
      return;
    }
    textIn.value = '';
    autosize();
    stopTyping();
    queueText(text);
  }

  function composerKey(e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault(); // Enter sends, Shift+Enter is a new line
      sendComposer();
    }
  }

  function autosize() {
    textIn.style.height = 'auto';
    textIn.style.height = Math.min(textIn.scrollHeight, 120) + 'px';
  }

  // typing true at most every 3 s while typing; false after 4 s idle or on send.
  function composerInput() {
    autosize();
    const now = Date.now();
    if (now - typingSentAt >= 3000 && sendInChat({ type: 'typing', typing: true })) {
      typingSentAt = now;
      typingOn = true;
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(stopTyping, 4000);
  }

  function stopTyping() {
    clearTimeout(idleTimer);
    if (typingOn) {
      typingOn = false;
      typingSentAt = 0;
      sendInChat({ type: 'typing', typing: false });
    }
  }

  // Emoji panel: arrow keys move in its 8-column grid, Escape closes it.
  let emojiUsed = false;

  function toggleEmoji(open) {
    if (open && !emojiPanel.firstChild) {
      emojiPanel.append(...EMOJI.map((e, i) => h('button', { type: 'button', class: 'wc-emoji',
        'aria-label': EMOJI_NAMES[i], title: EMOJI_NAMES[i], text: e, onclick: () => insertEmoji(e) })));
    }
    emojiPanel.hidden = !open;
    emojiBtn.setAttribute('aria-expanded', String(open));
    if (open) {
      emojiUsed = false;
      emojiPanel.firstChild.focus();
    }
  }

  function insertEmoji(e) {
    textIn.setRangeText(e, textIn.selectionStart, textIn.selectionEnd, 'end'); // at the caret
    emojiUsed = true;
    composerInput();
  }

  function emojiKey(e) {
    if (e.key === 'Escape') {
      e.preventDefault();
      toggleEmoji(false);
      (emojiUsed ? textIn : emojiBtn).focus();
      return;
    }
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -8, ArrowDown: 8 }[e.key];
    const buttons = [...emojiPanel.children];
    const next = step && buttons[buttons.indexOf(document.activeElement) + step];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  }

  document.addEventListener('click', (e) => {
    if (!emojiPanel.hidden && !emojiPanel.contains(e.target) && !emojiBtn.contains(e.target)) {
      toggleEmoji(false);
    }
  });

  // ---- Attachments and audio messages (WID-06) ----------------------------------------------------

  const retrying = new Map(); // clientId -> upload waiting to be retried after a network failure

  function pickedFile() {
    const file = fileIn.files[0];
    fileIn.value = '';
    if (file) {
      sendFile(file, 'file', file.name);
    }
  }

  function allowedType(file) {
    const ext = (/\.[^.]+$/.exec(file.name) || [''])[0].toLowerCase();
    return (upload.types || []).includes(file.type) || (upload.extensions || []).includes(ext);
  }

  // Checked here first, so that the customer learns the limits before waiting for an upload.
  function sendFile(blob, kind, name) {
    if (!token) {
      notice(t('noChat'));
    } else if (upload.maxBytes && blob.size > upload.maxBytes) {
      notice(t('tooBig', { size: humanSize(upload.maxBytes) }));
    } else if (kind === 'file' && !allowedType(blob)) {
      notice(t('badType'));
    } else {
      const u = { id: newId(), blob, kind, name, tries: 0 };
      u.li = addPending(u.id, name);
      u.bar = h('progress', { class: 'wc-progress', max: 1, value: 0, 'aria-label': t('sending') });
      u.li.querySelector('.wc-text').after(u.bar);
      tryUpload(u);
    }
  }

  // One try; the same client id on every retry, so the server stores the file once.
  function tryUpload(u) {
    if (pending.get(u.id) !== u.li) {
      return; // delivered over the socket meanwhile, or the chat was cleared
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', upload.url);
    xhr.setRequestHeader('X-Webchat-Token', token);
    xhr.setRequestHeader('X-Webchat-Client-Id', u.id);
    xhr.setRequestHeader('X-Webchat-File-Name', encodeURIComponent(u.name));
    xhr.setRequestHeader('X-Webchat-Kind', u.kind);
    xhr.setRequestHeader('Content-Type', u.blob.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        u.bar.value = e.loaded / e.total;
      }
    };
    xhr.onload = () => {
      if (pending.get(u.id) !== u.li) {
        return;
      }
      let body = {};
      try {
        body = JSON.parse(xhr.responseText) || {};
      } catch (e) {
        // not JSON: judged by the status alone
      }
      if (xhr.status === 200 && body.seq) {
        handlers.message({ seq: body.seq, clientId: body.clientId || u.id, from: 'customer',
          attachment: body.attachment, at: new Date().toISOString() });
      } else if (xhr.status >= 400 && xhr.status < 500) {
        pending.delete(u.id);
        u.li.remove();
        const size = humanSize(upload.maxBytes);
        notice({ 'too-big': t('tooBig', { size }), 'bad-type': t('badType'), 'no-chat': t('noChat') }[body.code]
          || t('uploadFailed'));
      } else {
        retry(u);
      }
    };
    xhr.onerror = () => retry(u);
    xhr.send(u.blob);
  }

  function retry(u) {
    if (pending.get(u.id) !== u.li) {
      return;
    }
    if (++u.tries > 5) {
      pending.delete(u.id);
      u.li.remove();
      notice(t('uploadFailed'));
      return;
    }
    u.bar.value = 0;
    u.timer = setTimeout(() => {
      retrying.delete(u.id);
      tryUpload(u);
    }, Math.min(30000, 1000 * 2 ** u.tries));
    retrying.set(u.id, u);
  }

  let rec = null; // the recording in progress (shared.js)

  function startRecording() {
    if (rec) {
      return;
    }
    const max = (cfg.audio && cfg.audio.maxSeconds) || 120;
    rec = WebchatShared.record({
      maxSeconds: max,
      started: () => showRecording(true),
      tick: (text) => { recTime.textContent = text; },
      full: () => stopRecording(true),
      done: (blob, name) => sendFile(blob, 'audio', name),
      fail: (why) => {
        rec = null;
        notice(t(why === 'microphone' ? 'micDenied' : 'noAudio'));
      },
    });
    if (!rec) {
      notice(t('noAudio'));
    }
  }

  function stopRecording(keep) {
    const current = rec;
    rec = null;
    if (current) {
      current.stop(keep);
      showRecording(false);
    }
  }

  function showRecording(on) {
    const hadFocus = composer.contains(document.activeElement);
    textIn.hidden = on;
    tools.hidden = on;
    recBar.hidden = !on;
    if (hadFocus || on) {
      (on ? document.getElementById('wc-record-stop') : recordBtn).focus();
    }
  }

  function askEnd(ask) {
    endConfirm.hidden = !ask;
    if (ask) {
      document.getElementById('wc-end-no').focus();
    }
  }

  function cancelEnd() {
    askEnd(false);
    document.getElementById('wc-end').focus();
  }

  function endChat() {
    askEnd(false);
    endPending = true; // until the ENDED state arrives; resent after a reconnect
    sendInChat({ type: 'end' });
    textIn.focus();
  }

  // ---- Host page (loader) ------------------------------------------------------------------------

  let hostState = null;

  function toHost(type, data) {
    if (type === 'state') {
      if (data.state === hostState) {
        return; // a reconnect's welcome repeats the state: the host hears of changes only
      }
      hostState = data.state;
    }
    if (host) {
      window.parent.postMessage(Object.assign({ webchat: 1, type }, data), host);
    }
  }

  function focusView() {
    const target = view === chatView ? (composer.hidden ? newBtn : textIn) : view && view.querySelector('input, textarea, button');
    if (target) {
      target.focus();
    }
  }

  function reportPage() {
    if (pageUrl !== reportedUrl && chatState !== 'ENDED' && sendInChat({ type: 'page', url: pageUrl.slice(0, 2000) })) {
      reportedUrl = pageUrl;
    }
  }

  function fromHost(e) {
    if (!host || e.origin !== host || e.source !== window.parent || !e.data || e.data.webchat !== 1) {
      return;
    }
    const m = e.data;
    switch (m.type) {
      case 'open':
        isOpen = true;
        unread = 0;
        toHost('unread', { count: 0 });
        if (m.focus) {
          focusView();
        }
        break;
      case 'close':
        isOpen = false;
        break;
      case 'start':
        toHost('open-request'); // the customer should see the chat start, or the form's errors
        if (view === prechat && m.data) {
          [['name', nameIn], ['email', emailIn], ['phone', phoneIn], ['message', firstIn]].forEach(([k, input]) => {
            if (typeof m.data[k] === 'string') {
              input.value = m.data[k];
            }
          });
          submitForm();
        }
        break;
      case 'end':
        if (chatState && chatState !== 'ENDED') {
          endChat();
        }
        break;
      case 'page':
        if (typeof m.url === 'string' && /^https?:\/\//i.test(m.url)) {
          pageUrl = m.url;
          reportPage();
        }
        break;
    }
  }

  // ---- Start ---------------------------------------------------------------------------------------

  function init() {
    const root = document.documentElement;
    root.lang = lang;
    document.title = cfg.campaignName || t('chat');
    let color = String(cfg.color || '');
    if (/^#[0-9a-f]{3}$/i.test(color)) {
      color = '#' + color[1] + color[1] + color[2] + color[2] + color[3] + color[3];
    }
    if (/^#[0-9a-f]{6}$/i.test(color)) {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(color.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      root.style.setProperty('--wc-color', color);
      // WCAG: black or white text, whichever contrasts more with the campaign colour
      root.style.setProperty('--wc-on-color', (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) ? '#000' : '#fff');
    }

    const prefill = cfg.prefill || {};
    nameIn.value = prefill.name || '';
    emailIn.value = prefill.email || '';
    phoneIn.value = prefill.phone || '';
    firstIn.value = prefill.message || '';

    document.getElementById('webchat').append(header, ...views);
    renderHeader();

    window.addEventListener('message', fromHost);
    window.addEventListener('offline', () => {
      offline = true;
      document.body.classList.add('wc-offline');
      drop(); // at once: the customer sees "Reconnecting…" and new messages wait in the outbox
    });
    window.addEventListener('online', () => {
      offline = false;
      document.body.classList.remove('wc-offline');
      attempt = 0;
      connect();
      for (const u of retrying.values()) {
        clearTimeout(u.timer); // the network is back: no need to wait for the backoff
        retrying.delete(u.id);
        tryUpload(u);
      }
    });
    // Another tab of the site started, replaced or cleared the chat: follow it.
    window.addEventListener('storage', (e) => {
      if (e.key !== KEY && e.key !== null) {
        return;
      }
      if ((readStore().token || null) !== token && cfg.enabled) {
        stopSocket();
        clearChat();
        if (store.token) {
          resume();
        } else {
          showForm();
        }
      }
    });
    document.body.classList.toggle('wc-offline', offline);

    if (!cfg.enabled) {
      showUnavailable(null, 'campaign-disabled');
    } else if (readStore().token) {
      resume();
    } else {
      showForm();
    }
    toHost('ready');
  }

  init();
})();
