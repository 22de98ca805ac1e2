/** What the keyboard shortcuts do. */
export interface KeyActions {
  step(delta: number): void;
  first(): void;
  last(): void;
  fork(): void;
  escape(): void;
}

/** The shortcuts, for the help text. */
export const SHORTCUTS: readonly [string, string][] = [
  ['← / →', 'previous / next event'],
  ['Home / End', 'first / last event'],
  ['f', 'fork here (what-if)'],
  ['Esc', 'close the what-if form'],
];

/**
 * Keyboard navigation: ←/→ step, Home/End jump, f forks, Esc closes. Keys typed into a form field (and
 * arrows on the scrubber, which moves itself) are left alone.
 */
export function bindKeys(actions: KeyActions): void {
  document.addEventListener('keydown', (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const t = ev.target as HTMLElement | null;
    const tag = t?.tagName;
    if (ev.key === 'Escape') return actions.escape();
    // The scrubber moves itself with arrows, Home and End; other keys still work there.
    const range = tag === 'INPUT' && (t as HTMLInputElement).type === 'range';
    if (range && ev.key !== 'f' && ev.key !== 'F') return;
    if (!range && (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || t?.isContentEditable)) return;
    switch (ev.key) {
      case 'ArrowLeft':
        actions.step(-1);
        break;
      case 'ArrowRight':
        actions.step(1);
        break;
      case 'Home':
        actions.first();
        break;
      case 'End':
        actions.last();
        break;
      case 'f':
      case 'F':
        actions.fork();
        break;
      default:
        return;
    }
    ev.preventDefault();
  });
}
