/**
 * The 1-based line of every value in a JSON text, by path (`issues[2].options[0].id`, the same dotted
 * form as `ValidationIssue.path`): the line of an object member's key, or of an array element's value.
 * A small scanner over valid JSON (call it after `JSON.parse` succeeded); used to point a bad field of an
 * agenda file at its line, as `parley validate` does for logs.
 */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
  };
  const str = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const keyLine = line;
        const key = str();
        const p = path === '' ? key : `${path}.${key}`;
        lines.set(p, keyLine);
        ws();
        i++; // colon
        value(p);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        i++; // closing brace
        return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        ws();
        const p = `${path}[${k}]`;
        lines.set(p, line);
        value(p);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        i++; // closing bracket
        return;
      }
    }
    if (c === '"') {
      str();
      return;
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value('');
  return lines;
}

/** The line of a path, or of its nearest ancestor that has one. */
export function lineOf(lines: ReadonlyMap<string, number>, path: string): number | undefined {
  let p = path;
  for (;;) {
    const hit = lines.get(p);
    if (hit !== undefined) return hit;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return lines.size > 0 ? 1 : undefined;
    p = p.slice(0, cut);
  }
}
