/*
 * The texts of a call (WID-07, AV-01..03) in es, en and pt, added to texts.js's with the call's code, so that a
 * page that never calls does not load them. The header buttons' two labels stay in texts.js.
 */
import { addTexts } from './texts.js';

addTexts({
  en: {
    call: 'Call', calling: 'Calling…', callConnecting: 'Connecting the call…',
    callIncomingAudio: '{name} is calling you (audio call)', callIncomingVideo: '{name} is calling you (video call)',
    callAccept: 'Accept', callDecline: 'Decline', callHangUp: 'Hang up', callMute: 'Mute the microphone',
    callCameraOff: 'Turn the camera off', callRemote: 'The agent’s video', callLocal: 'Your camera',
    callElsewhere: 'The call is on in another window.',
    callDenied: 'To call, allow this page to use your microphone (and camera for a video call) in the browser, then try again.',
    callNoMic: 'No microphone was found.', callNoCamera: 'No camera was found. You can make an audio call.',
    callUnsupported: 'This browser cannot make calls.', callLost: 'The call could not go on: the connection was lost.',
    callFailed: 'The connection could not be established; a TURN server may be needed.',
    callDeclined: 'The agent declined the call.', callNoAnswer: 'The agent did not answer.',
    callMissed: 'You missed a call.', callHungUp: 'The agent hung up.', callEnded: 'The call has ended.',
    callsOff: 'Calls are not available in this chat.', callNoAgent: 'There is no agent to call yet.',
    callBusy: 'A call is already under way.',
  },
  es: {
    call: 'Llamada', calling: 'Llamando…', callConnecting: 'Conectando la llamada…',
    callIncomingAudio: '{name} te está llamando (llamada de voz)', callIncomingVideo: '{name} te está llamando (videollamada)',
    callAccept: 'Aceptar', callDecline: 'Rechazar', callHangUp: 'Colgar', callMute: 'Silenciar el micrófono',
    callCameraOff: 'Apagar la cámara', callRemote: 'El vídeo del agente', callLocal: 'Tu cámara',
    callElsewhere: 'La llamada está en otra ventana.',
    callDenied: 'Para llamar, permite en el navegador que esta página use tu micrófono (y la cámara en una videollamada) e inténtalo de nuevo.',
    callNoMic: 'No se encontró ningún micrófono.', callNoCamera: 'No se encontró ninguna cámara. Puedes hacer una llamada de voz.',
    callUnsupported: 'Este navegador no puede hacer llamadas.', callLost: 'La llamada no pudo seguir: se perdió la conexión.',
    callFailed: 'No se pudo establecer la conexión; puede que haga falta un servidor TURN.',
    callDeclined: 'El agente rechazó la llamada.', callNoAnswer: 'El agente no contestó.',
    callMissed: 'Tienes una llamada perdida.', callHungUp: 'El agente colgó.', callEnded: 'La llamada ha finalizado.',
    callsOff: 'Las llamadas no están disponibles en este chat.', callNoAgent: 'Aún no hay un agente al que llamar.',
    callBusy: 'Ya hay una llamada en curso.',
  },
  pt: {
    call: 'Chamada', calling: 'Chamando…', callConnecting: 'Conectando a chamada…',
    callIncomingAudio: '{name} está chamando você (chamada de voz)', callIncomingVideo: '{name} está chamando você (chamada de vídeo)',
    callAccept: 'Aceitar', callDecline: 'Recusar', callHangUp: 'Desligar', callMute: 'Silenciar o microfone',
    callCameraOff: 'Desligar a câmera', callRemote: 'O vídeo do atendente', callLocal: 'Sua câmera',
    callElsewhere: 'A chamada está em outra janela.',
    callDenied: 'Para chamar, permita no navegador que esta página use seu microfone (e a câmera numa chamada de vídeo) e tente novamente.',
    callNoMic: 'Nenhum microfone foi encontrado.', callNoCamera: 'Nenhuma câmera foi encontrada. Você pode fazer uma chamada de voz.',
    callUnsupported: 'Este navegador não pode fazer chamadas.', callLost: 'A chamada não pôde continuar: a conexão caiu.',
    callFailed: 'Não foi possível estabelecer a conexão; talvez seja necessário um servidor TURN.',
    callDeclined: 'O atendente recusou a chamada.', callNoAnswer: 'O atendente não atendeu.',
    callMissed: 'Você perdeu uma chamada.', callHungUp: 'O atendente desligou.', callEnded: 'A chamada foi encerrada.',
    callsOff: 'As chamadas não estão disponíveis nesta conversa.', callNoAgent: 'Ainda não há um atendente para chamar.',
    callBusy: 'Já há uma chamada em andamento.',
  },
});
