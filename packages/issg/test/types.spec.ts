import type { RecordedEvent } from '@parley/core';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  IssgCommand,
  IssgEvent,
  IssgEventData,
  IssgState,
  StateSummary,
  UndatedIssgCommand,
} from '../src/index.js';
import { createIssgDecider, issgDecider, summarize } from '../src/index.js';

describe('types', () => {
  it('commands carry their world time; undated commands do not', () => {
    expectTypeOf<Extract<IssgCommand, { type: 'sign-on' }>['at']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<UndatedIssgCommand, { type: 'sign-on' }>>().not.toHaveProperty('at');
  });
  it('event data is typed by its type', () => {
    expectTypeOf<IssgEventData<'party-signed-on'>>().toEqualTypeOf<{
      readonly party: string;
      readonly late: boolean;
      readonly conditions?: string;
    }>();
    expectTypeOf<IssgEventData<'talks-round-ended'>['nextDate']>().toEqualTypeOf<string | null>();
  });
  it('the decider and the summary', () => {
    expectTypeOf(issgDecider.initial()).toEqualTypeOf<IssgState>();
    expectTypeOf(createIssgDecider({ decisionRule: 'co-chairs' }).evolve)
      .parameter(1)
      .toEqualTypeOf<RecordedEvent<IssgEvent>>();
    expectTypeOf(summarize).returns.toEqualTypeOf<StateSummary>();
    expectTypeOf<StateSummary['hostilities']['status']>().toEqualTypeOf<
      'none' | 'cessation' | 'ceasefire' | 'collapsed'
    >();
  });
});
