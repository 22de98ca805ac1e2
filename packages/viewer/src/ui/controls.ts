import { h } from '../dom.js';

export interface Controls {
  readonly element: HTMLElement;
  /** Show position `seq` of `length`, with a caption for the current event. */
  update(seq: number, length: number, caption: string): void;
}

/**
 * The time-travel bar: first, back, a scrubber over every event, forward, last, and a live caption of the
 * current event (announced politely to screen readers).
 */
export function createControls(go: (seq: number | ((current: number) => number)) => void): Controls {
  const btn = (label: string, text: string, to: (cur: number, len: number) => number, key: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'step',
        'aria-label': label,
        title: `${label} (${key})`,
        onclick: () => go((c) => to(c, range.max ? Number(range.max) : 0)),
      },
      text,
    );
  const range = h('input', {
    type: 'range',
    min: 0,
    max: 0,
    value: 0,
    step: 1,
    id: 'scrubber',
    'aria-label': 'Event position',
  });
  range.addEventListener('input', () => go(Number(range.value)));
  const caption = h('output', { class: 'caption', for: 'scrubber', 'aria-live': 'polite', id: 'position' });
  const first = btn('First event', '« First', () => 0, 'Home');
  const back = btn('Previous event', '‹ Back', (c) => c - 1, '←');
  const forward = btn('Next event', 'Forward ›', (c) => c + 1, '→');
  const last = btn('Last event', 'Last »', (_c, len) => len, 'End');
  const element = h(
    'div',
    { class: 'controls', role: 'toolbar', 'aria-label': 'Time travel' },
    first,
    back,
    range,
    forward,
    last,
    caption,
  );
  return {
    element,
    update(seq, length, text) {
      range.max = String(length);
      range.value = String(seq);
      range.setAttribute('aria-valuetext', text);
      caption.textContent = text;
      // aria-disabled rather than disabled: a button pressed to the end keeps the keyboard focus.
      for (const b of [first, back]) b.setAttribute('aria-disabled', String(seq <= 0));
      for (const b of [forward, last]) b.setAttribute('aria-disabled', String(seq >= length));
    },
  };
}
