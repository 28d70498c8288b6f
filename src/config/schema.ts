/** The shape of a plainlint config file, checked with zod so a bad key is named clearly. */
import { z } from 'zod';

const severity = z.enum(['off', 'error', 'warning', 'suggestion']);
const options = z.record(z.string(), z.unknown());

export const ruleSettingSchema = z.union([
  severity,
  z.tuple([severity]),
  z.tuple([severity, options]),
  options,
]);

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional(),
    extends: z.union([z.string(), z.array(z.string())]).optional(),
    rules: z.record(z.string(), ruleSettingSchema).optional(),
    plugins: z.array(z.string()).optional(),
    settings: z
      .object({
        preset: z.string().optional(),
        readingAge: z.number().int().min(5).max(25).optional(),
        acronyms: z.array(z.string()).optional(),
        terms: z.record(z.string(), z.string()).optional(),
        organisation: z.string().optional(),
      })
      .catchall(z.unknown())
      .optional(),
    ignore: z.array(z.string()).optional(),
  })
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

/** Turn zod's first issue into one plain line naming the key. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'is not a valid plainlint config';
  const key = issue.path.length ? issue.path.map(String).join('.') : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    const where = key ? ` in "${key}"` : '';
    return `unknown key "${keys.join('", "')}"${where}. Allowed keys: extends, rules, plugins, settings, ignore`;
  }
  if (key.startsWith('rules.')) {
    return `"${key}" must be "off", "error", "warning" or "suggestion", or a list like ["warning", { "max": 20 }]`;
  }
  return `"${key || 'config'}": ${issue.message}`;
}
