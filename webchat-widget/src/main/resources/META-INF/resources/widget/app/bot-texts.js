/*
 * The texts of a bot's conversation (BOT-01, BOT-02) in es, en and pt, added to texts.js's with the bot's code, so
 * that a chat without bots does not load them. The header's texts stay in texts.js.
 */
import { addTexts } from './texts.js';

addTexts({
  en: {
    botReplies: 'Answers to choose from', person: 'Talk to a person',
    noPerson: 'A person cannot take this chat now: please go on with the assistant.',
    botTimeout: 'The chat ended because no answer came in time.',
  },
  es: {
    botReplies: 'Respuestas para elegir', person: 'Hablar con una persona',
    noPerson: 'Ahora no puede atenderte una persona: sigue con el asistente, por favor.',
    botTimeout: 'El chat finalizó porque no llegó ninguna respuesta a tiempo.',
  },
  pt: {
    botReplies: 'Respostas para escolher', person: 'Falar com uma pessoa',
    noPerson: 'Agora uma pessoa não pode atender esta conversa: continue com o assistente, por favor.',
    botTimeout: 'A conversa foi encerrada porque nenhuma resposta chegou a tempo.',
  },
});
