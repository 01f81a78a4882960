/**
 * The SQL-like `FilterString` of Kingdee's `ExecuteBillQuery` (platforms.md § 4.3), for the simulated server:
 * comparisons (`=`, `<>`, `!=`, `>`, `>=`, `<`, `<=`, `LIKE`), `IN (…)`, `AND`, `OR` and parentheses, with
 * single-quoted strings (`''` escapes a quote) and numbers. Enough for what adapters send; anything else is an
 * error, as a real server would refuse it.
 */

export type FilterValue = string | number;
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'cmp'; field: string; op: string; value: FilterValue }
  | { kind: 'in'; field: string; values: FilterValue[]; set: Set<string> };

type Token = { t: 'id' | 'str' | 'num' | 'op' | 'lp' | 'rp' | 'comma'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "'") {
      let s = '';
      i += 1;
      for (;;) {
        if (i >= src.length) throw new Error('unterminated string');
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i += 2;
        } else if (src[i] === "'") {
          i += 1;
          break;
        } else {
          s += src[i];
          i += 1;
        }
      }
      out.push({ t: 'str', v: s });
    } else if (c === '(' || c === ')' || c === ',') {
      out.push({ t: c === '(' ? 'lp' : c === ')' ? 'rp' : 'comma', v: c });
      i += 1;
    } else if ('<>!='.includes(c)) {
      const two = src.slice(i, i + 2);
      const op = ['<>', '!=', '>=', '<='].includes(two) ? two : c;
      out.push({ t: 'op', v: op });
      i += op.length;
    } else if (/[-\d]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(src.slice(i));
      if (!m) throw new Error(`unexpected ${c}`);
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i))!;
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else {
      throw new Error(`unexpected ${c}`);
    }
  }
  return out;
}

/** Parses a FilterString; an empty string means "no filter" (undefined). Throws on syntax errors. */
export function parseFilterString(src: string): FilterNode | undefined {
  const tokens = tokenize(src);
  if (tokens.length === 0) return undefined;
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (w: string) => peek()?.t === 'id' && peek()!.v.toUpperCase() === w;
  const value = (): FilterValue => {
    const tok = tokens[pos++];
    if (tok?.t === 'str') return tok.v;
    if (tok?.t === 'num') return Number(tok.v);
    throw new Error('value expected');
  };
  const primary = (): FilterNode => {
    if (peek()?.t === 'lp') {
      pos += 1;
      const inner = expr();
      if (tokens[pos++]?.t !== 'rp') throw new Error(') expected');
      return inner;
    }
    const field = tokens[pos++];
    if (field?.t !== 'id') throw new Error('field expected');
    if (isWord('IN')) {
      pos += 1;
      if (tokens[pos++]?.t !== 'lp') throw new Error('( expected');
      const values = [value()];
      while (peek()?.t === 'comma') {
        pos += 1;
        values.push(value());
      }
      if (tokens[pos++]?.t !== 'rp') throw new Error(') expected');
      return { kind: 'in', field: field.v, values, set: new Set(values.map(String)) };
    }
    if (isWord('LIKE')) {
      pos += 1;
      return { kind: 'cmp', field: field.v, op: 'LIKE', value: value() };
    }
    const op = tokens[pos++];
    if (op?.t !== 'op') throw new Error('operator expected');
    return { kind: 'cmp', field: field.v, op: op.v === '!=' ? '<>' : op.v, value: value() };
  };
  const term = (): FilterNode => {
    let left = primary();
    while (isWord('AND')) {
      pos += 1;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const expr = (): FilterNode => {
    let left = term();
    while (isWord('OR')) {
      pos += 1;
      left = { kind: 'or', left, right: term() };
    }
    return left;
  };
  const tree = expr();
  if (pos !== tokens.length) throw new Error(`unexpected ${tokens[pos]!.v}`);
  return tree;
}

/** Field keys a filter names. */
export function filterFields(node: FilterNode | undefined): string[] {
  if (!node) return [];
  if (node.kind === 'cmp' || node.kind === 'in') return [node.field];
  return [...filterFields(node.left), ...filterFields(node.right)];
}

/** Evaluates a filter against a row; `get` returns a field's value (dates as sortable strings). */
export function evaluate(node: FilterNode | undefined, get: (field: string) => unknown): boolean {
  if (!node) return true;
  if (node.kind === 'in') {
    const v = get(node.field);
    return node.set.has(String(v));
  }
  if (node.kind !== 'cmp') return node.kind === 'and' ? evaluate(node.left, get) && evaluate(node.right, get) : evaluate(node.left, get) || evaluate(node.right, get);
  const v = get(node.field);
  const a = typeof node.value === 'number' ? Number(v) : String(v ?? '');
  const b = node.value;
  switch (node.op) {
    case '=': return a === b;
    case '<>': return a !== b;
    case '>': return a > b;
    case '>=': return a >= b;
    case '<': return a < b;
    case '<=': return a <= b;
    default: {
      const pattern = new RegExp(`^${String(b).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.')}$`, 's');
      return pattern.test(String(a));
    }
  }
}
