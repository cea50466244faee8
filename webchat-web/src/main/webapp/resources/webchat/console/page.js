/*
 * What a console page hands its script: JSON blocks (data, never run) with its texts and settings.
 */

// The JSON block of this id, or {} when it is missing or unreadable. A writer that wraps script text in CDATA is
// tolerated.
export function readJson(id) {
  const node = document.getElementById(id);
  if (!node) {
    return {};
  }
  const raw = node.textContent.trim().replace(/^(\/\/\s*)?<!\[CDATA\[/, '').replace(/(\/\/\s*)?\]\]>$/, '');
  try {
    const value = JSON.parse(raw);
    return value && typeof value === 'object' ? value : {};
  } catch (e) {
    return {};
  }
}

// The texts of one console (bundle keys prefix*): t('send') reads prefix + 'send'; {0}, {1}... are replaced by the
// arguments. A missing key shows itself, so that it is noticed rather than silently blank.
export function textsOf(table, prefix) {
  return {
    t(key, ...args) {
      const text = table[prefix + key];
      if (typeof text !== 'string') {
        return prefix + key;
      }
      return text.replace(/\{(\d+)\}/g, (whole, i) => (args[i] == null ? whole : String(args[i])));
    },
    hasText(key) {
      return typeof table[prefix + key] === 'string';
    },
  };
}
