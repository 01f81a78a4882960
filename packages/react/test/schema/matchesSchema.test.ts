import { describe, expect, it } from 'vitest';
import { matchesSchema } from '../../src/schema/matchesSchema';

const cases: [string, unknown, unknown, boolean][] = [
  ['const match', { properties: { result: { const: 'hazard' } }, required: ['result'] }, { result: 'hazard' }, true],
  ['const mismatch', { properties: { result: { const: 'hazard' } }, required: ['result'] }, { result: 'ok' }, false],
  ['required missing', { properties: { result: { const: 'hazard' } }, required: ['result'] }, {}, false],
  ['integer minimum', { properties: { revision: { type: 'integer', minimum: 2 } }, required: ['revision'] }, { revision: 1 }, false],
  ['integer minimum met', { properties: { revision: { type: 'integer', minimum: 2 } }, required: ['revision'] }, { revision: 3 }, true],
  ['enum', { enum: ['drawn', 'paper'] }, 'paper', true],
  ['type array of types', { type: ['string', 'null'] }, null, true],
  ['items', { type: 'array', items: { enum: ['ok', 'na'] } }, ['ok', 'hazard'], false],
  ['oneOf exactly one', { oneOf: [{ type: 'string' }, { type: 'number' }] }, 1, true],
  ['not', { not: { const: 1 } }, 1, false],
  // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
  ['if/then', { if: { const: 1 }, then: { type: 'string' } }, 1, false],
  ['minLength counts code points', { type: 'string', minLength: 2 }, '隐患', true],
  ['true schema', true, 'anything', true],
];

describe('matchesSchema', () => {
  it.each(cases)('%s', (_name, schema, data, expected) => {
    expect(matchesSchema(schema, data)).toBe(expected);
  });
});
