import * as rruleModule from 'rrule';

/**
 * The rrule library (RFC 5545 recurrence rules) ships CommonJS for Node and ESM for bundlers. Node's
 * ESM loader sees only a default export of the CommonJS build; a bundler sees the named exports. This
 * picks whichever is there, so core stays one source for the browser and the server.
 */
type RRuleModule = typeof rruleModule;
const loaded = rruleModule as RRuleModule & { default?: RRuleModule };
const library: RRuleModule =
  'RRule' in loaded && typeof loaded.RRule === 'function' ? loaded : (loaded.default ?? loaded);

export const { RRule, Frequency } = library;
