/**
 * capitals on job titles and hospital services in running text (rules/lib/capital-roles.ts), a
 * word in a list after “your” or “a”, short sentences that end in a full stop, and the general names
 * of medicines (NHS style: “paracetamol”, not “Paracetamol”). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function excerpts(text: string, preset = 'nhs') {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(capitals, {}, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => f.excerpt);
}

describe('job titles with a describing word the dictionary has in lower case', () => {
  it('flags a general job title after “the”, “our” or “a”, and in the plural', async () => {
    expect(await excerpts('If you need a dressing changed, the District Nurse visits on Tuesdays.')).toEqual(['District Nurse']);
    expect(await excerpts('A Healthcare Assistant will take some blood first.')).toEqual(['Healthcare Assistant']);
    expect(await excerpts('Our Advanced Nurse Practitioners see people with minor illness.')).toEqual(['Advanced Nurse Practitioners']);
    expect(await excerpts('You will meet your Named Midwife at 12 weeks.')).toEqual(['Named Midwife']);
    expect(await excerpts('We work with Social Prescribers and local groups.')).toEqual(['Social Prescribers']);
    // Up to 4 words, and “professional” as a role (not “officer”: “the Chief Medical Officer” is one post).
    expect(await excerpts('Ask a Registered Mental Health Professional for advice.')).toEqual(['Registered Mental Health Professional']);
    expect(await excerpts('Our Health Care Professionals visit every week.')).toEqual(['Health Care Professionals']);
  });

  it('leaves a job title next to a person’s name alone', async () => {
    expect(await excerpts('District Nurse Sam Patel will visit you at home.')).toEqual([]);
    expect(await excerpts('Sam Patel, our District Nurse, will visit you at home.')).toEqual([]);
    expect(await excerpts('Our District Nurse, Sam Patel, will visit you.')).toEqual([]);
    expect(await excerpts('Sam Patel, our Mental Health Professional, will visit you.')).toEqual([]);
  });

  it('leaves posts that are often one person alone: a specific job title keeps its capitals', async () => {
    expect(await excerpts('The Children’s Commissioner wrote to the council about waiting times.')).toEqual([]);
    expect(await excerpts('The report went to the Information Commissioner last week.')).toEqual([]);
  });
});

describe('hospital services', () => {
  it('flags a service named by what it does: unit, department or team', async () => {
    expect(await excerpts('Our Maternity Unit is on level 2 of the main building.')).toEqual(['Maternity Unit']);
    expect(await excerpts('Please go to the Radiology Department for your scan.')).toEqual(['Radiology Department']);
    expect(await excerpts('You can contact the Patient Experience Team by phone.')).toEqual(['Patient Experience Team']);
  });

  it('leaves a unit with its own name alone: “the Cedar Unit”, “the Home Office”', async () => {
    expect(await excerpts('You will stay on the Cedar Unit for a few days.')).toEqual([]);
    expect(await excerpts('Visas are a matter for the Home Office, not for us.')).toEqual([]);
  });

  it('leaves the short name of a named place alone when the page gives its full name', async () => {
    expect(await excerpts('St Anne’s Maternity Unit opened in May. The staff at the Maternity Unit are proud of it.')).toEqual([]);
    expect(await excerpts('Go to Anytown Radiology Department. At the Radiology Department a radiographer greets you.')).toEqual([]);
  });
});

describe('a word in a list takes the list’s first word', () => {
  it('flags each common noun in a list after “your” or “a”', async () => {
    expect(await excerpts('Your GP or Consultant will explain the results.')).toEqual(['Consultant']);
    expect(await excerpts('You can ask a Nurse, Doctor or Pharmacist for advice.')).toEqual(['Nurse', 'Doctor', 'Pharmacist']);
  });

  it('leaves a list alone when “the” belongs to a name in it', async () => {
    expect(await excerpts('Students work in Cardiology, Care of the Elderly, Surgery and Theatres.')).toEqual([]);
    expect(await excerpts('This is for the Department of Health and Social Care and Trust boards.')).toEqual([]);
  });
});

describe('short sentences that end in a full stop', () => {
  it('reads a short sentence with a small word in lower case as a sentence, not a title', async () => {
    expect(await excerpts('Speak to the District Nurse.')).toEqual(['District Nurse']);
    expect(await excerpts('Go to the Radiology Department.')).toEqual(['Radiology Department']);
  });

  it('still leaves a line in title case alone', async () => {
    expect(await excerpts('Joint Health and Wellbeing Strategies\n\nRead them online.')).toEqual([]);
    expect(await excerpts('Patient Advice and Liaison Service.\n\nCall us.')).toEqual([]);
  });
});

describe('general names of medicines', () => {
  it('flags a general medicine name or kind of medicine with a capital in the middle of a sentence', async () => {
    expect(await excerpts('You can take Paracetamol or Ibuprofen for the pain.')).toEqual(['Paracetamol', 'Ibuprofen']);
    expect(await excerpts('Rub in some Ibuprofen Gel twice a day.')).toEqual(['Ibuprofen Gel']);
    expect(await excerpts('You will not usually need Antibiotics for a cold.')).toEqual(['Antibiotics']);
  });

  it('leaves brand names, the start of a sentence and headings alone', async () => {
    expect(await excerpts('You can give your child Calpol or Nurofen for children.')).toEqual([]);
    expect(await excerpts('Paracetamol is safe for most people.')).toEqual([]);
    expect(await excerpts('# Taking Paracetamol\n\nIt is safe for most people.')).toEqual([]);
  });

  it('says why, and suggests the lower case form', async () => {
    const result = await lintDocument(parseMarkdown('Do not give Aspirin to children under 16.', 'draft.md'), oneRule(capitals, {}, { preset: 'nhs' }));
    expect(result.findings.map((f) => [f.message, f.suggestions?.[0]])).toEqual([
      ['“Aspirin” does not need a capital letter: write the general names of medicines in lower case.', 'aspirin'],
    ]);
  });
});

describe('more job titles', () => {
  it('flags 3 common words that end in a role after “the” or “our”, but not a post like “Chief Medical Officer”', async () => {
    expect(await excerpts('Our Mental Health Practitioner can help you.')).toEqual(['Mental Health Practitioner']);
    expect(await excerpts('The Chief Medical Officer gave advice.')).toEqual([]);
  });

  it('flags the words before “GP” that describe the role', async () => {
    expect(await excerpts('The Locum GP will see you. Our Salaried GPs work part time.')).toEqual(['Locum', 'Salaried']);
    expect(await excerpts('Anytown GP surgeries are open. The Royal College of GPs agreed.')).toEqual([]);
  });
});

describe('teams and specialists', () => {
  it('flags a team after everyday words, and 3 common words that end in a service', async () => {
    expect(await excerpts('Please write to the Complaints Team with your concerns.')).toEqual(['Complaints Team']);
    expect(await excerpts('You may ask the Patient Services Team for a form.')).toEqual(['Patient Services Team']);
  });

  it('flags a word for a specialist that the dictionary has in lower case', async () => {
    expect(await excerpts('Your Optician will check your eyes. The Audiologist tests your hearing.')).toEqual(['Optician', 'Audiologist']);
  });

  it('leaves a team named after a tree, and names kept in capitals, alone', async () => {
    expect(await excerpts('The Oak Team covers the north of the county.')).toEqual([]);
    expect(await excerpts('The Admiral Nurse service helps carers of people with dementia.')).toEqual([]);
  });

  it('leaves a team with a name before it alone', async () => {
    expect(await excerpts('Anytown Complaints Team answers letters. Write to the Complaints Team.')).toEqual([]);
  });
});
