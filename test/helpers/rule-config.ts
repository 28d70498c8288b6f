import type { ResolvedConfig } from '../../src/config/load.js';
import type { Rule } from '../../src/types.js';

/** A config that runs one rule alone, at its default severity, in the nhs house style. */
export function oneRule(rule: Rule, options: Record<string, unknown> = {}, settings: Record<string, unknown> = {}): ResolvedConfig {
  return {
    rules: [{ rule, severity: rule.meta.severity, severityChanged: false, options: { ...rule.meta.defaultOptions, ...options } }],
    settings: { preset: 'nhs', readingAge: 11, ...settings },
    ignore: [],
    hash: 'test',
  };
}
