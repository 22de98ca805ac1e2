import { addDays, UsageError } from '@parley/core';
import type { Text } from '@parley/negotiation';
import type { IssgCommand, Provision } from '../commands/types.js';
import { MEMBERS } from '../vocabulary/members.js';

/** The members of the ISSG on a date (all present at its ministerial meetings, as the record has them). */
function membersOn(at: string): string[] {
  return MEMBERS.filter((m) => m.joined <= at.slice(0, 10)).map((m) => m.id);
}

function pick(agendaId: string, text: Text, issue: string): string {
  const o = text[issue];
  if (o === undefined)
    throw new UsageError(`adoptedTextToIssgEvents ${agendaId}: the text has no option for issue "${issue}"`);
  return o;
}

const position = (issue: string, text: string): Provision => ({ kind: 'position', issue, position: text });

/** The Vienna statement's provisions and the commands that follow it (17 May 2016). */
function vienna(text: Text, at: string): IssgCommand[] {
  const opt = (issue: string) => pick('vienna-2016-05-17', text, issue);
  const provisions: Provision[] = [];
  const after: IssgCommand[] = [];
  switch (opt('ceasefire-goal')) {
    case 'comprehensive-ceasefire':
      provisions.push({ kind: 'goal', goal: 'comprehensive-ceasefire' });
      break;
    case 'recommit-9-may':
      provisions.push(
        position('ceasefire', 'the parties recommit to the US-Russian joint statement of 9 May'),
      );
      break;
  }
  switch (opt('non-compliance')) {
    case 'referral-exclusion':
      provisions.push({
        kind: 'non-compliance-rule',
        referralTo: 'ISSG ministers (by the Ceasefire Task Force)',
      });
      break;
    case 'sanctions':
      provisions.push({
        kind: 'non-compliance-rule',
        referralTo: 'the co-chairs, for consequences on bad actors (sanctions)',
      });
      break;
    case 'plan-b':
      provisions.push(
        position(
          'non-compliance',
          'members may increase military support to the opposition if the regime does not comply ("Plan B")',
        ),
      );
      break;
    case 'list-violators':
      provisions.push(
        position(
          'designated-groups',
          'groups that persistently violate the cessation are to be treated as terrorist groups',
        ),
      );
      break;
  }
  switch (opt('air-drops')) {
    case 'june-1':
      provisions.push({ kind: 'air-drops', trigger: '2016-06-01' });
      break;
    case 'drops-now':
      provisions.push({ kind: 'air-drops', trigger: at.slice(0, 10) });
      break;
  }
  const framework = (kind: 'target' | 'deadline'): Provision[] => [
    { kind: 'transition-target', date: '2016-08-01' },
    {
      kind: 'commitment',
      commitment: 'transition-framework-by-1-aug',
      by: ['issg'],
      description:
        kind === 'target'
          ? "the ISSG's target date for the parties' agreement on a framework for a political transition (transitional governing body); a target set by the group, not a commitment of the parties"
          : 'the ISSG\'s deadline for the parties\' agreement on a framework for a political transition (transitional governing body); missing it means "a very different track"',
      deadline: '2016-08-01',
    },
  ];
  switch (opt('transition-target')) {
    case 'target-aug-1':
      provisions.push(...framework('target'));
      break;
    case 'deadline-aug-1':
      provisions.push(...framework('deadline'));
      break;
    case 'assad-named':
      provisions.push(position('role-of-assad', 'Assad is to leave power at the start of the transition'));
      break;
  }
  switch (opt('terrorist-list')) {
    case 'disassociate':
      provisions.push(
        position(
          'designated-groups',
          'the parties to the cessation are to disassociate themselves from Daesh and Nusra',
        ),
      );
      break;
    case 'add-ahrar-and-jai':
      // a statement cannot list a group; the model assumes the 1267 Committee follows a unanimous ISSG
      for (const group of ['ahrar-al-sham', 'jaysh-al-islam'])
        after.push(
          { type: 'request-designation', at, group, by: 'issg' },
          { type: 'decide-designation', at, group, outcome: 'listed', by: ['issg'] },
        );
      break;
  }
  // The bombing of civilian areas is one of the statement's seven points (S135), so a provision of it.
  switch (opt('aerial-bombardment')) {
    case 'minimise-air-ops':
      provisions.push(
        position(
          'civilian-areas',
          'serious concern at growing civilian casualties; the US-Russian undertakings of 9 May stand: parties are to cease indiscriminate attacks on civilians, civilian infrastructure and medical facilities, and Russia is to work with the Syrian authorities to minimise air operations over areas mainly inhabited by civilians or parties to the cessation',
        ),
      );
      break;
    case 'end-indiscriminate-bombing':
      provisions.push(
        position(
          'civilian-areas',
          'all indiscriminate bombing, by the government and by its allies, is to end',
        ),
      );
      break;
  }
  switch (opt('detainees')) {
    case 'envoy-facilitates':
      provisions.push(
        position(
          'detainees',
          'the Special Envoy is asked to facilitate agreements between the parties on the release of detainees; those holding detainees must protect their health and safety',
        ),
      );
      break;
    case 'release-list':
      provisions.push(position('detainees', "the detainees on the opposition's list are to be released"));
      break;
  }
  if (opt('talks-date') === 'early-june') after.push({ type: 'schedule-talks', at, date: '2016-06-01' });
  if (opt('wider-opposition') === 'add-groups-and-pyd')
    provisions.push(
      position(
        'talks-participants',
        'the Moscow-Cairo and Khmeimim groups and the PYD are to join the talks',
      ),
    );
  const statement = 'vienna-statement-2016-05-17';
  return [
    {
      type: 'propose-statement',
      at,
      statement,
      title: 'Statement of the International Syria Support Group, Vienna, 17 May 2016',
      by: ['us', 'ru'],
      meeting: 'vienna-2016-05-17',
    },
    { type: 'adopt-statement', at, statement, supporters: membersOn(at), provisions },
    ...after,
  ];
}

/** The Munich statement's provisions and the commands that follow it (11-12 February 2016). */
function munich(text: Text, at: string): IssgCommand[] {
  const opt = (issue: string) => pick('munich-2016-02-11', text, issue);
  const provisions: Provision[] = [];
  const after: IssgCommand[] = [];
  // A date for the cessation is the group's target, held by the ISSG, not a commitment of the parties.
  const coh = (commitment: string, description: string, deadline: string): Provision => ({
    kind: 'commitment',
    commitment,
    by: ['issg'],
    description,
    deadline,
  });
  switch (opt('coh-start')) {
    case 'one-week':
      provisions.push(
        coh(
          'munich-coh-in-one-week',
          "the ISSG's target: a nationwide cessation of hostilities to commence in one week, after government and opposition confirm (the task force co-chaired by the US and Russia to set its modalities); not yet a commitment of the parties",
          addDays(at.slice(0, 10), 7),
        ),
      );
      break;
    case 'immediate':
      provisions.push(
        coh(
          'munich-coh-immediate',
          "the ISSG's target: an immediate nationwide cessation of hostilities",
          addDays(at.slice(0, 10), 1),
        ),
      );
      break;
    case 'march-1':
      provisions.push(
        coh(
          'munich-coh-by-1-march',
          "the ISSG's target: a nationwide cessation of hostilities from 1 March",
          '2016-03-01',
        ),
      );
      break;
  }
  switch (opt('scope')) {
    case 'halt-strikes-on-opposition':
      provisions.push(position('cessation-scope', 'the bombing of the non-extremist opposition is to stop'));
      break;
    case 'terrorist-free-areas':
      provisions.push(position('cessation-scope', 'the cessation applies in areas free of terrorist groups'));
      break;
  }
  switch (opt('humanitarian-access')) {
    case 'named-areas-this-week':
      after.push({ type: 'hold-task-force-meeting', at, taskForce: 'htf', place: 'Geneva' });
      break;
    case 'all-besieged-now':
      provisions.push(position('humanitarian-access', 'immediate access to all besieged areas'));
      after.push({ type: 'hold-task-force-meeting', at, taskForce: 'htf', place: 'Geneva' });
      break;
    case 'land-incl-foua':
      provisions.push(
        position(
          'humanitarian-access',
          'aid by land, to Foua and Kefraya as well; air drops for Deir ez-Zor only',
        ),
      );
      break;
  }
  if (opt('monitoring') === 'military-channel')
    provisions.push(position('monitoring', 'direct US-Russian military contacts monitor the cessation'));
  switch (opt('talks-date')) {
    case 'feb-25':
      // the talks stand paused until 25 February (3 Feb): the group endorses that date, it schedules nothing new
      provisions.push(position('talks-date', 'the intra-Syrian talks resume on 25 February'));
      break;
    case 'after-aid-and-releases':
      provisions.push(
        position('talks-date', 'the talks resume after aid deliveries and the release of detainees'),
      );
      break;
  }
  if (opt('detainees') === 'release-before-talks')
    provisions.push(position('detainees', 'women and children detained are to be released before the talks'));
  switch (opt('transition')) {
    case 'assad-departure':
      provisions.push(position('role-of-assad', 'Assad is to leave power'));
      break;
    case 'assad-may-stay':
      provisions.push(
        position('role-of-assad', 'a political solution with Assad is possible; Syrians decide'),
      );
      break;
  }
  if (opt('terrorist-list') === 'extended-list')
    provisions.push(
      position('designated-groups', 'the ISSG adopts the Jordanian matrix of terrorist groups'),
    );
  const statement = 'munich-statement';
  return [
    {
      type: 'propose-statement',
      at,
      statement,
      title: 'Statement of the ISSG, Munich',
      by: ['us', 'ru'],
      meeting: 'munich-2016-02-11',
    },
    { type: 'adopt-statement', at, statement, supporters: membersOn('2015-12-18'), provisions },
    ...after,
  ];
}

/** The US-Russia arrangement of 9 September 2016: an agreement, published or not. */
function geneva(text: Text, at: string): IssgCommand[] {
  const published = pick('geneva-2016-09-09', text, 'publication') === 'publish';
  for (const issue of [
    'sequencing',
    'regime-air-force',
    'joint-targeting',
    'separation',
    'aleppo',
    'exit',
    'political-track',
  ])
    pick('geneva-2016-09-09', text, issue);
  return [
    {
      type: 'reach-agreement',
      at,
      agreement: 'geneva-2016-09-09',
      title: `US-Russia Geneva arrangement (5 documents, ${published ? 'published' : 'unpublished'})`,
      signatories: ['us', 'ru'],
      published,
      documents: 5,
    },
  ];
}

/**
 * The ISSG commands an adopted text of a built-in agenda produces (each becomes its events through the
 * ISSG decider): the statement proposed and adopted with its provisions (goal set, non-compliance rule,
 * air-drop trigger, transition target, positions), and what follows it (talks scheduled, groups listed,
 * the group's position on bombing, a task force meeting). Issued at the meeting (`at`), after it has
 * been convened. The real text of each agenda gives the record's own events for that meeting; options
 * the ISSG vocabulary cannot express as a rule become positions of the group. For Geneva only the
 * publication changes an event: the other terms have no event in the ISSG vocabulary.
 *
 * @example
 * ```ts
 * const commands = adoptedTextToIssgEvents('vienna-2016-05-17', realOutcome('vienna-2016-05-17'), '2016-05-17');
 * commands.map((c) => c.type); // ['propose-statement', 'adopt-statement', 'state-position']
 * ```
 */
export function adoptedTextToIssgEvents(agendaId: string, text: Text, at: string): IssgCommand[] {
  switch (agendaId) {
    case 'vienna-2016-05-17':
      return vienna(text, at);
    case 'munich-2016-02-11':
      return munich(text, at);
    case 'geneva-2016-09-09':
      return geneva(text, at);
    default:
      throw new UsageError(
        `adoptedTextToIssgEvents: "${agendaId}" is not a built-in ISSG agenda (munich-2016-02-11, vienna-2016-05-17, geneva-2016-09-09)`,
      );
  }
}
