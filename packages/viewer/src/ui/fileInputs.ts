import { h } from '../dom.js';

/**
 * A labelled file picker (a visible button-like label around a hidden-but-focusable input).
 * `onFile` receives the chosen file; the input is reset so the same file can be chosen again.
 */
export function filePicker(
  label: string,
  accept: string,
  id: string,
  onFile: (file: File) => void,
): HTMLElement {
  const input = h('input', { type: 'file', accept, id, class: 'file-input', 'aria-label': label });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  });
  return h('span', { class: 'file-picker' }, input, h('label', { for: id, class: 'button' }, label));
}

/**
 * Accept files dropped anywhere on `target`: NDJSON logs go to `onLog`, JSON files to `onJson`.
 * While a file is dragged over, the page says where it will go.
 */
export function acceptDrops(
  target: HTMLElement,
  onLog: (file: File) => void,
  onJson: (file: File) => void,
): void {
  target.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    target.classList.add('dragging');
  });
  target.addEventListener('dragleave', (ev) => {
    if (ev.target === target) target.classList.remove('dragging');
  });
  target.addEventListener('drop', (ev) => {
    ev.preventDefault();
    target.classList.remove('dragging');
    const file = ev.dataTransfer?.files?.[0];
    if (!file) return;
    if (/\.json$/i.test(file.name)) onJson(file);
    else onLog(file);
  });
}
