/**
 * "Add <word> to the project's acronyms / words": the new config text for each kind of config
 * file: comments, indents and other keys kept.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { canEdit, configWithAddition, newConfig } from '../src/lsp/config-edit.js';

describe('adding a word to the project config', () => {
  it('keeps a YAML file’s comments and adds to an existing list', async () => {
    const text = '# House style for the ICB\nextends: nhs\nsettings:\n  acronyms:\n    - GP # everyone knows this one\n';
    const next = (await configWithAddition('/p/.plainlintrc.yaml', text, { kind: 'acronym', word: 'ICB' }))!;
    expect(next).toContain('# House style for the ICB');
    expect(next).toContain('# everyone knows this one');
    expect(parse(next).settings.acronyms).toEqual(['GP', 'ICB']);
    expect(await configWithAddition('/p/.plainlintrc.yaml', next, { kind: 'acronym', word: 'ICB' })).toBeUndefined();
  });

  it('adds a spelling word, keeping the rule’s severity and options', async () => {
    const text = 'rules:\n  spelling: [warning, { words: [GP] }]\n';
    const next = (await configWithAddition('/p/.plainlintrc.yml', text, { kind: 'spelling', word: 'Bassetlaw' }))!;
    expect(parse(next).rules.spelling).toEqual(['warning', { words: ['GP', 'Bassetlaw'] }]);
    const off = (await configWithAddition('/p/.plainlintrc.yml', 'rules:\n  spelling: warning\n', { kind: 'spelling', word: 'Bassetlaw' }))!;
    expect(parse(off).rules.spelling).toEqual(['warning', { words: ['Bassetlaw'] }]);
  });

  it('keeps a JSON file’s indent and line endings, and edits only "plainlint" in package.json', async () => {
    const json = '{\r\n    "extends": "govuk"\r\n}\r\n';
    const next = (await configWithAddition('/p/.plainlintrc.json', json, { kind: 'acronym', word: 'DWP' }))!;
    expect(next).toBe('{\r\n    "extends": "govuk",\r\n    "settings": {\r\n        "acronyms": [\r\n            "DWP"\r\n        ]\r\n    }\r\n}\r\n');
    const pkg = '{\n  "name": "site",\n  "plainlint": { "extends": "nhs" }\n}\n';
    const after = JSON.parse((await configWithAddition('/p/package.json', pkg, { kind: 'acronym', word: 'ICS' }))!);
    expect(after).toEqual({ name: 'site', plainlint: { extends: 'nhs', settings: { acronyms: ['ICS'] } } });
  });

  it('leaves JavaScript configs alone and writes a new file with only the word', () => {
    expect(canEdit('/p/plainlint.config.mjs')).toBe(false);
    expect(canEdit('/p/.plainlintrc.yaml')).toBe(true);
    const made = parse(newConfig({ kind: 'acronym', word: 'ICB' }));
    expect(made).toEqual({ settings: { acronyms: ['ICB'] } });
  });
});
