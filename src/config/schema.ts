/**
 * The shape of a plainlint config file, checked with zod so a bad key is named clearly.
 * zod/mini: the same checks as zod, in a small build (it loads whenever a project has a config,
 * so on every pre-commit run).
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

/** zod/mini, set up with English messages (rule option schemas use it too: options.ts). */
export { z };

const severity = z.enum(['off', 'error', 'warning', 'suggestion']);
const options = z.record(z.string(), z.unknown());

export const ruleSettingSchema = z.union([severity, z.tuple([severity]), z.tuple([severity, options]), options]);

export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  description: z.optional(z.string()),
  extends: z.optional(z.union([z.string(), z.array(z.string())])),
  rules: z.optional(z.record(z.string(), ruleSettingSchema)),
  plugins: z.optional(z.array(z.string())),
  lists: z.optional(z.array(z.string())),
  settings: z.optional(
    z.catchall(
      z.object({
        preset: z.optional(z.string()),
        readingAge: z.optional(z.int().check(z.gte(5), z.lte(25))),
        acronyms: z.optional(z.array(z.string())),
        terms: z.optional(z.record(z.string(), z.string())),
        organisation: z.optional(z.string()),
      }),
      z.unknown(),
    ),
  ),
  ignore: z.optional(z.array(z.string())),
});

export type ConfigFile = z.infer<typeof configSchema>;
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

/** Turn zod's first issue into one plain line naming the key. */
export function describeIssue(error: { issues: ReadonlyArray<{ code: string; path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'is not a valid plainlint config';
  const key = issue.path.length ? issue.path.map(String).join('.') : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as unknown as { keys: string[] }).keys;
    const where = key ? ` in "${key}"` : '';
    return `unknown key "${keys.join('", "')}"${where}. Allowed keys: extends, rules, plugins, lists, settings, ignore`;
  }
  if (key.startsWith('rules.')) {
    return `"${key}" must be "off", "error", "warning" or "suggestion", or a list like ["warning", { "max": 20 }]`;
  }
  return `"${key || 'config'}": ${issue.message}`;
}
