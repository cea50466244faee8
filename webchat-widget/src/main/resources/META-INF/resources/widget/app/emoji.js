/*
 * The emoji picker: a compact set, each labelled in the customer's language; arrow keys move in its
 * 8-column grid, Escape closes it.
 */
import { composerInput, textIn } from './composer.js';
import { lang } from './config.js';
import { h, iconButton } from './dom.js';
import { t } from './texts.js';

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

export const emojiBtn = iconButton('wc-emoji', t('emoji'), 'emoji', () => toggleEmoji(emojiPanel.hidden));
emojiBtn.setAttribute('aria-haspopup', 'dialog');
emojiBtn.setAttribute('aria-controls', 'wc-emoji-panel');
emojiBtn.setAttribute('aria-expanded', 'false');
export const emojiPanel = h('div', { id: 'wc-emoji-panel', role: 'dialog', 'aria-label': t('emojiPanel'), hidden: true,
  onkeydown: emojiKey });

// Emoji panel: arrow keys move in its 8-column grid, Escape closes it, a pick closes it too (issue 11,
// point 20: it sits above the composer, in the page's flow, and the thread gives it room, never under it).
export function toggleEmoji(open) {
  if (open && !emojiPanel.firstChild) {
    emojiPanel.append(...EMOJI.map((e, i) => h('button', { type: 'button', class: 'wc-emoji',
      'aria-label': EMOJI_NAMES[i], title: EMOJI_NAMES[i], text: e, onclick: () => insertEmoji(e) })));
  }
  emojiPanel.hidden = !open;
  emojiBtn.setAttribute('aria-expanded', String(open));
  if (open) {
    emojiPanel.firstChild.focus();
  }
}

function insertEmoji(e) {
  textIn.setRangeText(e, textIn.selectionStart, textIn.selectionEnd, 'end'); // at the caret
  toggleEmoji(false);
  textIn.focus();
  composerInput();
}

function emojiKey(e) {
  if (e.key === 'Escape') {
    e.preventDefault();
    toggleEmoji(false);
    emojiBtn.focus();
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
