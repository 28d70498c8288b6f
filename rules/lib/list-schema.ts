/**
 * The shape of a list file (rules/data/lists/*.json, and a user's own lists named in the config's
 * "lists"). rules/data/list.schema.json is made from this (scripts/list-schema.mjs), so editors
 * can check a list as it is typed; test/lists.test.ts checks every built-in list against that file.
 */
import * as z from 'zod/mini';

/** New schema objects each time: a description belongs to one field. */
const text = () => z.string().check(z.minLength(1));
const words = () => z.array(text()).check(z.minLength(1));
/** A field's description, shown by editors from the JSON schema. */
function describe<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words in order (rules/lib/term-sequence.ts): each step is one of some words, or one word of a kind. */
const optional = () => z.optional(describe(z.boolean(), 'This step may be left out.'));
const stepWords = z.strictObject({ words: describe(words(), 'One of these words or phrases.'), optional: optional() });
const stepKind = z.strictObject({ kind: describe(z.enum(['determiner', 'number', 'word', 'participle']), 'One word of this kind: a determiner ("the", "a", "your", "this"), a number ("3", "three"), a word that carries meaning (not a determiner, a number or a small linking word like "to", "of" or "and"), or a past participle that ends in "-ed" ("removed", "booked").'), optional: optional() });
const sequence = z.strictObject({ sequence: z.array(z.union([stepWords, stepKind])).check(z.minLength(1)) });
z.globalRegistry.add(sequence, { id: 'sequence', description: 'Words in order, in place of a phrase: { "sequence": [{ "kind": "determiner" }, { "words": ["operation"] }] }.' });
const phrases = () => z.array(z.union([text(), sequence])).check(z.minLength(1));

const context = z.strictObject({
  skipIfFollowedBy: z.optional(describe(phrases(), 'Leave the match alone when one of these words or phrases comes right after it.')),
  skipIfPrecededBy: z.optional(describe(phrases(), 'Leave the match alone when one of these comes right before it.')),
  skipIfSoonFollowedBy: z.optional(
    describe(phrases(), 'Leave the match alone when one of these comes within the next 3 words, with no small linking word like "to" or "for" between: "deliver better local services".'),
  ),
  onlyIfFollowedBy: z.optional(describe(phrases(), 'Flag the match only when one of these comes right after it.')),
  onlyIfPrecededBy: z.optional(describe(phrases(), 'Flag the match only when one of these comes right before it.')),
});

export const listEntrySchema = z.strictObject({
  id: describe(z.string().check(z.regex(kebab)), 'Stable and unique in the file, kebab-case: "leverage".'),
  match: describe(words(), 'Every form to find, in lower case (unless caseSensitive). Phrases match across any spacing.'),
  alternatives: z.optional(describe(z.array(text()), 'What to write instead, best first. Leave it empty when the writer must explain what they mean.')),
  reason: z.optional(describe(text(), 'Why readers struggle with it: short, kind and plain, for a comms writer.')),
  message: z.optional(describe(text(), 'This entry’s own message, in place of the list’s. {term} is the words found; {alternative} is the first alternative.')),
  source: z.optional(describe(z.string().check(z.regex(/^https?:\/\/\S+$/)), 'A link to the guide that says so.')),
  fix: z.optional(describe(z.boolean(), 'True only when the first alternative is a safe swap in every sentence.')),
  caseSensitive: z.optional(describe(z.boolean(), 'Match the capitals exactly, for words like "US" and "us".')),
  context: z.optional(
    describe(
      z.union([context, z.array(context).check(z.minLength(1))]),
      'The words around a match that decide whether it is flagged. A list of these: the match is flagged when any one of them allows it.',
    ),
  ),
  presets: z.optional(describe(z.array(z.enum(['nhs', 'govuk', 'recommended'])), 'The house styles that use this entry (default: all).')),
  tags: z.optional(
    describe(z.array(z.string().check(z.regex(kebab))), 'Labels that a rule’s own code reads to treat some entries apart (medical-words: "service", the name of a test, a treatment, an area of medicine or a hospital word, left alone in a list of services).'),
  ),
  level: z.optional(describe(z.enum(['default', 'thorough']), '"thorough": checked only when the writer asks for a thorough check, with the rule option "level": "thorough" (default: always checked).')),
});

const example = z.strictObject({
  text: text(),
  options: z.optional(z.record(z.string(), z.unknown())),
  count: z.optional(z.int().check(z.gte(0))),
  flags: z.optional(z.array(text())),
});

export const listFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: describe(z.string().check(z.regex(kebab)), 'The rule id, kebab-case, used in the config and in disable comments. A user’s list may leave it out: the file name is used.'),
  description: describe(text(), 'One line: what the rule checks.'),
  severity: z.optional(describe(z.enum(['error', 'warning', 'suggestion']), 'How serious a finding is (default: warning).')),
  principle: z.optional(describe(text(), 'The communications principle the rule serves.')),
  docs: z.optional(describe(text(), 'A few sentences for "plainlint explain".')),
  message: z.optional(describe(text(), 'The finding’s message. {term} is the words found, in quotation marks; {phrase} adds the context words; {alternative} is the first alternative.')),
  why: z.optional(describe(text(), 'Why it matters, for entries with no reason of their own.')),
  fallback: z.optional(describe(text(), 'The suggestion for entries with no alternatives.')),
  highlight: z.optional(describe(z.enum(['term', 'phrase']), '"phrase": the finding covers the context words when the suggestion replaces them too ("focus on" → "work on").')),
  skipLinkText: z.optional(describe(z.boolean(), 'Leave alone the text of links to other websites (usually the title of someone else’s page).')),
  skipNames: z.optional(describe(z.boolean(), 'Leave alone words inside names (“Newcastle upon Tyne”, “a service called the Hub”), words the text explains (“triage means …”), job titles (“transformation lead”) and titles of other pages.')),
  altText: z.optional(describe(z.boolean(), 'Check the words of image alt text as well (default true): screen readers read them out. false: the page’s text only.')),
  spellings: z.optional(
    describe(z.boolean(), 'Match each form\'s other common spellings too: a hyphenated form with spaces ("self-manage", "self manage"), a phrase of 2 to 4 words with hyphens ("free of charge", "free-of-charge") and the American spelling ("optimize"). A spelling that is another form or an alternative in the list is left to that entry.'),
  ),
  fixable: z.optional(z.boolean()),
  examples: z.optional(
    describe(
      z.strictObject({ good: z.array(example), bad: z.array(example) }),
      'Good and bad examples in markdown: shown by "plainlint explain" and run as tests.',
    ),
  ),
  entries: describe(z.array(listEntrySchema), 'The words to look for.'),
});

/** A user's list may leave out the id (the file name is used) and the description. */
export const userListSchema = z.extend(listFileSchema, {
  id: z.optional(listFileSchema.shape.id),
  description: z.optional(text()),
});

/** The JSON schema of a user's list file, as rules/data/list.schema.json holds it. */
export function listJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(userListSchema) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'plainlint word list',
    description: 'A list rule: words to look for, what to write instead and why. See rules/data/README.md.',
    ...schema,
  };
}

type Issue = { code: string; path: PropertyKey[]; message: string; errors?: Issue[][] };

/**
 * A field that may take several shapes (a context set or a list of them; a phrase or a sequence)
 * fails as a whole: name the problem in the shape the input came closest to, an unknown key first.
 */
function closest(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue;
  const shapes = issue.errors.map((shape) => shape.map((i) => closest({ ...i, path: [...issue.path, ...i.path] })));
  const depth = (shape: Issue[]) => Math.max(...shape.map((i) => i.path.length));
  const best = shapes.reduce((a, b) => (depth(b) > depth(a) || (depth(b) === depth(a) && b.length < a.length) ? b : a));
  return best.find((i) => i.code === 'unrecognized_keys') ?? best.reduce((a, b) => (b.path.length > a.path.length ? b : a));
}

/** The first problem zod found, as one plain line naming the field. */
export function describeListIssue(error: { issues: ReadonlyArray<{ code: string; path: PropertyKey[]; message: string }> }, data: unknown): string {
  const issue = error.issues[0] && closest(error.issues[0]);
  if (!issue) return 'is not a valid word list';
  const path = issue.path.map(String);
  let where = path.length ? `"${path.join('.')}"` : 'the list';
  if (path[0] === 'entries' && path.length > 1) {
    const entry = (data as { entries?: Array<{ id?: unknown }> }).entries?.[Number(path[1])];
    const id = typeof entry?.id === 'string' ? ` ("${entry.id}")` : '';
    where = `entry ${Number(path[1]) + 1}${id}${path.length > 2 ? `, "${path.slice(2).join('.')}"` : ''}`;
  }
  if (issue.code === 'unrecognized_keys') return `${where}: unknown key "${(issue as unknown as { keys: string[] }).keys.join('", "')}"`;
  const values = (issue as { values?: unknown[] }).values;
  if (issue.code === 'invalid_value' && values) return `${where}: must be ${values.map((v) => JSON.stringify(v)).join(' or ')}`;
  return `${where}: ${issue.message}`;
}
