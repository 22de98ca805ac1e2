import { s } from '@parley/core';

/** An actor, location, meeting or document id: lower-case letters, digits and dashes. */
export const id = () => s.string({ pattern: /^[a-z0-9][a-z0-9-]*$/, maxLength: 64 });
/** A list of ids. */
export const ids = () => s.array(id(), { maxLength: 64 });
/** A short text for people. */
export const text = () => s.string({ maxLength: 2000 });
/** A count: an integer, never negative. */
export const count = () => s.number({ int: true, min: 0 });
/** A non-negative amount. */
export const amount = () => s.number({ min: 0 });
