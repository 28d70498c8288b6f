/** The bundled presets. Each is data: a config object like a user's own. */
import nhs from './nhs.json' with { type: 'json' };
import govuk from './govuk.json' with { type: 'json' };
import recommended from './recommended.json' with { type: 'json' };

export const presets: Record<string, unknown> = { nhs, govuk, recommended };
export const presetNames = Object.keys(presets);
