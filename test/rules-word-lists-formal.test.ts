/**
 * Word choice in formal NHS and council documents (strategies, board papers, consultation pages,
 * news releases), issue 18, session 19: metaphors of driving and travel ("data-driven", "the
 * journey of improving", "move forward", "take forward"), planning jargon ("geographies",
 * "enabling strategies", "financial impact"), wordy amounts ("a considerable amount of"),
 * "proceed", "and wish to", and "please find below". Each is kept to the context where an editor
 * would ask for a plainer word. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('jargon: “-driven” used of a service or an approach', () => {
  it('flags data-driven, digitally driven and the like', async () => {
    expect(await excerpts('jargon', 'We will build a data-driven service for the county.')).toEqual(['data-driven']);
    expect(await excerpts('jargon', 'We want to be a modern organisation that is digitally driven.')).toEqual(['digitally driven']);
    expect(await excerpts('jargon', 'The board wants quality driven care in every ward.')).toEqual(['quality driven']);
    expect(await excerpts('jargon', 'Our plans are values-driven and open.')).toEqual(['values-driven']);
  });

  it('leaves alone driving that is driving, and the title of another document', async () => {
    expect(await excerpts('jargon', 'You may not be driven home by a taxi after the test.')).toEqual([]);
    expect(await excerpts('jargon', 'The data drive the choices we make in the clinic.')).toEqual([]);
    expect(
      await excerpts('jargon', 'Read [A guide to good practice for data-driven health technologies](https://www.gov.uk/example) on GOV.UK.'),
    ).toEqual([]);
  });
});

describe('jargon: the journey metaphor with “of” or “to”', () => {
  it('flags a journey of improving or change', async () => {
    expect(await excerpts('jargon', 'Last year we started on the journey of improving our wards.')).toEqual(['journey of improving']);
    expect(await excerpts('jargon', 'This is one step in our journey of change.')).toEqual(['journey of change']);
    expect(await excerpts('jargon', 'The team is proud of its journey to outstanding.')).toEqual(['journey to outstanding']);
  });

  it('leaves alone a journey someone makes', async () => {
    expect(await excerpts('jargon', 'The journey to the hospital takes 40 minutes by bus.')).toEqual([]);
    expect(await excerpts('jargon', 'Bring a drink for the journey home.')).toEqual([]);
    expect(await excerpts('jargon', 'The journey of the river starts in the hills.')).toEqual([]);
  });
});

describe('jargon: “move forward” and “take forward” for making progress', () => {
  it('flags a decision to move forward and work taken forward', async () => {
    expect(await excerpts('jargon', 'The panel will meet if a decision is made to move forward.')).toEqual(['move forward']);
    expect(await excerpts('jargon', 'The board agreed to move forward with option 2.')).toEqual(['move forward']);
    expect(await excerpts('jargon', 'As we move forward, we will keep you informed.')).toEqual(['move forward']);
    expect(await excerpts('jargon', 'The actions will be taken forward by the team.')).toEqual(['taken forward']);
    expect(await excerpts('jargon', 'A small group will take this work forward in the spring.')).toEqual(['take this work forward']);
  });

  it('leaves alone moving forward in a place or a queue', async () => {
    expect(await excerpts('jargon', 'Press the green button to move forward to the next page.')).toEqual([]);
    expect(await excerpts('jargon', 'Please move forward in the queue when your name is called.')).toEqual([]);
    expect(await excerpts('jargon', 'The nurse will ask you to move forward slightly on the bed.')).toEqual([]);
    expect(await excerpts('jargon', 'The meeting has moved forward by a week.')).toEqual([]);
  });
});

describe('jargon: “geographies”, “enabling strategies”, “financial impact”', () => {
  it('flags planning jargon', async () => {
    expect(await excerpts('jargon', 'We looked at the needs of our combined geographies.')).toEqual(['geographies']);
    expect(await excerpts('jargon', 'The plan is backed by 6 enabling strategies.')).toEqual(['enabling strategies']);
    expect(await excerpts('jargon', 'We tested the financial impact of each option.')).toEqual(['financial impact']);
    expect(await excerpts('jargon', 'The new road will have a big economic impact on the town.')).toEqual(['economic impact']);
  });

  it('leaves alone the everyday words and the name of an assessment', async () => {
    expect(await excerpts('jargon', 'The geography of the county makes travel hard.')).toEqual([]);
    expect(await excerpts('jargon', 'The grant is enabling families to stay together.')).toEqual([]);
    expect(await excerpts('jargon', 'We wrote an economic impact assessment for the scheme.')).toEqual([]);
  });

  it('flags “impact” as a verb after “likely to”, “start to” and the like, not the noun after a bare “to”', async () => {
    expect(await excerpts('jargon', 'Worry can start to impact your sleep. Stress is likely to impact your work.')).toEqual(['impact', 'impact']);
    expect(await excerpts('jargon', 'We track each idea from design to impact. We moved to impact assessment.')).toEqual([]);
  });
});

describe('simpler words: wordy amounts, “proceed”, “and wish to”, “please find below”', () => {
  it('flags them', async () => {
    expect(await excerpts('simpler-words', 'There is a considerable amount of work still to do.')).toEqual(['a considerable amount of']);
    expect(await excerpts('simpler-words', 'We spent a significant amount of time on the plan.')).toEqual(['a significant amount of']);
    expect(await excerpts('simpler-words', 'We will tell you if we decide to proceed.')).toEqual(['proceed']);
    expect(await excerpts('simpler-words', 'Do you feel better and wish to cancel your appointment?')).toEqual(['wish']);
    expect(await excerpts('simpler-words', 'Please find below the dates of our meetings.')).toEqual(['Please find below']);
  });

  it('leaves alone “proceeds”, “proceed with” (its own entry) and other wishes', async () => {
    expect(await excerpts('simpler-words', 'The proceeds of the raffle go to the ward.')).toEqual([]);
    expect(await excerpts('simpler-words', 'We will proceed with the building work in May.')).toEqual(['proceed with']);
    expect(await excerpts('simpler-words', 'Best wishes and thanks for your help.')).toEqual([]);
    expect(await excerpts('simpler-words', 'The amount of money you pay depends on your income.')).toEqual([]);
  });
});

describe('a list rule leaves alone the last of a list of capitalised names', () => {
  it('skips “One Team, Compassionate and Innovative” as it skips “Innovative and Caring”', async () => {
    expect(await excerpts('jargon', 'We have new values – One Team, Compassionate and Innovative.')).toEqual([]);
    expect(await excerpts('jargon', 'Our values are Open, Caring and Innovative.')).toEqual([]);
    expect(await excerpts('jargon', 'Our values are Innovative and Caring.')).toEqual([]);
  });

  it('still flags the word in lower case, at the start of a sentence, or capitalised on its own', async () => {
    expect(await excerpts('jargon', 'We have caring and innovative staff.')).toEqual(['innovative']);
    expect(await excerpts('jargon', 'Innovative and caring staff run the ward.')).toEqual(['Innovative']);
    expect(await excerpts('jargon', 'Our staff are Innovative and proud.')).toEqual(['Innovative']);
    expect(await excerpts('jargon', 'Conscious Sedation and Analgesia – you stay awake but relaxed.')).toEqual(['Analgesia']);
  });
});

describe('jargon: “underpin”, “strategic direction”, “reconfigure”, “engage” people', () => {
  it('flags them', async () => {
    expect(await excerpts('jargon', 'Our values underpin everything we do.')).toEqual(['underpin']);
    expect(await excerpts('jargon', 'The board approved the strategic direction for the next 5 years.')).toEqual(['strategic direction']);
    expect(await excerpts('jargon', 'Work starts with a reconfiguration of the outpatient area.')).toEqual(['reconfiguration']);
    expect(await excerpts('jargon', 'We held events to engage local people in the plans.')).toEqual(['engage']);
    expect(await excerpts('jargon', 'Last year we engaged a wide range of groups.')).toEqual(['engaged']);
  });

  it('leaves alone engaged as an adjective, and a document titled with its years', async () => {
    expect(await excerpts('jargon', 'The club helps people stay active and engaged in their community.')).toEqual([]);
    expect(await excerpts('jargon', 'The phone line was engaged all morning.')).toEqual([]);
    expect(await excerpts('jargon', 'Read more in our Strategic Direction 2021-2025.')).toEqual([]);
  });
});

describe('simpler words: “undertook”, “substantive”, “implications”', () => {
  it('flags them', async () => {
    expect(await excerpts('simpler-words', 'In May we undertook a survey of 300 carers.')).toEqual(['undertook']);
    expect(await excerpts('simpler-words', 'We had substantive feedback from patients.')).toEqual(['substantive']);
    expect(await excerpts('simpler-words', 'The new law has significant implications for carers.')).toEqual(['implications']);
  });

  it('leaves alone a substantive post and other uses', async () => {
    expect(await excerpts('simpler-words', 'This is a substantive post for 37.5 hours a week.')).toEqual([]);
    expect(await excerpts('simpler-words', 'Think about what it implies for your family.')).toEqual([]);
  });
});

describe('alt-text: alt text that sends people to the text around the image', () => {
  const messages = async (text: string) => {
    const { lintMarkdown } = await import('../src/index.js');
    const result = await lintMarkdown(text, { extends: 'nhs' });
    return result.findings.filter((f) => f.ruleId === 'alt-text').map((f) => f.message);
  };

  it('flags “as per the text above”, “as outlined above” and “see the list below”', async () => {
    expect(await messages('![Our objectives in 4 boxes, as per the text above.](aims.png)')).toEqual([
      'The alt text sends people to the text around the image (“as per the text above”).',
    ]);
    expect(await messages('![Our values chart, as outlined above](values.png)')).toHaveLength(1);
    expect(await messages('![Opening times, see the list below](times.png)')).toHaveLength(1);
  });

  it('leaves alone an image that shows something above or below', async () => {
    expect(await messages('![A nurse holding a baby above her head](nurse.jpg)')).toEqual([]);
    expect(await messages('![The view of the town from the hill above the hospital](view.jpg)')).toEqual([]);
    expect(await messages('![A sign with the text Welcome above the door](sign.jpg)')).toEqual([]);
  });
});

describe('jargon: finance and performance words in board papers', () => {
  it('flags outturn, run rate, financial headroom and a recovery trajectory', async () => {
    expect(await excerpts('jargon', 'The forecast outturn is a deficit of £2 million.')).toEqual(['forecast outturn']);
    expect(await excerpts('jargon', 'The pay run rate is higher than planned.')).toEqual(['run rate']);
    expect(await excerpts('jargon', 'There is little financial headroom this year.')).toEqual(['headroom']);
    expect(await excerpts('jargon', 'Waits are ahead of the recovery trajectory.')).toEqual(['trajectory']);
    expect(await excerpts('jargon', 'The service is on trajectory for March.')).toEqual(['trajectory']);
  });

  it('flags rent liability, housing benefit jargon', async () => {
    expect(await excerpts('jargon', 'Tell us about changes to your rent liability.')).toEqual(['rent liability']);
    expect(await excerpts('jargon', 'We pay the difference between the rent liability and your benefit.')).toEqual(['rent liability']);
  });

  it('leaves alone headroom in a car park and the path of a ball', async () => {
    expect(await excerpts('jargon', 'The car park has a headroom of 2.1 metres.')).toEqual([]);
    expect(await excerpts('jargon', 'The trajectory of the ball was high.')).toEqual([]);
  });
});

describe('simpler words: “further” before a verb is not “more”', () => {
  it('flags further before a noun, not after “to” or a modal', async () => {
    expect(await excerpts('simpler-words', 'Ask us for further information.')).toEqual(['further']);
    expect(await excerpts('simpler-words', 'We will use the money to further support carers.')).toEqual([]);
    expect(await excerpts('simpler-words', 'This will further help families in the town.')).toEqual([]);
  });
});

describe('jargon: “engage with” before “our staff” or “local people”', () => {
  it('flags engaging with a group named after our, your or local', async () => {
    expect(await excerpts('jargon', 'We are engaging with our staff about the move.')).toEqual(['engaging with']);
    expect(await excerpts('jargon', 'The team will engage with local communities in May.')).toEqual(['engage with']);
    expect(await excerpts('jargon', 'We engaged our colleagues early on.')).toEqual(['engaged']);
  });

  it('leaves alone engaging with a thing', async () => {
    expect(await excerpts('jargon', 'Patients are more likely to engage with the message if it is short.')).toEqual([]);
  });
});

describe('jargon: “the focus is on” and “shift the focus from”', () => {
  it('flags them', async () => {
    expect(await excerpts('jargon', 'This year the focus is on waiting times.')).toEqual(['focus']);
    expect(await excerpts('jargon', 'We will shift the focus from hospitals to homes.')).toEqual(['focus']);
  });

  it('leaves alone the focus of a camera or a meeting', async () => {
    expect(await excerpts('jargon', 'The camera lost the focus in the dark room.')).toEqual([]);
    expect(await excerpts('jargon', 'The focus of the meeting was the new rota.')).toEqual([]);
    expect(await excerpts('jargon', 'Press tab until the focus is on the next button.')).toEqual([]);
  });
});

describe('simpler-words: “require” after “or” or “and”, before what a person needs', () => {
  it('flags “or require information”, “and require help”', async () => {
    expect(await excerpts('simpler-words', 'If you need a form or require information in large print, call us. If you are ill and require help, ring us.')).toContain('require');
  });

  it('leaves “require” after “or” alone before other words', async () => {
    expect((await excerpts('simpler-words', 'Rules permit or require changes to the plan.')).filter((e) => e === 'require')).toEqual([]);
  });
});
