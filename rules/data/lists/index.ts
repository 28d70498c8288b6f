// Made by scripts/list-index.mjs from the .json files in this folder (npm run build runs it).
// Do not edit: add a list file beside it and build.
import type { ListFile } from '../../lib/list-rule.js';
import list0 from './confused-words.json' with { type: 'json' };
import list1 from './inclusive-language.json' with { type: 'json' };
import list2 from './jargon.json' with { type: 'json' };
import list3 from './medical-words.json' with { type: 'json' };
import list4 from './misspellings.json' with { type: 'json' };
import list5 from './simpler-words.json' with { type: 'json' };
import list6 from './uk-spelling.json' with { type: 'json' };

export const listFiles = [list0, list1, list2, list3, list4, list5, list6] as unknown as ListFile[];
