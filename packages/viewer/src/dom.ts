/** Attributes of {@link h}: strings and numbers become attributes, functions `on…` become listeners. */
export type Attrs = Record<string, string | number | boolean | undefined | null | ((ev: any) => void)>;
export type Child = Node | string | number | null | undefined | false;

/**
 * Create an element: `h('button', { 'aria-label': 'Next event', onclick: go }, '▶')`.
 * `true` sets an empty attribute, `false`/`null`/`undefined` leave it out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Append children (nested arrays flattened; null, undefined and false skipped). */
export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

/** Replace every child of `el`. */
export function replaceChildren(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}
