import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../config.ts';
import { DEFAULT_LIMITS } from './rate-limits.ts';

describe('limits from the environment', () => {
  it('defaults to 120 compute requests and 30 refusals a minute', () => {
    expect(readConfig({}).limits).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toEqual({ computePerMinute: 120, deniedPerMinute: 30 });
  });

  it('reads MYOMAP_RATE_LIMIT and MYOMAP_DENY_LIMIT, 0 turning one off', () => {
    expect(readConfig({ MYOMAP_RATE_LIMIT: ' 600 ', MYOMAP_DENY_LIMIT: '0' }).limits).toEqual({
      computePerMinute: 600,
      deniedPerMinute: 0,
    });
  });

  it.each(['-1', '1.5', 'lots'])('refuses %s with a message naming the variable', (raw) => {
    expect(() => readConfig({ MYOMAP_RATE_LIMIT: raw })).toThrow(ConfigError);
    expect(() => readConfig({ MYOMAP_DENY_LIMIT: raw })).toThrow(/MYOMAP_DENY_LIMIT/);
  });
});
