/**
 * house-style checks for the names of documents and Acts, on made-up text: a title in sentence
 * case run into a sentence with nothing to mark it (“the Caring for your stitches leaflet”), and
 * an Act with its year in front (“the 2010 Equality Act”).
 */
import { describe, expect, it } from 'vitest';
import { fixedText, found, lint } from './helpers/house-style.js';

describe('house-style: titles run into a sentence', () => {
  it('asks for quotation marks round a title in sentence case before “leaflet”, “booklet” or “chart”', async () => {
    const findings = await lint(
      'Read the Caring for your stitches at home leaflet before you go. The Eating well in pregnancy booklet has recipes.',
    );
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'quotes: Caring for your stitches at home → the “Caring for your stitches at home” leaflet',
      'quotes: Eating well in pregnancy → the “Eating well in pregnancy” booklet',
    ]);
    expect(findings[0]!.message).toBe(
      'Put the title “Caring for your stitches at home” in quotation marks, or make it a link, so readers see where it starts and ends.',
    );
  });

  it('GOV.UK: suggests single quotation marks', async () => {
    const findings = await lint('Use the Checking your tax code online guide.', { guide: 'govuk' });
    expect(findings.map((f) => f.suggestions?.[0])).toEqual(['the ‘Checking your tax code online’ guide']);
  });

  it('leaves titles in quotes, links, italics, title case and sentences alone', async () => {
    expect(
      await found(
        'Read the “Caring for your stitches at home” leaflet. Read the [Caring for your stitches at home](https://a.example) leaflet. ' +
          'Read the *Caring for your stitches at home* leaflet. Fill in the Change of Address form. Read the Patient Advice and Liaison Service leaflet.',
      ),
      // The italics have their own finding (use quotation marks for a title), not this one.
    ).toEqual(['italics: *Caring for your stitches at home*']);
    expect(
      await found('The Board approved the draft guide. The Trust will update its leaflet. The Director said the new leaflet helps.'),
    ).toEqual([]);
    // A stack of nouns describes the leaflet; it is not its title.
    expect(await found('The Endoscopy unit patient information leaflet explains the test.')).toEqual([]);
  });
});

describe('house-style: the names of Acts', () => {
  it('asks for the year after the name of an Act, and fixes it', async () => {
    const text = 'Our duties come from the 2014 Care Act and the 2012 Health and Social Care Act.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'terms: 2014 Care Act → Care Act 2014',
      'terms: 2012 Health and Social Care Act → Health and Social Care Act 2012',
    ]);
    expect(fixedText(text, findings)).toBe('Our duties come from the Care Act 2014 and the Health and Social Care Act 2012.');
  });

  it('leaves Acts written the right way and years before other words alone', async () => {
    expect(await found('The Care Act 2014 applies. In 2014 Parliament passed the Act. By 2010 The Act had changed.')).toEqual([]);
  });
});
