import type { Agenda } from '@parley/negotiation';

/**
 * The agenda: what the negotiation settles. Each issue has options; a text picks one option per issue.
 * Ids are stable and hyphenated: they are written into events, so renaming one changes your logs.
 */
export const harbourAgenda: Agenda = {
  id: 'shared-harbour',
  title: 'Two ports share one harbour',
  description: 'North Port and South Port settle how they split berths and who pays for dredging.',
  parties: ['north-port', 'south-port'],
  // No chair: either port may table a text.
  chairs: [],
  // Adopted when every party supports the text on the table and nobody objects.
  decisionRule: 'consensus',
  issues: [
    {
      id: 'berths',
      label: 'Share of berths for North Port',
      options: [
        { id: 'third', label: 'one third' },
        { id: 'half', label: 'half' },
        { id: 'two-thirds', label: 'two thirds' },
      ],
    },
    {
      id: 'dredging',
      label: 'Who pays for dredging',
      options: [
        { id: 'north', label: 'North Port' },
        { id: 'shared', label: 'shared by berths' },
        { id: 'unsaid', label: '(the text is silent)', silent: true },
      ],
    },
  ],
  deadline: { rounds: 6 },
};
