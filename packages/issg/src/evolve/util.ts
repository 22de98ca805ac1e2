/** Push onto a bounded list, dropping the oldest items beyond `cap`. Mutates `list`. */
export function pushCapped<T>(list: T[], item: T, cap: number): void {
  list.push(item);
  if (list.length > cap) list.splice(0, list.length - cap);
}

/** Add `item` to a set kept as an array, if absent. */
export function addTo(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** Remove `item` from a set kept as an array, if present. */
export function removeFrom(list: string[], item: string): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}
