import { describe, expect, it } from 'vitest';
import { visibleTo } from '../src/index.js';

describe('visibleTo', () => {
  const privateNote = { type: 'message-sent', data: { by: 'us', to: 'ru', text: 'between us' } };
  it('a message to one delegation is seen by its sender and addressee only', () => {
    expect(visibleTo(privateNote, 'us')).toBe(true);
    expect(visibleTo(privateNote, 'ru')).toBe(true);
    expect(visibleTo(privateNote, 'ir')).toBe(false);
  });
  it('a message to all, and every other event, is public', () => {
    expect(visibleTo({ type: 'message-sent', data: { by: 'us', to: 'all', text: 'hello' } }, 'ir')).toBe(
      true,
    );
    expect(visibleTo({ type: 'objection-raised', data: { by: 'ru', version: 1 } }, 'ir')).toBe(true);
  });
});
