import type { List, ListItem, Nodes as MdastNodes, Paragraph, Parents } from 'mdast';
import { defineRule } from '../src/types.js';
import { eachNode, plainText } from './lib/mdast.js';
import { placesData } from './lib/places.js';
import { fakeLists } from './lib/list-shapes.js';
import { runInLists } from './lib/inline-lists.js';
import { looseList } from './lib/list-layout.js';
import { manySentences, mixedKinds, OPEN_LEAD, ownSentence } from './lib/list-kinds.js';
import { announcesList, articleStart, everydayWord, NAMED_POINTS, itemText, leadInReadsOn, lowerItems, namedInText, sentenceCase, sentenceCount, startsWithTerm } from './lib/list-text.js';
import { bulletedSteps, headingNoLeadIn, listLowerOnly, namedPoints, numberedThings, oneItem, secondSentence, stepsWithoutStops, subjectItems, itemsBreakLeadIn, joinerStart, colonDash, dashLead } from './lib/list-guide.js';
import { checkHeadingLead, checkLastStop, checkOrder, checkStepStops, type ListReporter } from './lib/list-endings.js';
import { flattenedItems, headingItem, repeatedStart, inlineSteps, longItem, mixedStarts, noLeadInCapitals, PageLists, paragraphLists, type ListHit } from './lib/list-style.js';

/** The last words of an item that join it to the next: “and”, “or”, “; and”. */
const JOINER = /(?:^|[\s,;])(and|or|and\/or)\s*$/i;
const SEMICOLON = /;\s*$/;
const FULL_STOP = /[^.]\.\s*$/;
/** An item that ends like a sentence, perhaps inside a bracket or quotation marks: “(see above.)”. */
const ENDED = /[.!?]["”’)]*$/;
/** An item that asks a question: it ends with a question mark. */
const QUESTION = /\?["”’)]*$/;

export default defineRule({
  meta: {
    id: 'lists',
    description: 'Lists that break GOV.UK list style, like items that end in “and” or a full stop, a lead-in line with no colon, or bullets typed into a paragraph.',
    severity: 'suggestion',
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    schema: (z) => z.strictObject({}),
    docs:
      'GOV.UK and NHS style for bulleted lists: a lead-in line that ends with a colon, then items that ' +
      'read on from it. Each item starts in lower case. It has no full stop, semicolon, “and” or “or” at ' +
      'the end. Screen readers already say where each item ends.\n\n' +
      'The rule flags an item that ends in “and” or “or” in any list, and a last item that starts with one. It flags semicolons after a lead-in ' +
      'line, or when most items have one, and commas on most items. It reports each kind of slip once per list, at the first ' +
      'item with it, and names the places of the others.\n\nIt reports full stops after a lead-in line when a few items have them and the rest ' +
      'do not, or when the items are short phrases. In any list of 3 or more items, it flags a full stop on the last item when no other item has one.\n\nAfter a lead-in line, it flags one item with a capital among items in lower case. It leaves alone items that are names, titles, links or sentences ' +
      '(“Oxford University Hospitals”, “Eat a light meal.”) for capitals, but not after a lead-in line ' +
      'that the items finish (“we will:”, “remember to:”, “include:”). Phrases that start with “-ing” ' +
      'or with a verb (“Is part of the NHS.”) read on from the lead-in line too, and so do items that start “A” or “An” (“A high temperature”). Among such phrases, one everyday word with a capital (“Swelling”) counts too, but not in a list of values or aims.\n\n' +
      'It flags an item that ends with a colon with nothing under it, before the next item. After a ' +
      'lead-in line that the items must finish (“the nurse will make sure:”, “you will be given:”), it ' +
      'flags one item that is a sentence of its own, like “If you feel sick you will be given medicine” ' +
      'or “We advise that you…”. It does not read on from the lead-in line, so it belongs outside the list.\n\n' +
      'It suggests a colon at the end of a line that leads in to a list (“Our services include”). It ' +
      'does the same after a sentence with a full stop before items in lower case. A short sentence that only announces ' +
      'the list (“Here are some examples.”) needs one too, and so does “You must not” on its own line.\n\n' +
      'It also suggests a colon in place of a semicolon, a comma, “:-”, a dash or dots at the end of that line, and after “For example” or “if you” on its own. It asks for a lead-in line in place ' +
      'of a heading, or a line in bold on its own, before 3 or more short phrases with capitals.\n\n' +
      'In a list with no lead-in line, it ' +
      'flags items that end in different ways: a few with full stops, or one full sentence without its ' +
      'full stop. It suggests bullets in place of numbers for a list of names. It suggests one sentence ' +
      'for a long bullet point: 2 sentences and 35 words after a lead-in line, or 3 sentences and 40 words without one. ' +
      'It does the same for one item much longer than the rest. After a lead-in line, it flags a list where most items have 2 sentences or more, once, naming each place.\n\nIt flags a short heading set as a list item among sentences. It flags 3 or more items in lower case that all start with the same words (“you can borrow”): say them once in the lead-in line. ' +
      'It flags sub-items set at the same level as the item that leads in to them (“this will include;”). It flags items ' +
      'that start in different ways, and items with capitals but no full stops after a sentence. And it flags a page ' +
      'that gives the same kind of points in a lead-in list and in a list of full sentences.\n\n' +
      'In markdown, it flags blank lines between short bullet points: they set each item apart like a paragraph.\n\nIt flags lists typed as paragraphs: bullet characters (•, arrows, squares, ticks), dashes or a small “o” typed at the ' +
      'start of lines. It flags steps typed “Step 1:” or “(1)”, and items lettered a), b), c) in order, or with a full stop after each letter. It flags items lettered (a), (b), (c) inside a paragraph.\n\nIt flags 3 or more ' +
      'paragraphs after a lead-in line that each start with a short heading and a dash. Screen readers ' +
      'only announce a list when you set it as one. Bullet characters count at the start of a line, after a colon, or 3 or more run into a sentence.\n\nIt suggests a bulleted list for a sentence that ' +
      'lists 9 short items or more, or 4 or more after a colon (“you will need: a form, a photo, a fee and a letter”). It also does so for 4 or more items split by semicolons after a colon. It does the same for 3 or more short lines set as paragraphs after a lead-in line (“What your ' +
      'name is”, “What your address is”, or “Answered 900 calls”, “Booked 420 appointments”), and for steps numbered inside a paragraph.\n\nNumbered lists are steps: each starts with a capital letter and ends ' +
      'with a full stop. The rule asks for a full stop on a step that has none when others have one. It flags a numbered list whose items read on ' +
      'from a lead-in line, in lower case: a list of things needs bullets. It also flags bullet points that are steps in order (“First,”, “Then”, ' +
      '“Finally,”).\n\nIt flags a list of one bullet after a lead-in line, with or without its colon: GOV.UK asks for more than one. One bullet of full sentences after a sentence is a paragraph, so it flags that too. It flags items in lower case straight after a heading, with no lead-in line, and an item in lower case with a second sentence after a lead-in line.\n\nAfter a lead-in line like “You can:” it flags items that are sentences with their own subject (“Parking is free”): they do not read on from it. It does the same for items whose first words cannot follow such a line: a noun (“You can:” then “your prescription”), a new subject (“we will…”), a preposition (“by post”), or “are” after “to:”. And it flags one or 2 items that start with a noun (“young people leaving care”) among 3 or more that start with a verb (“are older”, “have a disability”).',
    examples: {
      good: [
        { text: 'You can get help with:\n\n- your prescriptions\n- your travel costs\n- Oxford University Hospitals' },
        { text: 'Before you come:\n\n- Eat a light meal. It helps you feel well.\n- Bring your glasses. You will need them to read.' },
      ],
      bad: [
        { text: 'We will:\n\n- improve access to services; and\n- reduce waiting times', count: 1, flags: ['and'] },
        { text: 'Our priorities are:\n\n- better care\n- stakeholder engagement.', count: 1, flags: ['.'] },
        { text: 'Our ambitions are:\n\n- Working with our communities\n- Making it easy to get care', count: 1, flags: ['Working'] },
        { text: 'You can use it for:\n\n- help with shopping:\n- getting to appointments\n- paying a carer', count: 1, flags: [':'] },
        {
          text: 'When you leave you will be given:\n\n- a letter for your GP\n- a week of painkillers\n- We advise that you keep some paracetamol at home',
          count: 1,
          flags: ['We advise that you keep some paracetamol at home'],
        },
      ],
    },
  },
  async check(doc, context) {
    const pageLists = new PageLists();
    const lowerOnly = await listLowerOnly(doc.mdast);
    // Markdown syntax is named for markdown drafts only, never for a Word user.
    const markdown = doc.format === 'markdown';
    const reporter: ListReporter = { report, reportAt, markerLength };
    // The last item of each list: a list inside one that is not goes on into the outer list.
    const lastItems = new Set<ListItem>();
    eachNode(doc.mdast, 'list', (l: List) => {
      if (l.children.length) lastItems.add(l.children[l.children.length - 1]!);
    });
    eachNode(doc.mdast, 'list', (list: List, parent: Parents | undefined, index: number | undefined) => {
      // Quoted items are examples of words, not part of the sentence.
      const items = list.children.map((item) => ({ item, text: itemText(item) })).filter((i) => i.text && !/^["“‘']/.test(i.text));
      const lead = parent && index !== undefined && index > 0 ? (parent.children[index - 1] as MdastNodes) : undefined;
      // A dash or dots in place of the colon (“You can get help with –”) lead in all the same.
      const dashed = lead?.type === 'paragraph' && list.children.length >= 2 ? dashLead(lead, doc.text) : undefined;
      const leadText = lead?.type === 'paragraph' ? plainText(lead).replace(/\s+/g, ' ').trim().replace(/:\s?[-–]$/, ':').replace(dashed ? /\s*(?:[-–—]|\.{3}|…)$/ : /$^/, ':') : '';
      if (items.length === 1 && parent?.type !== 'listItem') {
        const only = items[0]!.text;
        hit(oneItem(list, only, lead?.type === 'paragraph' ? leadText : '', doc.text, lead?.type === 'paragraph' && !/:$/.test(leadText) && leadInReadsOn(leadText, /^\p{Ll}/u.test(only))));
      }
      if (items.length < 2) return;
      if (markdown) hit(looseList(list, list.children.map(itemText), doc.text));
      const hasLeadIn = /:$/.test(leadText);
      if (lead?.type === 'paragraph' && /:\s?[-–]$/.test(plainText(lead).trim())) hit(colonDash(lead, doc.text));
      hit(dashed);
      // “and” or “or” at the end of an item joins it to the next: never needed in a list. Not on
      // the last item, unless the list sits in an item of a list that goes on after it.
      const lastChild = list.children[list.children.length - 1];
      const outerGoesOn = parent?.type === 'listItem' && !lastItems.has(parent as ListItem);
      const joined = items.find((i) => (i.item !== lastChild || outerGoesOn) && JOINER.test(i.text));
      if (joined) {
        const word = JOINER.exec(joined.text)![1]!;
        report(joined.item, 'end', word.length, `Do not end a list item with “${word}”.`, 'Each item in a list stands on its own, so it does not need a joining word.', [`Take out “${word}”.`]);
      }
      // An item that leads in to the ones after it with a semicolon (“this will include;”).
      const flat = list.ordered ? undefined : flattenedItems(items, doc.text);
      if (flat) hit(flat);
      // Semicolons: after a lead-in line, or on most items of any list.
      const semis = items.filter((i, k) => k < items.length - 1 && SEMICOLON.test(i.text));
      const semi = items.find((i) => SEMICOLON.test(i.text) && i !== joined);
      if (semi && !flat && (hasLeadIn || semis.length * 2 >= items.length - 1)) {
        report(semi.item, 'end', 1, 'Do not end list items with a semicolon.', 'The list already shows where each item ends.', ['Take out the semicolon.'], semis.map((i) => i.item));
      }
      // Commas at the end of items, as in a sentence: on most items before the last.
      const commas = items.filter((i, k) => k < items.length - 1 && /[^,],\s*$/.test(i.text));
      if (!joined && commas.length >= 2 && commas.length * 2 >= items.length - 1) {
        report(commas[0]!.item, 'end', 1, 'Do not end list items with a comma.', 'The list already shows where each item ends.', ['Take out the comma.'], commas.map((i) => i.item));
      }
      // An item that ends with a colon but has nothing under it (“- If you need help with personal
      // care:” then the next item): the words or list it leads in to are missing.
      let hanging: { item: ListItem; text: string } | undefined;
      if (!list.ordered) {
        hanging = items.find((i, k) => k < items.length - 1 && /\p{L}[)’”"']?:$/u.test(i.text) && i.item.children.length === 1);
        if (hanging) report(hanging.item, 'end', 1, 'This list item ends with a colon, but nothing comes after it. Finish the item, or put what it leads in to under it.', 'A colon tells readers that more follows. Here the next item starts something new, so this one is left unfinished.', ['Finish the item, or take out the colon.']);
      }
      // One item that is a sentence of its own among items that finish the lead-in line: it does
      // not read on from it (“They will make sure:” … “- If you feel sick you will be given…”).
      const own = hasLeadIn && !list.ordered ? ownSentence(items, leadText) : undefined;
      if (own) hit(own);
      const ownItem = own?.item;
      const readsOn = !hasLeadIn && lead?.type === 'paragraph' && leadInReadsOn(leadText, lowerItems(items));
      if (readsOn) checkLeadIn(lead as Paragraph);
      // A sentence with a full stop before short items in lower case: it leads in to them, so it
      // needs a colon (“We offer a range of services.” then “- physiotherapy”).
      const stopLead =
        !hasLeadIn && !readsOn && !list.ordered && lead?.type === 'paragraph' && (/[\p{L}\p{N})]\.$/u.test(leadText) || bareLead(lead, leadText)) &&
        list.children.length === items.length && items.every((i) => /^\p{Ll}/u.test(i.text) && !/[.!?;:]$/.test(i.text) && /^\S+\s+\S+/.test(i.text) && i.text.split(/\s+/).length <= 12 && !/\s[–—-]\s|:\s/.test(i.text));
      // A short sentence that only announces the list (“Here are some examples.”) needs a colon.
      if (stopLead || (!hasLeadIn && !readsOn && !list.ordered && lead?.type === 'paragraph' && announcesList(leadText))) checkLeadIn(lead as Paragraph);
      // Items that are whole sentences (“Eat a light meal. It helps.”) may end with full stops.
      const sentences = items.filter((i) => !/^\p{Ll}/u.test(i.text) && ENDED.test(i.text) && i.text.split(/\s+/).length >= 4).length;
      // After “we will:”, “you can:” or “to:” the items finish the sentence, even when each looks
      // like a sentence of its own (“- Ask about your needs.”).
      // So do items after a lead-in line that ends in a verb, a preposition or a subject (“include:”,
      // “because they:”), and items that start with a verb that needs one (“Is part of the NHS.”).
      const modalLead = /\b(will|can|could|should|must|may|might|would|to|they|we|you)\s*:$/i.test(leadText) || OPEN_LEAD.test(leadText) || items.filter((i) => AUX_START.test(i.text)).length * 3 >= items.length * 2;
      const fullSentences = sentences === items.length && !(modalLead && (items.every((i) => sentenceCount(i.text) === 1) || /\b(you|we|they)\s+(will|can|could|should|must|may|might|would)\s*:$/i.test(leadText)));
      if (list.ordered) {
        // Numbered lists are steps: NHS style starts each with a capital and ends it with a full
        // stop, so the bulleted-list advice on full stops and capitals does not apply.
        checkOrder(reporter, list, items, leadText);
        checkStepStops(reporter, items);
        hit(numberedThings(list, items, leadText, doc.text) ?? stepsWithoutStops(list, items, doc.text));
        return;
      }
      hit(bulletedSteps(list, items, doc.text) ?? joinerStart(items, doc.text));
      // Most items with 2 sentences or more: one finding naming each of them, not only the longest.
      const many = manySentences(items, leadText);
      if (many) hitWithPlaces(many);
      else hit(longItem(items, (hasLeadIn || readsOn) && sentences * 2 <= items.length) ?? secondSentence(items, hasLeadIn || readsOn));
      hit(headingItem(items, doc.text) ?? repeatedStart(items, doc.text));
      if (items.length === list.children.length) pageLists.add(items, leadText, hasLeadIn);
      // Items finish the lead-in line’s sentence: with a colon, or a line that plainly reads on.
      if (!hasLeadIn && !readsOn) {
        checkLastStop(reporter, items);
        hit(mixedStarts(items, doc.text));
        if (lead?.type === 'heading' && !hit(headingNoLeadIn(list, items, doc.text, lead))) checkHeadingLead(reporter, items);
        // A line in bold on its own is a heading in all but name (“**What to bring**”).
        else if (lead?.type === 'paragraph' && boldOnly(lead)) checkHeadingLead(reporter, items);
        else if (!stopLead && !announcesList(leadText)) hit(noLeadInCapitals(items, leadText, doc.text));
        return;
      }

      if (!ownItem && hasLeadIn && hit(subjectItems(items, leadText) ?? itemsBreakLeadIn(items, leadText))) return;
      if (!ownItem) hit(mixedKinds(items, leadText));
      if (!fullSentences) {
        // One sentence only: an item with a sentence inside it (“main: the content. It is unique.”,
        // “for example: Diuretics are …”) keeps its full stop.
        const stops = items.filter((i) => FULL_STOP.test(i.text) && !/[.!?:]\s+["“‘']*\p{Lu}/u.test(i.text));
        // Flag full stops when they are the odd ones out, or when the items are short phrases.
        const short = items.every((i) => i.text.split(/\s+/).length <= 6);
        const ending = items.filter((i) => ENDED.test(i.text)).length;
        // Half and half in a list of 4 or more (2 with full stops, 2 without) is as careless as a
        // few; in a list of 2, neither item is the odd one out.
        const fewStops = ending * 2 < items.length || (ending * 2 === items.length && items.length >= 4);
        if (stops.length && (fewStops || short)) {
          const capital = stops.length === 1 && /^\p{Lu}\p{Ll}/u.test(stops[0]!.text) && items.every((i) => i === stops[0] || /^\p{Ll}/u.test(i.text)) && sentenceCase(stops[0]!.text, lowerOnly);
          report(stops[0]!.item, 'end', 1, capital ? 'This list item starts with a capital letter and ends with a full stop, but the others do not. Start it in lower case and take out the full stop.' : stops.length === 1 ? 'This list item ends with a full stop.' : `${stops.length} list items end with a full stop.`, 'Items that read on from a lead-in line do not need full stops.', ['Take out the full stop.'], stops.map((i) => i.item));
        }
        // Capitals: items that read on from the lead-in start in lower case. Names are left alone.
        // An item of one sentence with a full stop (“For staff to find easy words.”) still reads on.
        // One everyday word with a capital (“Fever”, “Cough”) reads on too, when every item is one word.
        // Not when one of the words is a name (“Reading”, “Ealing”, “Woking”): a list of places.
        const oneWords = items.every((i) => /^\p{L}+[.]?$/u.test(i.text)) && !items.some((i) => /^\p{Lu}\p{Ll}+[.]?$/u.test(i.text) && !everydayWord(i.text));
        // A question (“Why is this important?”) is a sentence of its own, like the titles of a
        // document's sections that a list names: it does not finish the lead-in line.
        // An item that starts with a link or bold words names a page or a term: it keeps its capital.
        const phrase = (t: string) => sentenceCase(t, lowerOnly) || ING.test(t) || AUX_START.test(t) || articleStart(t);
        // Everyday words with a capital among phrases with one (“A high temperature”, “Swelling”,
        // “Redness”), but not a list of named values or aims (“Compassion”, “Working together”).
        const wordsToo = oneWords || (!NAMED_POINTS.test(leadText) && items.some((i) => i.text.includes(' ') && phrase(i.text)));
        // Among such phrases, a word the dictionary has only in lower case counts as well, though
        // it is not in the everyday list (“Toiletries”, “Alcohol”, “Deodorant” after “Please pack:”).
        const plainWord = (t: string) => everydayWord(t) || (!oneWords && /^\p{Lu}\p{Ll}+\.?$/u.test(t) && !!lowerOnly?.(t.replace(/\.$/, '')));
        const capitals = items.filter((i) => !QUESTION.test(i.text) && !startsWithTerm(i.item) && (phrase(i.text) || (wordsToo && plainWord(i.text))) && (!ENDED.test(i.text) || sentenceCount(i.text) === 1));
        // A list of names with one word each among them (“Compassion”, “Respect”, “Being positive”,
        // “Working together”): lower case on some items only would leave it uneven.
        // One such word in a long list of everyday phrases (“Threadworm” among “Sore throat”, “Mouth
        // ulcers” and 18 more) is a word the dictionary lacks, not a list of names.
        const oddWords = oneWords ? [] : items.filter((i) => /^\p{Lu}\p{L}*$/u.test(i.text) && !capitals.includes(i));
        const uneven = oddWords.length > 0 && (!wordsToo || oddWords.length * 5 > items.length);
        if (capitals.length * 2 >= items.length && capitals.length >= 2 && !uneven && !namedPoints(items)) {
          const first = capitals[0]!;
          const word = first.text.split(/\s+/)[0]!.replace(/[^\p{L}'’-]/gu, '');
          report(first.item, 'start', word.length, `List items that read on from the lead-in line start in lower case, like “${word.toLowerCase()}”.`, 'A capital letter says a new sentence starts, but each item finishes the lead-in line.', [word.toLowerCase()], capitals.map((i) => i.item));
        }
        // One item with a capital among items in lower case: the odd one out. A word ending in
        // “-ing” before a lower-case word (“Exploring your needs”) is a verb, not a name.
        const upper = items.filter((i) => /^\p{Lu}/u.test(i.text));
        const odd = upper.length === 1 && items.length >= 3 ? upper[0]! : undefined;
        if (capitals.length < 2 && odd && odd.item !== ownItem && odd !== hanging && items.every((i) => i === odd || /^\p{Ll}/u.test(i.text)) && !ENDED.test(odd.text) && (sentenceCase(odd.text, lowerOnly) || ING.test(odd.text)) && !namedInText(odd.text, doc.text)) {
          const word = odd.text.split(/\s+/)[0]!.replace(/[^\p{L}'’-]/gu, '');
          report(odd.item, 'start', word.length, `This list item starts with a capital, but the others do not. Write “${word.toLowerCase()}”.`, 'Items that read on from the lead-in line start in lower case, all the same way.', [word.toLowerCase()]);
        }
      }
    });

    hit(pageLists.result(doc.text));

    // Lists typed as paragraphs: bullet characters, letters, or labels with dashes.
    const parents: Parents[] = [doc.mdast as Parents];
    eachNode(doc.mdast, 'blockquote', (node: Parents) => {
      parents.push(node);
    });
    // Short lines set as paragraphs that make a list, in a list item too (Word’s easy read pages).
    const itemSpans: Array<[number, number]> = [];
    eachNode(doc.mdast, 'listItem', (node: Parents) => {
      itemSpans.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
      for (const found of paragraphLists(doc.text, node)) hit(found);
    });
    for (const parent of parents) {
      for (const found of paragraphLists(doc.text, parent)) hit(found);
      for (const fake of fakeLists(doc.text, parent)) {
        const first = fake.items[0]!;
        if (fake.kind === 'bullets') {
          reportAt(first.start, first.start + 1, 'These items are typed with bullet characters in a paragraph. Make them a real bulleted list.', 'Screen readers only announce a list, and how many items it has, when it is set as a list.', ['Put each item on its own line as a bulleted list, after a lead-in line that ends with a colon.']);
        } else if (fake.kind === 'typed') {
          reportAt(first.start, first.start + 1, 'These lines are typed to look like bullet points. Make them a real bulleted list.', 'Screen readers only announce a list, and how many items it has, when it is set as a list.', [`Use the bulleted list button${markdown ? ' (or “- ” in markdown)' : ''}, after a lead-in line that ends with a colon.`]);
        } else if (fake.kind === 'steps') {
          const mark = /^\S+(?:\s+\d+[.:)]?)?/.exec(doc.text.slice(first.start, first.end))![0];
          reportAt(first.start, first.start + mark.length, 'These steps are typed as numbered paragraphs. Make them a real numbered list.', 'Screen readers announce a numbered list and how many steps it has, so people know where they are.', [`Use the numbered list button${markdown ? ' (or “1. ” in markdown)' : ''} for the steps.`], 'suggestion');
        } else if (fake.kind === 'letters') {
          reportAt(first.start, first.start + Math.min(2, first.end - first.start), 'Items lettered a), b), c) are easier to read as a bulleted list.', 'Letters make readers look for an order or a reference. Bullets are quicker to scan, and screen readers announce them as a list.', ['Use a bulleted list, or a numbered list if the order matters.'], 'suggestion');
        } else {
          reportAt(first.start, first.end, 'These paragraphs each start with a short heading and a dash: they read like a list. Make them a bulleted list.', 'A list is quicker to scan, and screen readers announce how many items it has.', ['Set the points as a bulleted list after the lead-in line.'], 'suggestion');
        }
        // Bullets run into a paragraph need setting out again first: one finding says it.
        if (fake.kind !== 'letters' && fake.kind !== 'typed') continue;
        const joined = fake.items.find((i, k) => k < fake.items.length - 1 && JOINER.test(i.text));
        if (joined) {
          const word = JOINER.exec(joined.text)![1]!;
          const end = lastWordEnd(joined.start, joined.end, word);
          if (end !== undefined) reportAt(end - word.length, end, `Do not end a list item with “${word}”.`, 'Each item in a list stands on its own, so it does not need a joining word.', [`Take out “${word}”.`]);
        }
      }
    }

    // Lists written into a sentence: 9 short items or more, split by commas, or 4 after a colon.
    eachNode(doc.mdast, 'paragraph', (para: Paragraph) => {
      const from = para.position?.start.offset;
      const to = para.position?.end.offset;
      if (from === undefined || to === undefined) return;
      hit(inlineSteps(doc.text, para));
      for (const found of runInLists(doc.text, para, itemSpans.some(([a, b]) => a <= from && to <= b))) hit(found);
    });

    /** The line before a list that leads in to it, but does not end with a colon. */
    function checkLeadIn(lead: Paragraph): void {
      const end = lead.position?.end.offset;
      if (end === undefined) return;
      let at = end;
      while (at > 0 && /[\s*_]/.test(doc.text[at - 1]!)) at--;
      const hasStop = /[.;,]/.test(doc.text[at - 1]!);
      const word = /[\p{L}]+$/u.exec(doc.text.slice(Math.max(0, at - (hasStop ? 41 : 40)), hasStop ? at - 1 : at))?.[0];
      if (!word) return;
      const wordEnd = hasStop ? at - 1 : at;
      reportAt(wordEnd - word.length, hasStop ? at : wordEnd, 'End the line that leads in to this list with a colon (:).', 'A colon tells readers the list finishes the sentence.', [hasStop ? `${word}:` : `${word}:`], 'suggestion');
    }

    /** One finding for several items: the first in full, the others' paragraphs as its places. */
    function hitWithPlaces(found: (ListHit & { others: ListItem[] }) | undefined): void {
      if (!found) return;
      const rest = found.others.map((o) => o.children.find((c): c is Paragraph => c.type === 'paragraph')?.position).filter((p) => !!p).map((p): [number, number] => [p!.start.offset!, p!.end.offset!]);
      const data = { places: placesData(doc.text, doc.pointAt, [[found.start, found.end], ...rest]) };
      context.report({ span: { start: doc.pointAt(found.start), end: doc.pointAt(found.end) }, message: found.message, why: found.why, suggestions: found.suggestions, severity: 'suggestion', data });
    }

    function hit(found: ListHit | undefined): boolean {
      if (found) reportAt(found.start, found.end, found.message, found.why, found.suggestions, 'suggestion');
      return !!found;
    }

    function reportAt(start: number, end: number, message: string, why: string, suggestions: string[], severity?: 'suggestion' | 'warning'): void {
      if (end <= start) return;
      context.report({ span: { start: doc.pointAt(start), end: doc.pointAt(end) }, message, why, suggestions, ...(severity ? { severity } : {}) });
    }

    /** The end of the last word of a typed item (before “;” or “,” and spaces). */
    function lastWordEnd(start: number, end: number, word: string): number | undefined {
      let at = end;
      while (at > start && /[\s;,]/.test(doc.text[at - 1]!)) at--;
      return doc.text.slice(at - word.length, at).toLowerCase() === word.toLowerCase() ? at : undefined;
    }

    function markerLength(item: ListItem): number {
      const m = /^\s*\d+[.)]/.exec(doc.text.slice(item.position!.start.offset!, item.position!.start.offset! + 12));
      return m ? m[0].length : 1;
    }

    /** Where a slip is in an item: its last character, or its first word (`length` long). */
    function itemSpan(item: ListItem, where: 'start' | 'end', length: number): [number, number] | undefined {
      const para = item.children.find((c): c is Paragraph => c.type === 'paragraph');
      const node = para ?? item;
      if (!node.position) return undefined;
      let start: number;
      let end: number;
      if (where === 'end') {
        end = node.position.end.offset!;
        while (end > 0 && /\s/.test(doc.text[end - 1]!)) end--;
        start = end - length;
      } else {
        start = node.position.start.offset!;
        while (start < end0(node) && !/\p{L}/u.test(doc.text[start]!)) start++;
        end = start + length;
      }
      return doc.text.slice(start, end).length === length ? [start, end] : undefined;
    }

    /**
     * One finding for a slip, on the first item with it. `others` are the further items with the
     * same slip: the finding names their places in `data.places`, so each one is shown.
     */
    function report(item: ListItem, where: 'start' | 'end', length: number, message: string, why: string, suggestions: string[], others: ListItem[] = []): void {
      const span = itemSpan(item, where, length);
      if (!span) return;
      const [start, end] = span;
      const rest = others
        .filter((o) => o !== item)
        .map((o) => itemSpan(o, where, where === 'end' ? length : firstWord(o).length))
        .filter((s): s is [number, number] => !!s);
      const data = rest.length ? { places: placesData(doc.text, doc.pointAt, [span, ...rest]) } : undefined;
      context.report({ span: { start: doc.pointAt(start), end: doc.pointAt(end) }, message, why, suggestions, ...(data ? { data } : {}) });
    }

    /** An item's first word, as the capitals checks name it. */
    function firstWord(item: ListItem): string {
      return itemText(item).split(/\s+/)[0]!.replace(/[^\p{L}'’-]/gu, '');
    }
    function end0(node: MdastNodes): number {
      return node.position!.end.offset!;
    }
  },
});

/** A paragraph that is all bold, with no full stop or colon: a heading typed in bold. */
function boldOnly(para: Paragraph): boolean {
  return para.children.length === 1 && para.children[0]!.type === 'strong' && !/[.:!?;,]$/.test(plainText(para).trim());
}

/**
 * A line with no mark at its end, of 3 words or more with one in lower case, that is not a
 * heading typed in bold: before short items in lower case, it leads in to them (“There are 3 ways
 * to contact us” then “- by phone”).
 */
function bareLead(para: Paragraph, text: string): boolean {
  return /[\p{L}\p{N})]$/u.test(text) && text.split(/\s+/).length >= 3 && /\s\p{Ll}/u.test(text) && !boldOnly(para);
}

/** An item that starts with a verb, not a subject (“Is part of the NHS.”, “Have moved house.”). */
const AUX_START = /^(?:Is|Are|Was|Were|Has|Have|Had|Can|Could|Will|Would|May|Must|Should|Does|Do|Did)\s+(?!(?:you|we|they|it|he|she|i|there)\b)\p{Ll}[^?]*$/u;

/** A verb in “-ing” before a word in lower case (“Locating services”): it reads on, it is not a name. */
const ING = /^\p{Lu}\p{Ll}+ing\s+\p{Ll}/u;

