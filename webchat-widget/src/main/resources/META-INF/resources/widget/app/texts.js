/*
 * The widget's texts in es, en and pt, and t(key, vars) to read them in the page's language.
 */
import { lang } from './config.js';

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
    'campaign-disabled': 'This chat is not available right now.', nextOpening: 'We open again on {when}.',
    'domain-not-allowed': 'This chat cannot be used on this website.',
    'unknown-campaign': 'This chat does not exist.',
    emoji: 'Insert emoji', emojiPanel: 'Emoji', attach: 'Attach a file', attachHelp: 'Up to {size}. Allowed: {types}',
    record: 'Record an audio message', recording: 'Recording', stopRecord: 'Stop and send',
    cancelRecord: 'Discard the recording', noAudio: 'Audio recording is not available in this browser.',
    micDenied: 'The microphone could not be used.', tooBig: 'The file is larger than {size}.',
    badType: 'This kind of file cannot be sent.', noChat: 'There is no open chat to send the file to.',
    uploadFailed: 'The file could not be sent. Please try again.', audio: 'Audio message',
      notSentEnded: 'Not sent: this chat has ended.', notSentTooLong: 'Not sent: the message is too long.',
      notSentRefused: 'Not sent: the message was refused.', callAudio: 'Audio call', callVideo: 'Video call',
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
    'campaign-disabled': 'Este chat no está disponible en este momento.', nextOpening: 'Volvemos a abrir el {when}.',
    'domain-not-allowed': 'Este chat no se puede usar en este sitio web.',
    'unknown-campaign': 'Este chat no existe.',
    emoji: 'Insertar emoji', emojiPanel: 'Emojis', attach: 'Adjuntar un archivo',
    attachHelp: 'Hasta {size}. Permitidos: {types}', record: 'Grabar un mensaje de audio', recording: 'Grabando',
    stopRecord: 'Detener y enviar', cancelRecord: 'Descartar la grabación',
    noAudio: 'La grabación de audio no está disponible en este navegador.', micDenied: 'No se pudo usar el micrófono.',
    tooBig: 'El archivo supera {size}.', badType: 'Este tipo de archivo no se puede enviar.',
    noChat: 'No hay un chat abierto al que enviar el archivo.',
    uploadFailed: 'No se pudo enviar el archivo. Inténtalo de nuevo.', audio: 'Mensaje de audio',
      notSentEnded: 'No enviado: este chat ha finalizado.', notSentTooLong: 'No enviado: el mensaje es demasiado largo.',
      notSentRefused: 'No enviado: el mensaje fue rechazado.', callAudio: 'Llamada de voz', callVideo: 'Videollamada',
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
    'campaign-disabled': 'Este chat não está disponível no momento.', nextOpening: 'Voltamos a abrir: {when}.',
    'domain-not-allowed': 'Este chat não pode ser usado neste site.',
    'unknown-campaign': 'Este chat não existe.',
    emoji: 'Inserir emoji', emojiPanel: 'Emojis', attach: 'Anexar um arquivo',
    attachHelp: 'Até {size}. Permitidos: {types}', record: 'Gravar uma mensagem de áudio', recording: 'Gravando',
    stopRecord: 'Parar e enviar', cancelRecord: 'Descartar a gravação',
    noAudio: 'A gravação de áudio não está disponível neste navegador.',
    micDenied: 'Não foi possível usar o microfone.', tooBig: 'O arquivo é maior que {size}.',
    badType: 'Este tipo de arquivo não pode ser enviado.', noChat: 'Não há uma conversa aberta para enviar o arquivo.',
    uploadFailed: 'Não foi possível enviar o arquivo. Tente novamente.', audio: 'Mensagem de áudio',
      notSentEnded: 'Não enviada: esta conversa foi encerrada.', notSentTooLong: 'Não enviada: a mensagem é longa demais.',
      notSentRefused: 'Não enviada: a mensagem foi recusada.', callAudio: 'Chamada de voz', callVideo: 'Chamada de vídeo',
  },
};

/** More texts, from a module loaded later (the call's, app/call-texts.js). */
export function addTexts(more) {
  for (const l of Object.keys(TEXTS)) {
    Object.assign(TEXTS[l], more[l]);
  }
}

export function t(key, vars) {
  const s = TEXTS[lang][key] || '';
  return vars ? s.replace(/\{(\w+)\}/g, (_, k) => vars[k]) : s;
}
