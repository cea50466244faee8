/*
 * Building elements with createElement and textContent only: no text a person wrote is ever markup.
 */
// el('button', {class: 'x', text: 'Hi', click: fn}, children): a string value is an attribute, a
// function a listener, true an empty attribute; null/false/undefined are skipped.
export function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) {
      continue;
    }
    if (name === 'text') {
      node.textContent = String(value);
    } else if (typeof value === 'function') {
      node.addEventListener(name, value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of [].concat(children == null ? [] : children)) {
    if (child != null && child !== false && child !== '') {
      node.append(child);
    }
  }
  return node;
}
